import type { Metadata, Viewport } from "next";
import Link from "next/link";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cổng thông tin Công đoàn", template: "%s | Cổng thông tin Công đoàn" },
  description: "Tin tức, chỉ đạo và hoạt động của tổ chức Công đoàn.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>
        <a className="skip" href="#noi-dung">
          Bỏ qua đến nội dung
        </a>
        <header className="masthead">
          <Link href="/" className="brand">
            Cổng thông tin Công đoàn
          </Link>
          <nav className="masthead-nav" aria-label="Ý kiến người lao động">
            <Link href="/gui-y-kien/">Gửi ý kiến</Link>
            <Link href="/tra-cuu/">Tra cứu vụ việc</Link>
          </nav>
        </header>
        <main id="noi-dung">{children}</main>
        <footer className="footer">
          <p>Trang thông tin dành cho đoàn viên, xây dựng trên API công khai của hệ thống.</p>
        </footer>
      </body>
    </html>
  );
}
