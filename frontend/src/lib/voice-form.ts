// State shared by the workers' voice forms and their server actions (no Node imports: the
// forms render it on the server and, with JavaScript, in the browser).
import type { VoiceFollowQuery } from "@/gql/graphql";

export type Notice = { purpose: string; purposeLabel: string; version: string; text: string };

export type Receipt = {
  code: string;
  secret: string;
  statusLabel: string;
  firstResponseDue: string | null;
  organization: string;
};

/** What a form shows after a submission: what was typed (kept on an error), the errors by
 * field ("" for the whole form), and, once accepted, the receipt. */
export type FormState = {
  round: number;
  values: Record<string, string>;
  consents: string[];
  errors: Record<string, string[]>;
  receipt?: Receipt;
};

export const emptyForm: FormState = { round: 0, values: {}, consents: [], errors: {} };

export const CONSENT_REQUIRED =
  "Bạn chưa đánh dấu ô đồng ý cho công đoàn tiếp nhận và xử lý nội dung. Không có sự đồng ý này, " +
  "chúng tôi không thể nhận ý kiến của bạn (không có gì được lưu).";

/** The text fields of a form post, trimmed at the ends only. */
export function textValues(form: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "").trim()]));
}

/** The platform's field errors (camelCase input names, "" for the form) grouped by field. */
export function groupErrors(errors: { field: string; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { field, message } of errors) (out[field] ??= []).push(message);
  return out;
}

const dateTime = new Intl.DateTimeFormat("vi-VN", {
  hour: "2-digit",
  minute: "2-digit",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hourCycle: "h23",
  timeZone: "Asia/Ho_Chi_Minh",
});

/** "08:00 09/12/2026" in Vietnam's time zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  const p = Object.fromEntries(dateTime.formatToParts(date).map((part) => [part.type, part.value]));
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

export type FollowedCase = VoiceFollowQuery["caseStatus"];

/** The follow page after a look-up or a withdrawal. The code and secret are kept only to
 * fill the hidden fields of the withdrawal buttons (a POST body, never a URL or cookie). */
export type FollowState = {
  round: number;
  code: string;
  secret: string;
  error?: string;
  info?: string;
  found?: FollowedCase;
};

export const emptyFollow: FollowState = { round: 0, code: "", secret: "" };
