import { cookies, draftMode } from "next/headers";

import { PortalPreviewDocument } from "@/gql/graphql";
import { ApiError, NotFoundError, query } from "@/lib/api";
import { PREVIEW_COOKIE, redirectTo, safeLocalPath } from "@/lib/preview";

export const dynamic = "force-dynamic";

/**
 * The platform's "Xem trước trên trang web" lands here with `?token=…` (its signed,
 * expiring preview token). The token is checked by asking the API for the draft
 * (`previewPage(token)`); then Next's draft mode is switched on (every page of this browser
 * is rendered per request, never from or into the cache), the token is kept in an
 * http-only cookie and the browser goes to the page's own address.
 */
export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  if (!token || token.length > 2048) return refuse(400, "Thiếu mã xem trước.");
  let urlPath: string;
  try {
    const data = await query(PortalPreviewDocument, { token }, request.headers.get("host"), { tag: false });
    if (!data.previewPage) return refuse(404, "Không tìm thấy trang của mã xem trước.");
    urlPath = data.previewPage.urlPath;
  } catch (error) {
    if (error instanceof NotFoundError) return refuse(404, "Không có trang cho tên miền này.");
    if (error instanceof ApiError) {
      return refuse(401, "Mã xem trước không hợp lệ hoặc đã hết hạn. Hãy mở lại bản xem trước từ trang quản trị.");
    }
    throw error;
  }
  (await draftMode()).enable();
  (await cookies()).set(PREVIEW_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: isHttps(request),
    path: "/",
    maxAge: 60 * 60,
  });
  return redirectTo(safeLocalPath(urlPath), 307);
}

function isHttps(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto");
  return forwarded ? forwarded.split(",")[0]!.trim() === "https" : new URL(request.url).protocol === "https:";
}

function refuse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
