import { PortalTopicsDocument } from "@/gql/graphql";
import { NotFoundError, query } from "@/lib/api";
import { requestOrigin } from "@/lib/metadata";
import { platformGet, unavailable } from "@/lib/passthrough";
import { rewriteLocs } from "@/lib/sitemap";

export const dynamic = "force-dynamic";

const XML = { "Content-Type": "application/xml; charset=utf-8" };

function notFound() {
  return new Response("Không có sơ đồ trang này.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** /sitemaps/<n>.xml: the platform's file n with the portal's origin; /sitemaps/cong-thong-tin.xml:
 * the portal's own pages (topics index and each topic, Q&A, the organisation tree). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const { origin } = await requestOrigin();
  const host = request.headers.get("host");
  if (file === "cong-thong-tin.xml") {
    let topics;
    try {
      topics = (await query(PortalTopicsDocument, {}, host)).topics;
    } catch (error) {
      return error instanceof NotFoundError ? notFound() : unavailable();
    }
    const paths = ["/chu-de/", ...topics.map((topic) => `/chu-de/${encodeURIComponent(topic.slug)}/`), "/hoi-dap/", "/to-chuc/"];
    const urls = paths.map((path) => `<url><loc>${new URL(path, origin)}</loc></url>`).join("");
    return new Response(
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>\n`,
      { headers: { ...XML, "Cache-Control": "public, max-age=300" } },
    );
  }
  if (!/^\d+\.xml$/.test(file)) return notFound();
  let upstream;
  try {
    upstream = await platformGet(`/sitemaps/${file}`, new Headers({ host: host ?? "" }));
  } catch {
    return unavailable();
  }
  if (upstream.status === 404) return notFound();
  if (upstream.status !== 200) return unavailable();
  return new Response(rewriteLocs(upstream.body.toString("utf8"), host, origin), {
    headers: { ...XML, "Cache-Control": upstream.headers["cache-control"] ?? "public, max-age=300" },
  });
}
