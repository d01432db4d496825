"use client";

// /tra-cuu/: code and secret in a POST (never a URL), the case as the worker may see it, and
// one button per active consent to withdraw it. Works without JavaScript.
import { useActionState } from "react";

import { followCase } from "@/lib/voice-actions";
import { emptyFollow, type FollowedCase, formatDateTime } from "@/lib/voice-form";

export function FollowForm() {
  const [state, action, pending] = useActionState(followCase, emptyFollow);
  return (
    <>
      <form action={action} key={state.round} className="v-form v-follow">
        {state.error && (
          <div className="v-alert" role="alert">
            <p>{state.error}</p>
          </div>
        )}
        <div className="v-field">
          <label htmlFor="code">Mã vụ việc</label>
          <input
            id="code"
            name="code"
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="XXXX-XXXX"
            defaultValue={state.code}
          />
        </div>
        <div className="v-field">
          <label htmlFor="secret">Mã bí mật</label>
          <input
            id="secret"
            name="secret"
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="XXXX-XXXX-XXXX-XXXX"
          />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Đang tra cứu…" : "Tra cứu"}
        </button>
      </form>
      {state.found && <CaseView found={state.found} code={state.code} secret={state.secret} info={state.info} action={action} />}
    </>
  );
}

function CaseView({
  found,
  code,
  secret,
  info,
  action,
}: {
  found: FollowedCase;
  code: string;
  secret: string;
  info?: string;
  action: (form: FormData) => void;
}) {
  const active = found.consents.filter((consent) => consent.active);
  return (
    <section className="v-case" aria-labelledby="vu-viec">
      <h2 id="vu-viec">Vụ việc {found.code}</h2>
      {info && (
        <p className="v-ok" role="status">
          {info}
        </p>
      )}
      <dl className="v-facts">
        <dt>Tình trạng</dt>
        <dd data-testid="tinh-trang">{found.statusLabel}</dd>
        <dt>Loại</dt>
        <dd>{found.kindLabel}</dd>
        {found.topicLabel && (
          <>
            <dt>Lĩnh vực</dt>
            <dd>{found.topicLabel}</dd>
          </>
        )}
        <dt>Đơn vị xử lý</dt>
        <dd>{found.organization.name}</dd>
        <dt>Ngày gửi</dt>
        <dd>{formatDateTime(found.receivedAt)}</dd>
        {found.firstResponseDue && !found.answeredAt && (
          <>
            <dt>Hạn phản hồi</dt>
            <dd data-testid="han-phan-hoi">{formatDateTime(found.firstResponseDue)}</dd>
          </>
        )}
        {found.answeredAt && (
          <>
            <dt>Đã trả lời lúc</dt>
            <dd>{formatDateTime(found.answeredAt)}</dd>
          </>
        )}
      </dl>
      {found.escalations.length > 0 && (
        <>
          <h3>Chuyển lên cấp trên</h3>
          <ul>
            {found.escalations.map((escalation) => (
              <li key={escalation.level}>
                {formatDateTime(escalation.at)}: chuyển lên {escalation.toOrganization.name} ({escalation.reason})
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Trả lời và thông báo</h3>
      {found.messages.length === 0 ? (
        <p>Chưa có trả lời. Công đoàn sẽ trả lời trong thời hạn trên; hãy quay lại tra cứu sau.</p>
      ) : (
        <ol className="v-messages">
          {found.messages.map((message, index) => (
            <li key={index} className={message.kind === "ANSWER" ? "v-answer" : "v-notice-msg"}>
              <p className="v-meta">
                {message.kindLabel}
                {message.organization && <> của {message.organization.name}</>}, {formatDateTime(message.createdAt)}
              </p>
              <p className="v-message-body">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      <h3>Sự đồng ý của bạn</h3>
      {found.consents.length === 0 ? (
        <p>Không còn sự đồng ý nào.</p>
      ) : (
        <form action={action} className="v-withdraw">
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="secret" value={secret} />
          <ul>
            {found.consents.map((consent) => (
              <li key={consent.purpose}>
                <p>
                  <strong>{consent.purposeLabel}</strong>{" "}
                  {consent.active
                    ? `(đồng ý ngày ${formatDateTime(consent.givenAt)}, thông báo phiên bản ${consent.noticeVersion})`
                    : `(đã rút ngày ${formatDateTime(consent.withdrawnAt)})`}
                </p>
                {consent.active && (
                  <button type="submit" name="withdraw" value={consent.purpose} className="button v-secondary">
                    {consent.purpose === "HANDLE" ? "Rút đồng ý này (vụ việc sẽ bị rút ngay)" : "Rút đồng ý này"}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {active.length > 0 && <p className="v-hint">Rút lại có hiệu lực ngay, không cần xác nhận thêm.</p>}
        </form>
      )}
    </section>
  );
}
