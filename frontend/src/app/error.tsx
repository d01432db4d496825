"use client";

import { useEffect } from "react";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="notice" role="alert">
      <h1>Hệ thống đang bận</h1>
      <p>Chúng tôi chưa tải được nội dung lúc này. Vui lòng thử lại sau ít phút.</p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          Thử lại
        </button>
      </p>
    </section>
  );
}
