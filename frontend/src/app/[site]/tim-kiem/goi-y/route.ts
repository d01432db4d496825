import { PortalSuggestDocument } from "@/gql/graphql";
import { NotFoundError, query } from "@/lib/api";

export const dynamic = "force-dynamic";

/**
 * Suggestions for the search box (components/SearchBox.tsx): GET /tim-kiem/goi-y/?q=…
 * → {"items":[{"title","path"}]}, from one persisted query (`search`, 6 results). A query
 * shorter than two characters gets no suggestions; an API failure gets an empty list with
 * status 502 (the box then just shows nothing: the form still works).
 */
export async function GET(request: Request): Promise<Response> {
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  const headers = { "Cache-Control": "public, max-age=60", "Content-Type": "application/json; charset=utf-8" };
  if (q.length < 2) return new Response(JSON.stringify({ items: [] }), { headers });
  try {
    const data = await query(PortalSuggestDocument, { query: q }, request.headers.get("host"));
    const items = data.search.edges.map(({ node }) => ({ title: node.title, path: node.urlPath, type: node.pageType }));
    return new Response(JSON.stringify({ items }), { headers });
  } catch (error) {
    const status = error instanceof NotFoundError ? 404 : 502;
    return new Response(JSON.stringify({ items: [], error: "Không tải được gợi ý." }), {
      status,
      headers: { ...headers, "Cache-Control": "no-store" },
    });
  }
}
