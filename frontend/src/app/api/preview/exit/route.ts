import { cookies, draftMode } from "next/headers";

import { PREVIEW_COOKIE, redirectTo, safeLocalPath } from "@/lib/preview";

export const dynamic = "force-dynamic";

/** Leave the preview: draft mode off, token forgotten, back to the published page. */
export async function GET(request: Request): Promise<Response> {
  (await draftMode()).disable();
  (await cookies()).delete(PREVIEW_COOKIE);
  const to = safeLocalPath(new URL(request.url).searchParams.get("to"));
  return redirectTo(to, 303);
}
