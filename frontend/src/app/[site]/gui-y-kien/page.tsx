import type { Metadata } from "next";
import Link from "next/link";

import { CaseForm } from "@/components/voice/CaseForm";
import "@/components/voice/voice.css";
import { loadVoiceForm } from "@/lib/voice-page";

// Per request: the answer to a form post carries the case's secret.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Gửi câu hỏi, kiến nghị" };

const FORM_KINDS = ["QUESTION", "GRIEVANCE", "OPINION"];

export default async function SendPage() {
  const data = await loadVoiceForm();
  const kinds = data.voiceKinds.filter((kind) => FORM_KINDS.includes(kind.value));
  return (
    <>
      <h1>Gửi câu hỏi, kiến nghị, tâm tư</h1>
      <p>
        Công đoàn tiếp nhận câu hỏi về quyền lợi, kiến nghị và tâm tư của người lao động, chuyển đến
        đúng đơn vị và trả lời trong thời hạn. Bạn không cần đăng nhập. Gặp thông tin sai về công đoàn?{" "}
        <Link href="/phan-anh-thong-tin-sai/">Phản ánh thông tin sai</Link>.
      </p>
      <CaseForm kinds={kinds} notices={data.consentNotices} />
    </>
  );
}
