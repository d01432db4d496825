import { passedHeaders, platformGet, unavailable } from "@/lib/passthrough";

export const dynamic = "force-dynamic";

/**
 * The platform's RSS, Atom and JSON feeds (docs/feeds.md) under the portal's host: the
 * tenant's host normally points at the portal, so the platform's /feeds/ addresses must be
 * answered here. Bytes, status, ETag and caching headers are the platform's; only the
 * three feed formats of the tenant, an organisation or a topic are forwarded.
 */
const FEED = /^(?:(?:org|topic)\/[^/]+\/)?(?:rss\.xml|atom\.xml|feed\.json)$/;

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const path = (await params).path.join("/");
  if (!FEED.test(path)) {
    return new Response("Không có nguồn tin này.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  try {
    const upstream = await platformGet(`/feeds/${path}`, request.headers);
    const body = upstream.status === 304 ? null : new Uint8Array(upstream.body);
    return new Response(body, { status: upstream.status, headers: passedHeaders(upstream.headers) });
  } catch {
    return unavailable();
  }
}
