"use client";

// /phan-anh-thong-tin-sai/: a link, a text and consent, posted to a server action (works
// without JavaScript, like the other voice forms).
import { useActionState } from "react";

import { reportMisinformation } from "@/lib/voice-actions";
import { emptyForm, type Notice } from "@/lib/voice-form";

import { ConsentBoxes, ErrorSummary, errorProps, FieldErrors, ReceiptView } from "./parts";

// The fields that show their own errors.
const FIELDS = ["link", "body", "contactEmail", "consents"];

export function MisinfoForm({ notices }: { notices: Notice[] }) {
  const [state, action, pending] = useActionState(reportMisinformation, emptyForm);
  if (state.receipt) {
    return <ReceiptView receipt={state.receipt} again={{ href: "/phan-anh-thong-tin-sai/", label: "Phản ánh thông tin khác" }} />;
  }
  const { values, errors } = state;
  return (
    <form action={action} key={state.round} className="v-form" noValidate>
      <ErrorSummary errors={errors} fields={FIELDS} />
      <div className="v-field">
        <label htmlFor="link">Đường dẫn đến thông tin sai (bắt buộc)</label>
        <p className="v-hint" id="link-goi-y">
          Sao chép địa chỉ bài viết, video hoặc bài đăng, bắt đầu bằng https://
        </p>
        <input id="link" name="link" type="url" inputMode="url" required defaultValue={values.link} {...errorProps("link", errors, "link-goi-y")} />
        <FieldErrors id="loi-link" messages={errors.link} />
      </div>
      <div className="v-field">
        <label htmlFor="body">Nội dung sai hoặc gây hiểu lầm là gì?</label>
        <p className="v-hint" id="body-goi-y">
          Trích đoạn nội dung và cho biết vì sao bạn cho là sai (không bắt buộc, tối đa 5.000 ký tự).
        </p>
        <textarea id="body" name="body" rows={6} maxLength={5000} defaultValue={values.body} {...errorProps("body", errors, "body-goi-y")} />
        <FieldErrors id="loi-body" messages={errors.body} />
      </div>
      <div className="v-field">
        <label htmlFor="contactEmail">Email nhận kết quả xác minh (không bắt buộc)</label>
        <p className="v-hint" id="email-goi-y">
          Để trống nếu bạn không muốn để lại email; bạn vẫn xem kết quả bằng mã vụ việc và mã bí mật.
        </p>
        <input id="contactEmail" name="contactEmail" type="email" autoComplete="email" defaultValue={values.contactEmail} {...errorProps("contactEmail", errors, "email-goi-y")} />
        <FieldErrors id="loi-contactEmail" messages={errors.contactEmail} />
      </div>
      <ConsentBoxes notices={notices} checked={state.consents} errors={errors} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Đang gửi…" : "Gửi phản ánh"}
      </button>
    </form>
  );
}
