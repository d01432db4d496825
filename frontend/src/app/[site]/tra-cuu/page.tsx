import type { Metadata } from "next";
import Link from "next/link";

import { FollowForm } from "@/components/voice/FollowForm";
import "@/components/voice/voice.css";

// Rendered per request and never stored (Next.js sends dynamic pages `private, no-store`):
// the answer to the form post is the worker's case.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Tra cứu vụ việc" };

export default function FollowPage() {
  return (
    <>
      <h1>Tra cứu vụ việc</h1>
      <p>
        Nhập mã vụ việc và mã bí mật bạn nhận được khi gửi để xem tình trạng và câu trả lời. Chưa gửi?{" "}
        <Link href="/gui-y-kien/">Gửi câu hỏi, kiến nghị</Link>.
      </p>
      <FollowForm />
    </>
  );
}
