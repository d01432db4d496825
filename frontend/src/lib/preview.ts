/** The cookie that carries the platform's preview token while draft mode is on. */
export const PREVIEW_COOKIE = "congdoan_preview";

/** A local path to return to ("/tin-tuc/a/"), never another site ("//evil", "https://…"). */
export function safeLocalPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  return value;
}

/** The browser's origin (the Host it asked for), not the address Next listens on. */
export function publicOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("host") ?? url.host;
  return `${url.protocol}//${host}`;
}
