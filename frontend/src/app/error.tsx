"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect } from "react";

/** The API is down or answered with an error: a friendly message and a retry that reloads
 * the server-rendered data (router.refresh) before re-rendering the segment (reset). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="notice" role="alert">
      {/* React hoists it into <head>: an error page still has a title (axe document-title) */}
      <title>Hệ thống đang bận</title>
      <h1>Hệ thống đang bận</h1>
      <p>Chúng tôi chưa tải được nội dung lúc này. Vui lòng thử lại sau ít phút.</p>
      <p>
        <button
          type="button"
          className="button"
          onClick={() =>
            startTransition(() => {
              router.refresh();
              reset();
            })
          }
        >
          Thử lại
        </button>
      </p>
    </section>
  );
}
