import Link from "next/link";

import { Body } from "@/components/Body";
import type { PortalPageFieldsFragment } from "@/gql/graphql";
import { formatDate, uniqueWidths } from "@/lib/format";

/**
 * A draft in preview (/api/preview/): the platform's preview token gives one query
 * (PortalPreview) with what a draft shows — title, dates, and an article's standfirst,
 * cover, body and topics; other types show their description. Published pages use the
 * template of their type (src/components/pages/).
 */
export function PreviewView({ page }: { page: PortalPageFieldsFragment }) {
  const article = page.__typename === "ArticlePage" ? page : null;
  const crumbs = page.ancestors.filter((ancestor) => ancestor.urlPath !== "/");
  return (
    <article>
      <nav aria-label="Đường dẫn" className="breadcrumbs">
        <Link href="/">Trang chủ</Link>
        {crumbs.map((ancestor) => (
          <span key={ancestor.urlPath}>
            {" › "}
            <Link href={ancestor.urlPath}>{ancestor.title}</Link>
          </span>
        ))}
      </nav>
      <h1>{page.title}</h1>
      <p className="meta">
        <time dateTime={article?.publishedOn ?? page.firstPublishedAt ?? undefined}>
          {formatDate(article?.publishedOn ?? page.firstPublishedAt)}
        </time>
        {article?.author ? ` · ${article.author}` : null}
        {article?.readingMinutes ? ` · ${article.readingMinutes} phút đọc` : null}
      </p>
      {article ? (
        <>
          {article.standfirst ? <p className="standfirst">{article.standfirst}</p> : null}
          {article.coverImage ? (
            <figure>
              <img
                src={article.coverImage.rendition.url}
                srcSet={uniqueWidths(article.coverImage.srcSet)}
                sizes="(min-width: 48rem) 46rem, 100vw"
                width={article.coverImage.rendition.width}
                height={article.coverImage.rendition.height}
                alt={article.coverImage.description}
                fetchPriority="high"
              />
            </figure>
          ) : null}
          <Body blocks={article.body} />
          {article.topics.length > 0 ? (
            <p className="meta">Chủ đề: {article.topics.map((topic) => topic.name).join(", ")}</p>
          ) : null}
        </>
      ) : page.searchDescription ? (
        <p className="standfirst">{page.searchDescription}</p>
      ) : null}
    </article>
  );
}
