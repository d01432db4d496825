import type { Metadata } from "next";
import Link from "next/link";

import { CmsPage, cmsMetadata } from "@/components/CmsPage";
import { PageList } from "@/components/PageList";
import { Pager } from "@/components/Pager";
import { SearchBox } from "@/components/SearchBox";
import { PortalSearchDocument } from "@/gql/graphql";
import { load, shadowedBy } from "@/lib/discover";
import { listMetadata } from "@/lib/metadata";
import { param, paging, type SearchParams } from "@/lib/paging";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

/** Longer queries are cut: the API searches words, and a pasted page of text is no query. */
const MAX_QUERY = 200;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  if (await shadowedBy("tim-kiem")) return cmsMetadata(["tim-kiem"]);
  const q = param(await searchParams, "q").slice(0, MAX_QUERY);
  const metadata = await listMetadata(q ? `Tìm kiếm: ${q}` : "Tìm kiếm", "/tim-kiem/");
  // result pages are not for search engines' indexes
  return { ...metadata, robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  if (await shadowedBy("tim-kiem")) return <CmsPage segments={["tim-kiem"]} />;
  const params = await searchParams;
  const q = param(params, "q").slice(0, MAX_QUERY);
  const data = q ? await load(PortalSearchDocument, { query: q, ...paging(params) }) : null;
  const pages = data?.search.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <h1>Tìm kiếm</h1>
      <SearchBox initial={q} />
      {!q ? (
        <p className="notice" data-testid="search-empty">
          Nhập từ cần tìm, có dấu hoặc không dấu (ví dụ: “bao hiem xa hoi”).
        </p>
      ) : pages.length === 0 ? (
        <div className="notice" data-testid="search-none" role="status">
          <p>Không tìm thấy kết quả nào cho “{q}”.</p>
          <p>
            Hãy thử từ khác ngắn hơn, hoặc xem <Link href="/chu-de/">các chủ đề</Link> và{" "}
            <Link href="/hoi-dap/">hỏi đáp</Link>.
          </p>
        </div>
      ) : (
        <>
          <p className="meta" role="status" data-testid="search-count">
            {data!.search.totalCount ?? pages.length} kết quả cho “{q}”
          </p>
          <PageList pages={pages} label="Kết quả tìm kiếm" />
          <Pager basePath="/tim-kiem/" params={params} info={data!.search.pageInfo} />
        </>
      )}
    </>
  );
}
