import { PortalFormPageDocument } from "@/gql/graphql";
import { formatDate, formatTime } from "@/lib/format";

import { load, ofType } from "./load";
import type { TemplateProps } from "./types";

const FIELD_TYPES: Record<string, string> = {
  singleline: "trả lời ngắn",
  multiline: "đoạn văn",
  email: "thư điện tử",
  number: "số",
  url: "địa chỉ web",
  checkbox: "ô đánh dấu",
  checkboxes: "chọn nhiều",
  dropdown: "chọn một",
  multiselect: "chọn nhiều",
  radio: "chọn một",
  date: "ngày",
  datetime: "ngày giờ",
};

/**
 * Khảo sát / biểu mẫu. The public API has no way to submit a form (its mutations are the
 * workers' voice only), so the portal does not draw inputs it could not send: it lists the
 * questions, so members know what will be asked, and says clearly where to answer.
 */
export async function Form({ page: route, site, host }: TemplateProps) {
  const page = ofType((await load(host, PortalFormPageDocument, { path: route.urlPath })).page, "FormPage");
  const { hotline, email } = site.settings;
  return (
    <>
      {page.closesAt ? (
        <p className="meta">
          Hạn chót: <time dateTime={page.closesAt}>{`${formatTime(page.closesAt)} ${formatDate(page.closesAt)}`}</time>
        </p>
      ) : null}
      {page.intro ? <div className="standfirst" dangerouslySetInnerHTML={{ __html: page.intro }} /> : null}
      {page.isClosed ? (
        <p className="alert" role="note">
          Khảo sát đã hết hạn nhận trả lời.
        </p>
      ) : null}
      <section aria-labelledby="form-questions">
        <h2 id="form-questions">Các câu hỏi ({page.formFields.length})</h2>
        <ol className="form-fields" data-testid="form-fields">
          {page.formFields.map((field) => (
            <li key={field.name}>
              <strong>{field.label}</strong>
              {field.required ? " (bắt buộc)" : null}
              <span className="meta"> · {FIELD_TYPES[field.fieldType] ?? field.fieldType}</span>
              {field.choices.length > 0 ? <span className="meta">: {field.choices.join(" / ")}</span> : null}
              {field.helpText ? <p className="meta">{field.helpText}</p> : null}
            </li>
          ))}
        </ol>
      </section>
      {!page.isClosed ? (
        <div className="cta" data-testid="form-notice">
          <p>
            Cổng thông tin này chưa nhận trả lời trực tuyến. Bạn có thể trả lời qua công đoàn cơ sở
            {hotline || email ? `, hoặc liên hệ ${site.name}:` : "."}
          </p>
          {hotline || email ? (
            <p>
              {hotline ? (
                <a className="button" href={`tel:${hotline.replace(/[^\d+]/g, "")}`}>
                  Gọi đường dây nóng {hotline}
                </a>
              ) : null}
              {hotline && email ? " " : null}
              {email ? (
                <a href={`mailto:${email}?subject=${encodeURIComponent(route.title)}`}>Gửi thư tới {email}</a>
              ) : null}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
