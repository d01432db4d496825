import { requestOrigin } from "@/lib/metadata";
import { platformGet, unavailable } from "@/lib/passthrough";
import { rewriteLocs } from "@/lib/sitemap";

export const dynamic = "force-dynamic";

/** The sitemap index: the platform's (one <sitemap> per file of CMS pages, /sitemaps/<n>.xml)
 * on the portal's origin, plus the portal's own list pages (/sitemaps/cong-thong-tin.xml). */
export async function GET(request: Request) {
  const { origin } = await requestOrigin();
  let upstream;
  try {
    upstream = await platformGet("/sitemap.xml", new Headers({ host: request.headers.get("host") ?? "" }));
  } catch {
    return unavailable();
  }
  if (upstream.status !== 200) {
    return new Response("Không có sơ đồ trang cho tên miền này.", {
      status: upstream.status === 404 ? 404 : 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  let xml = rewriteLocs(upstream.body.toString("utf8"), request.headers.get("host"), origin);
  const own = `<sitemap><loc>${origin}/sitemaps/cong-thong-tin.xml</loc></sitemap>`;
  xml = xml.replace("</sitemapindex>", `${own}</sitemapindex>`);
  return new Response(xml, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": upstream.headers["cache-control"] ?? "public, max-age=300",
    },
  });
}
