import crypto from "node:crypto";

/** How far a webhook's timestamp may be from our clock (Standard Webhooks: 5 minutes). */
export const TOLERANCE_SECONDS = 5 * 60;

export class WebhookError extends Error {}

/**
 * The secrets the portal accepts (`PORTAL_WEBHOOK_SECRETS`, `whsec_…` separated by commas or
 * spaces: one per platform endpoint, or an old and a new one while rotating).
 */
export function webhookSecrets(): Buffer[] {
  return (process.env.PORTAL_WEBHOOK_SECRETS ?? "")
    .split(/[\s,]+/)
    .filter((secret) => secret.startsWith("whsec_"))
    .map((secret) => Buffer.from(secret.slice("whsec_".length), "base64"))
    .filter((key) => key.length >= 24);
}

/**
 * Verify a Standard Webhooks message: `webhook-signature` holds one or more `v1,<base64>`
 * HMAC-SHA256 signatures of `<webhook-id>.<webhook-timestamp>.<raw body>`; one must match
 * one of `keys` (constant-time comparison), and the timestamp must be within the tolerance.
 * Throws WebhookError otherwise.
 */
export function verifyWebhook(
  keys: readonly Buffer[],
  headers: { id: string | null; timestamp: string | null; signature: string | null },
  rawBody: string,
  now: number = Date.now() / 1000,
): void {
  const { id, timestamp, signature } = headers;
  if (keys.length === 0) throw new WebhookError("Cổng chưa được cấu hình khóa bí mật webhook.");
  if (!id || !timestamp || !signature) throw new WebhookError("Thiếu header chữ ký webhook.");
  if (!/^\d{1,12}$/.test(timestamp)) throw new WebhookError("webhook-timestamp không hợp lệ.");
  if (Math.abs(now - Number(timestamp)) > TOLERANCE_SECONDS) {
    throw new WebhookError("webhook-timestamp lệch quá 5 phút.");
  }
  const given = signature
    .split(" ")
    .map((part) => part.split(","))
    .filter(([version, value]) => version === "v1" && value)
    .map(([, value]) => Buffer.from(value!, "base64"));
  const content = `${id}.${timestamp}.${rawBody}`;
  for (const key of keys) {
    const expected = crypto.createHmac("sha256", key).update(content, "utf8").digest();
    for (const candidate of given) {
      if (candidate.length === expected.length && crypto.timingSafeEqual(candidate, expected)) return;
    }
  }
  throw new WebhookError("Chữ ký webhook không khớp.");
}
