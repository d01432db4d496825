import { cookies, draftMode } from "next/headers";
import { NextResponse } from "next/server";

import { PREVIEW_COOKIE, publicOrigin, safeLocalPath } from "@/lib/preview";

export const dynamic = "force-dynamic";

/** Leave the preview: draft mode off, token forgotten, back to the published page. */
export async function GET(request: Request): Promise<Response> {
  (await draftMode()).disable();
  (await cookies()).delete(PREVIEW_COOKIE);
  const to = safeLocalPath(new URL(request.url).searchParams.get("to"));
  const response = NextResponse.redirect(new URL(to, publicOrigin(request)), 303);
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}
