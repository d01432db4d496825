import type { Metadata } from "next";
import { cookies, draftMode } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { Body } from "@/components/Body";
import { FeedCard } from "@/components/FeedCard";
import { MicrositeHeader } from "@/components/MicrositeHeader";
import { PreviewBanner } from "@/components/PreviewBanner";
import { type PortalPageFieldsFragment, PortalFeedDocument, PortalPageDocument, PortalPreviewDocument } from "@/gql/graphql";
import { NotFoundError, query } from "@/lib/api";
import { formatDate, pathFromSegments, uniqueWidths } from "@/lib/format";
import { PREVIEW_COOKIE } from "@/lib/preview";
import { hostOf, type Microsite, micrositeOf } from "@/lib/site";

// Static per host and path, rendered on first request and kept until a platform webhook
// revalidates one of its tags (docs/portal.md); the hour is only a safety net. In draft
// mode (/api/preview) Next renders per request and stores nothing.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const FEED_SIZE = 20;

type Params = { params: Promise<{ site: string; path: string[] }> };
type Loaded = { page: PortalPageFieldsFragment; path: string; microsite: Microsite | null; preview: boolean };

/** The draft named by the preview cookie, when it is the page at this address. */
async function loadPreview(site: string, path: string): Promise<Loaded | null> {
  const token = (await cookies()).get(PREVIEW_COOKIE)?.value;
  if (!token) return null;
  try {
    const data = await query(PortalPreviewDocument, { token }, site, { tag: false });
    const page = data.previewPage;
    if (!page || page.urlPath !== path) return null;
    return { page, path, microsite: await micrositeOf(site, page), preview: true };
  } catch {
    return null; // expired or refused: the published page, with the banner's way out
  }
}

const load = cache(async (site: string, path: string): Promise<Loaded & { draftMode: boolean }> => {
  const draft = (await draftMode()).isEnabled;
  if (draft) {
    const preview = await loadPreview(site, path);
    if (preview) return { ...preview, draftMode: true };
  }
  try {
    const data = await query(PortalPageDocument, { path }, site);
    if (!data.page) notFound();
    return { page: data.page, path, microsite: await micrositeOf(site, data.page), preview: false, draftMode: draft };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

async function loadParams(params: Params["params"]) {
  const { site, path } = await params;
  return load(hostOf(site), pathFromSegments(path));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { page, microsite } = await loadParams(params);
  if (microsite && page.urlPath === microsite.base) return { title: microsite.name };
  return {
    title: page.seoTitle || page.title,
    description: page.searchDescription || undefined,
  };
}

export default async function PortalPage({ params }: Params) {
  const site = hostOf((await params).site);
  const loaded = await loadParams(params);
  const { microsite } = loaded;
  const banner = loaded.draftMode ? <PreviewBanner path={loaded.path} /> : null;
  if (microsite && loaded.page.urlPath === microsite.base && !loaded.preview) {
    return (
      <>
        {banner}
        <MicrositeHome site={site} microsite={microsite} />
      </>
    );
  }
  return (
    <>
      {banner}
      {microsite ? <MicrositeHeader microsite={microsite} /> : null}
      <PageView page={loaded.page} />
    </>
  );
}

/** A microsite's home: the organisation's own feed (its pages and what was shared down to
 * it), asked for with the `organization` argument. */
async function MicrositeHome({ site, microsite }: { site: string; microsite: Microsite }) {
  const data = await query(PortalFeedDocument, { first: FEED_SIZE, organization: microsite.code }, site);
  const items = data.feed.edges.map((edge) => edge.node);
  return (
    <>
      <nav aria-label="Đường dẫn" className="breadcrumbs">
        <Link href="/">Trang chủ</Link>
      </nav>
      <MicrositeHeader microsite={microsite} />
      <h1>{data.site.name}</h1>
      {items.length === 0 ? (
        <p className="notice">Chưa có bài viết nào.</p>
      ) : (
        <ol className="feed" aria-label="Dòng tin">
          {items.map((item, index) => (
            <FeedCard key={item.id} item={item} eager={index === 0} />
          ))}
        </ol>
      )}
    </>
  );
}

function PageView({ page }: { page: PortalPageFieldsFragment }) {
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
