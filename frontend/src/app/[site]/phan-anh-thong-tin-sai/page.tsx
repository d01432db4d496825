import type { Metadata } from "next";

import { MisinfoForm } from "@/components/voice/MisinfoForm";
import "@/components/voice/voice.css";
import { loadVoiceForm } from "@/lib/voice-page";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Phản ánh thông tin sai" };

// A report needs handling; CONTACT only matters when an e-mail is left for the verdict.
const PURPOSES = ["HANDLE", "CONTACT"];

export default async function ReportPage() {
  const data = await loadVoiceForm();
  const notices = data.consentNotices.filter((notice) => PURPOSES.includes(notice.purpose));
  return (
    <>
      <h1>Phản ánh thông tin sai về công đoàn</h1>
      <p>
        Thấy bài viết, video hay tin nhắn sai sự thật, gây hiểu lầm hoặc xuyên tạc về tổ chức công
        đoàn? Gửi đường dẫn cho chúng tôi. Công đoàn xác minh và trả lời mọi người cùng phản ánh một
        nội dung.
      </p>
      <MisinfoForm notices={notices} />
    </>
  );
}
