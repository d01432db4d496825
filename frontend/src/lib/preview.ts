/** The cookie that carries the platform's preview token while draft mode is on. */
export const PREVIEW_COOKIE = "congdoan_preview";

/** A local path to return to ("/tin-tuc/a/"), never another site ("//evil", "https://…"). */
export function safeLocalPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  return value;
}

/** A redirect to a local path. The Location stays relative (RFC 9110 allows it), so the
 * browser keeps the host and scheme it used, whatever proxy is in front of the portal. */
export function redirectTo(path: string, status: 303 | 307): Response {
  return new Response(null, { status, headers: { Location: path, "Cache-Control": "private, no-store" } });
}
