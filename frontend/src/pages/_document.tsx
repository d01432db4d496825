import { Head, Html, Main, NextScript } from "next/document";

// Only for src/pages/500.tsx (every other page is in the App Router): a Vietnamese document.
export default function Document() {
  return (
    <Html lang="vi">
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
