import { revalidateTag } from "next/cache";

import { verifyWebhook, WebhookError, webhookSecrets } from "@/lib/webhook";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 1024 * 1024;
const TAG = /^[a-z0-9._:/@=+-]{1,256}$/;

/**
 * The platform's signed webhooks (docs/webhooks.md) → `revalidateTag` for every cache tag
 * the event carries (`cache_tags`, the same strings as the API's `Surrogate-Key`). A
 * message that is unsigned, forged or stale is refused with 401 and revalidates nothing.
 */
export async function POST(request: Request): Promise<Response> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) return answer(413, { error: "Nội dung webhook quá lớn." });
  const body = await request.text();
  try {
    verifyWebhook(
      webhookSecrets(),
      {
        id: request.headers.get("webhook-id"),
        timestamp: request.headers.get("webhook-timestamp"),
        signature: request.headers.get("webhook-signature"),
      },
      body,
    );
  } catch (error) {
    if (error instanceof WebhookError) return answer(401, { error: error.message });
    throw error;
  }
  let tags: string[];
  try {
    const payload = JSON.parse(body) as { cache_tags?: unknown };
    tags = Array.isArray(payload.cache_tags)
      ? payload.cache_tags.filter((tag): tag is string => typeof tag === "string" && TAG.test(tag))
      : [];
  } catch {
    return answer(400, { error: "Nội dung webhook không phải JSON." });
  }
  // Idempotent: a retried or replayed delivery (same webhook-id) only revalidates again.
  for (const tag of new Set(tags)) revalidateTag(tag);
  return answer(200, { revalidated: [...new Set(tags)] });
}

function answer(status: number, body: object): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
