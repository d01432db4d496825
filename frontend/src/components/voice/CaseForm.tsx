"use client";

// /gui-y-kien/: a plain form posted to a server action. Without JavaScript the browser posts
// it and the server answers with the page (errors or receipt); with JavaScript React does the
// same without reloading. Nothing is stored in the browser.
import { useActionState } from "react";

import { submitCase } from "@/lib/voice-actions";
import { emptyForm, type Notice } from "@/lib/voice-form";

import { ConsentBoxes, ErrorSummary, errorProps, FieldErrors, ReceiptView } from "./parts";

const MODES = [
  {
    value: "ANONYMOUS",
    label: "Ẩn danh hoàn toàn",
    help: "Không ghi tên, số điện thoại hay email của bạn. Bạn xem câu trả lời bằng mã vụ việc và mã bí mật; công đoàn không thể liên hệ lại với bạn.",
  },
  {
    value: "PSEUDONYMOUS",
    label: "Giữ kín danh tính",
    help: "Bạn để lại tên và cách liên lạc, nhưng cán bộ xử lý không nhìn thấy, trừ khi bạn đồng ý cho xem ở phần đồng ý bên dưới.",
  },
  {
    value: "IDENTIFIED",
    label: "Ghi rõ danh tính",
    help: "Cán bộ xử lý thấy họ tên và cách liên lạc của bạn (cần nhập họ tên). Thông tin được mã hoá khi lưu.",
  },
];

// The fields that show their own errors.
const FIELDS = ["kind", "title", "body", "identityMode", "contactName", "contactPhone", "contactEmail", "workplace", "consents"];

export function CaseForm({ kinds, notices }: { kinds: { value: string; label: string }[]; notices: Notice[] }) {
  const [state, action, pending] = useActionState(submitCase, emptyForm);
  if (state.receipt) return <ReceiptView receipt={state.receipt} again={{ href: "/gui-y-kien/", label: "Gửi ý kiến khác" }} />;
  const { values, errors } = state;
  const kind = values.kind ?? "QUESTION";
  const mode = values.identityMode ?? "ANONYMOUS";
  return (
    <form action={action} key={state.round} className="v-form" noValidate>
      <ErrorSummary errors={errors} fields={FIELDS} />
      <fieldset {...errorProps("kind", errors)}>
        <legend>Bạn muốn gửi</legend>
        <FieldErrors id="loi-kind" messages={errors.kind} />
        {kinds.map((item) => (
          <label key={item.value} className="v-check">
            <input type="radio" name="kind" value={item.value} defaultChecked={item.value === kind} />
            <span>{item.label}</span>
          </label>
        ))}
      </fieldset>

      <div className="v-field">
        <label htmlFor="title">Tiêu đề (không bắt buộc)</label>
        <input id="title" name="title" maxLength={255} defaultValue={values.title} {...errorProps("title", errors)} />
        <FieldErrors id="loi-title" messages={errors.title} />
      </div>

      <div className="v-field">
        <label htmlFor="body">Nội dung (bắt buộc)</label>
        <p className="v-hint" id="body-goi-y">
          Viết rõ sự việc, thời gian, nơi làm việc nếu cần. Tối đa 5.000 ký tự. Đừng ghi số CCCD hay
          thông tin của người khác nếu không cần thiết.
        </p>
        <textarea
          id="body"
          name="body"
          rows={7}
          maxLength={5000}
          required
          defaultValue={values.body}
          {...errorProps("body", errors, "body-goi-y")}
        />
        <FieldErrors id="loi-body" messages={errors.body} />
      </div>

      <fieldset className="v-modes" {...errorProps("identityMode", errors)}>
        <legend>Bạn muốn gửi với danh tính thế nào?</legend>
        <FieldErrors id="loi-identityMode" messages={errors.identityMode} />
        {MODES.map((item) => (
          <label key={item.value} className="v-check v-mode">
            <input
              type="radio"
              name="identityMode"
              value={item.value}
              defaultChecked={item.value === mode}
              aria-describedby={`che-do-${item.value.toLowerCase()}`}
            />
            <span>
              <strong>{item.label}</strong>
              <span className="v-hint" id={`che-do-${item.value.toLowerCase()}`}>
                {item.help}
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="v-contact">
        <legend>Thông tin liên hệ</legend>
        <p className="v-hint">
          Chỉ cần khi bạn không chọn ẩn danh. Họ tên bắt buộc nếu ghi rõ danh tính; số điện thoại hoặc
          email cần nếu bạn muốn được liên hệ lại.
        </p>
        <div className="v-field">
          <label htmlFor="contactName">Họ và tên</label>
          <input id="contactName" name="contactName" autoComplete="name" defaultValue={values.contactName} {...errorProps("contactName", errors)} />
          <FieldErrors id="loi-contactName" messages={errors.contactName} />
        </div>
        <div className="v-field">
          <label htmlFor="contactPhone">Số điện thoại</label>
          <input id="contactPhone" name="contactPhone" type="tel" autoComplete="tel" inputMode="tel" defaultValue={values.contactPhone} {...errorProps("contactPhone", errors)} />
          <FieldErrors id="loi-contactPhone" messages={errors.contactPhone} />
        </div>
        <div className="v-field">
          <label htmlFor="contactEmail">Email</label>
          <input id="contactEmail" name="contactEmail" type="email" autoComplete="email" defaultValue={values.contactEmail} {...errorProps("contactEmail", errors)} />
          <FieldErrors id="loi-contactEmail" messages={errors.contactEmail} />
        </div>
        <div className="v-field">
          <label htmlFor="workplace">Nơi làm việc</label>
          <input id="workplace" name="workplace" autoComplete="organization" defaultValue={values.workplace} {...errorProps("workplace", errors)} />
          <FieldErrors id="loi-workplace" messages={errors.workplace} />
        </div>
      </fieldset>

      <label className="v-check">
        <input type="checkbox" name="conflictOfInterest" defaultChecked={values.conflictOfInterest === "on"} />
        <span>
          Ý kiến liên quan đến cán bộ của chính công đoàn cơ sở (ý kiến sẽ được chuyển lên công đoàn cấp
          trên xử lý).
        </span>
      </label>

      <ConsentBoxes notices={notices} checked={state.consents} errors={errors} identityBound={["CONTACT", "REVEAL_IDENTITY"]} />

      <button type="submit" className="button" disabled={pending}>
        {pending ? "Đang gửi…" : "Gửi ý kiến"}
      </button>
    </form>
  );
}
