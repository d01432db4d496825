import Link from "next/link";

import { pagerLinks, type SearchParams } from "@/lib/paging";

type PageInfo = Parameters<typeof pagerLinks>[2];

/** "Trang trước" / "Trang sau" with the API's cursors; nothing when there is one page. */
export function Pager({ basePath, params, info }: { basePath: string; params: SearchParams; info: PageInfo }) {
  const { previous, next } = pagerLinks(basePath, params, info);
  if (!previous && !next) return null;
  return (
    <nav className="pager" aria-label="Phân trang">
      {previous ? (
        <Link href={previous} rel="prev">
          ← Trang trước
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={next} rel="next">
          Trang sau →
        </Link>
      ) : null}
    </nav>
  );
}
