import { requestOrigin } from "@/lib/metadata";

export const dynamic = "force-dynamic";

/** Everything public may be indexed except search results and the suggestion endpoint;
 * the sitemap on the portal's own host. */
export async function GET() {
  const { origin } = await requestOrigin();
  const body = ["User-agent: *", "Allow: /", "Disallow: /tim-kiem/", "", `Sitemap: ${origin}/sitemap.xml`, ""].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
