import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";

import { Body } from "@/components/Body";
import { PortalPageDocument } from "@/gql/graphql";
import { NotFoundError, query } from "@/lib/api";
import { formatDate, pathFromSegments, uniqueWidths } from "@/lib/format";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ path: string[] }> };

async function load(segments: string[]) {
  const host = (await headers()).get("host");
  try {
    const data = await query(PortalPageDocument, { path: pathFromSegments(segments) }, host);
    if (!data.page) notFound();
    return data;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { page } = await load((await params).path);
  return {
    title: page!.seoTitle || page!.title,
    description: page!.searchDescription || undefined,
  };
}

export default async function PortalPage({ params }: Params) {
  const data = await load((await params).path);
  const page = data.page!;
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
