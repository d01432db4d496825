// Pieces shared by the workers' voice forms (rendered on the server, and in the browser when
// JavaScript runs; nothing here needs it).
import Link from "next/link";

import { formatDateTime, type Notice, type Receipt } from "@/lib/voice-form";

/** The messages of one field, under it; `id` is what the field's aria-describedby names. */
export function FieldErrors({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="v-error">
      {messages.join(" ")}
    </p>
  );
}

/** Field props for a field that may have errors: invalid state and the error's id. */
export function errorProps(name: string, errors: Record<string, string[]>, hint?: string) {
  const invalid = Boolean(errors[name]?.length);
  const described = [hint, invalid ? `loi-${name}` : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": invalid || undefined, "aria-describedby": described || undefined };
}

/** At the top of the form: errors of the whole form and of fields the form does not show
 * (they would be lost otherwise), and a count of the fields marked below. */
export function ErrorSummary({ errors, fields }: { errors: Record<string, string[]>; fields: string[] }) {
  const general = Object.entries(errors)
    .filter(([name]) => !fields.includes(name))
    .flatMap(([, messages]) => messages);
  const marked = Object.keys(errors).filter((name) => fields.includes(name)).length;
  if (!general.length && !marked) return null;
  return (
    <div className="v-alert" role="alert">
      {general.map((message) => (
        <p key={message}>{message}</p>
      ))}
      {marked > 0 && <p>Chưa gửi được: vui lòng xem lại {marked === 1 ? "mục" : `${marked} mục`} được đánh dấu bên dưới.</p>}
    </div>
  );
}

// The required purpose first, then the optional ones from the least to the most far-reaching.
const ORDER = ["HANDLE", "CONTACT", "REVEAL_IDENTITY", "PUBLISH_QA"];
const byPurpose = (a: Notice, b: Notice) => ORDER.indexOf(a.purpose) - ORDER.indexOf(b.purpose);

/**
 * One unticked box per purpose, each with the notice's full text and version (the version
 * goes back with the form, so the platform records the words the worker read). `checked`
 * holds only what the worker ticked in the submission being shown again.
 */
export function ConsentBoxes({
  notices,
  checked,
  errors,
  identityBound = [],
}: {
  notices: Notice[];
  checked: string[];
  errors: Record<string, string[]>;
  identityBound?: string[];
}) {
  return (
    <fieldset className="v-consents" {...errorProps("consents", errors)}>
      <legend>Sự đồng ý của bạn về dữ liệu cá nhân</legend>
      <p className="v-hint">
        Đọc từng thông báo và tự đánh dấu những mục bạn đồng ý. Chỉ mục đầu tiên là bắt buộc; các mục
        khác bạn có thể bỏ qua và rút lại bất cứ lúc nào ở trang tra cứu.
      </p>
      <FieldErrors id="loi-consents" messages={errors.consents} />
      {[...notices].sort(byPurpose).map((notice) => {
        const id = `dong-y-${notice.purpose.toLowerCase()}`;
        const bound = identityBound.includes(notice.purpose);
        return (
          <div key={notice.purpose} className={bound ? "v-consent v-needs-identity" : "v-consent"}>
            <input type="hidden" name={`version-${notice.purpose}`} value={notice.version} />
            <div className="v-notice" id={`${id}-thong-bao`}>
              <p className="v-notice-text">{notice.text}</p>
              <p className="v-meta">Phiên bản thông báo: {notice.version}</p>
            </div>
            <label className="v-check">
              <input
                type="checkbox"
                name="consent"
                value={notice.purpose}
                id={id}
                defaultChecked={checked.includes(notice.purpose)}
                aria-describedby={`${id}-thong-bao`}
              />
              <span>
                Tôi đồng ý: {notice.purposeLabel}
                {notice.purpose === "HANDLE" ? " (bắt buộc)" : " (không bắt buộc)"}
              </span>
            </label>
            {bound && <p className="v-hint v-anon-only">Không áp dụng khi bạn gửi ẩn danh hoàn toàn.</p>}
          </div>
        );
      })}
    </fieldset>
  );
}

/** The case code and secret, shown once: nothing keeps them but the worker. */
export function ReceiptView({ receipt, again }: { receipt: Receipt; again: { href: string; label: string } }) {
  return (
    <section className="v-receipt" aria-labelledby="da-nhan">
      <h2 id="da-nhan">Công đoàn đã nhận ý kiến của bạn</h2>
      <p>
        Đơn vị tiếp nhận: <strong>{receipt.organization}</strong>. Tình trạng: {receipt.statusLabel}.
        {receipt.firstResponseDue && <> Hạn phản hồi: {formatDateTime(receipt.firstResponseDue)}.</>}
      </p>
      <dl className="v-keys">
        <dt>Mã vụ việc</dt>
        <dd>
          <code data-testid="ma-vu-viec">{receipt.code}</code>
        </dd>
        <dt>Mã bí mật</dt>
        <dd>
          <code data-testid="ma-bi-mat">{receipt.secret}</code>
        </dd>
      </dl>
      <div className="v-alert v-keep">
        <p>
          <strong>Hãy chép lại hoặc chụp màn hình hai mã này ngay bây giờ.</strong> Mã bí mật chỉ hiện
          một lần: trang này không lưu nó ở đâu cả, và không ai (kể cả công đoàn) lấy lại được. Không
          có nó, bạn không xem được câu trả lời.
        </p>
        <p>Đừng gửi mã bí mật cho người khác: ai có cả hai mã đều xem được vụ việc.</p>
      </div>
      <p>
        Xem tình trạng và câu trả lời ở trang <Link href="/tra-cuu/">Tra cứu vụ việc</Link>.{" "}
        <a href={again.href}>{again.label}</a>
      </p>
    </section>
  );
}
