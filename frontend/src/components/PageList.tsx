import Link from "next/link";

import type { PortalListPageFragment } from "@/gql/graphql";
import { formatDate } from "@/lib/format";

export const PAGE_TYPE_NAMES: Record<string, string> = {
  ArticlePage: "Tin bài",
  QuestionPage: "Hỏi đáp",
  DocumentPage: "Văn bản",
  EventPage: "Sự kiện",
  CampaignPage: "Chiến dịch",
  SectionPage: "Chuyên mục",
  GalleryPage: "Bộ ảnh",
  VideoPage: "Video",
  InfographicPage: "Đồ họa",
  ModelStoryPage: "Gương điển hình",
  FormPage: "Biểu mẫu",
  PolicyPage: "Chính sách",
  HomePage: "Trang chủ",
};

/** A list of CMS pages (topic, tag and search results): title linking to the page inside the
 * portal, type, date, summary and, for articles, their tags. */
export function PageList({ pages, label }: { pages: PortalListPageFragment[]; label: string }) {
  return (
    <ol className="results" aria-label={label}>
      {pages.map((page) => {
        const date = (page.__typename === "ArticlePage" && page.publishedOn) || page.firstPublishedAt;
        const summary =
          (page.__typename === "ArticlePage" && page.standfirst) ||
          (page.__typename === "QuestionPage" && page.question) ||
          page.searchDescription;
        return (
          <li key={page.id} className="result" data-testid="result" data-page-type={page.pageType}>
            <h2>
              <Link href={page.urlPath}>{page.title}</Link>
            </h2>
            <p className="meta">
              {PAGE_TYPE_NAMES[page.pageType] ?? "Trang"}
              {date ? (
                <>
                  {" · "}
                  <time dateTime={date}>{formatDate(date)}</time>
                </>
              ) : null}
            </p>
            {summary ? <p className="summary">{summary}</p> : null}
            {page.__typename === "ArticlePage" && page.tags.length > 0 ? (
              <ul className="tags" aria-label="Từ khóa">
                {page.tags.map((tag) => (
                  <li key={tag.slug}>
                    <Link href={`/the/${encodeURIComponent(tag.slug)}/`}>#{tag.name}</Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
