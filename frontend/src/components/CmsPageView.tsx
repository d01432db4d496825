import { cookies, draftMode } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { FeedCard } from "@/components/FeedCard";
import { HomeCampaigns } from "@/components/HomeCampaigns";
import { MicrositeHeader } from "@/components/MicrositeHeader";
import { Article } from "@/components/pages/Article";
import { Campaign } from "@/components/pages/Campaign";
import { Document } from "@/components/pages/Document";
import { Event } from "@/components/pages/Event";
import { Form } from "@/components/pages/Form";
import { Gallery } from "@/components/pages/Gallery";
import { Generic } from "@/components/pages/Generic";
import { Home } from "@/components/pages/Home";
import { Infographic } from "@/components/pages/Infographic";
import { ModelStory } from "@/components/pages/ModelStory";
import { Policy } from "@/components/pages/Policy";
import { Question } from "@/components/pages/Question";
import { Section } from "@/components/pages/Section";
import type { ListCursor, TemplateProps } from "@/components/pages/types";
import { Video } from "@/components/pages/Video";
import { PreviewBanner } from "@/components/PreviewBanner";
import { PreviewView } from "@/components/PreviewView";
import { PortalFeedDocument, PortalPageDocument, PortalPreviewDocument } from "@/gql/graphql";
import { NotFoundError, query } from "@/lib/api";
import { cmsPageMetadata } from "@/lib/metadata";
import { PREVIEW_COOKIE } from "@/lib/preview";
import { type Microsite, micrositeOf } from "@/lib/site";

import "@/components/pages/pages.css";

const FEED_SIZE = 20;

/** The route query (which page, of which type) for one host and path; 404 when none. */
export const loadRoute = cache(async (host: string, path: string) => {
  try {
    const data = await query(PortalPageDocument, { path }, host);
    if (!data.page) notFound();
    return { site: data.site, page: data.page };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

/** The draft named by the preview cookie, when it is the page at this address. */
async function loadPreview(host: string, path: string) {
  const token = (await cookies()).get(PREVIEW_COOKIE)?.value;
  if (!token) return null;
  try {
    const page = (await query(PortalPreviewDocument, { token }, host, { tag: false })).previewPage;
    return page && page.urlPath === path ? page : null;
  } catch {
    return null; // expired or refused: the published page, with the banner's way out
  }
}

/** Metadata of the CMS page at `path` on `host` (static: no request header is read); a
 * microsite's root is titled with its organisation's name. */
export async function cmsMetadataFor(host: string, path: string, segments: string[]) {
  const meta = await cmsPageMetadata(segments, host);
  try {
    const { page } = await loadRoute(host, path);
    const microsite = await micrositeOf(host, page);
    if (microsite && page.urlPath === microsite.base) return { ...meta, title: microsite.name };
  } catch {
    // the page itself reports the 404 or the outage
  }
  return meta;
}

/**
 * One template per page type (src/components/pages/<Type>.tsx), chosen by __typename; each
 * reads its own fields with its own persisted query (src/queries/page.graphql).
 */
function PageView(props: TemplateProps) {
  switch (props.page.__typename) {
    case "ArticlePage":
      return <Article {...props} />;
    case "PolicyPage":
      return <Policy {...props} />;
    case "DocumentPage":
      return <Document {...props} />;
    case "CampaignPage":
      return <Campaign {...props} />;
    case "EventPage":
      return <Event {...props} />;
    case "QuestionPage":
      return <Question {...props} />;
    case "GalleryPage":
      return <Gallery {...props} />;
    case "VideoPage":
      return <Video {...props} />;
    case "InfographicPage":
      return <Infographic {...props} />;
    case "ModelStoryPage":
      return <ModelStory {...props} />;
    case "FormPage":
      return <Form {...props} />;
    case "SectionPage":
      return <Section {...props} />;
    case "HomePage":
      return <Home {...props} />;
    default:
      return <Generic {...props} />;
  }
}

/**
 * The CMS page at `path` on `host`: in draft mode the draft (when the preview cookie names
 * this page), a microsite's root as its organisation's feed, otherwise the template of its
 * type under the microsite's header when it belongs to one.
 */
export async function CmsPageView({ host, path, cursor }: { host: string; path: string; cursor: ListCursor }) {
  const draft = (await draftMode()).isEnabled;
  const banner = draft ? <PreviewBanner path={path} /> : null;
  if (draft) {
    const preview = await loadPreview(host, path);
    if (preview) {
      const microsite = await micrositeOf(host, preview);
      return (
        <>
          {banner}
          {microsite ? <MicrositeHeader microsite={microsite} /> : null}
          <PreviewView page={preview} />
        </>
      );
    }
  }
  const { site, page } = await loadRoute(host, path);
  const microsite = await micrositeOf(host, page);
  if (microsite && page.urlPath === microsite.base && !cursor.after && !cursor.before) {
    return (
      <>
        {banner}
        <MicrositeHome host={host} microsite={microsite} />
      </>
    );
  }
  const crumbs = page.ancestors.filter((ancestor) => ancestor.urlPath !== "/");
  return (
    <>
      {banner}
      {microsite ? <MicrositeHeader microsite={microsite} /> : null}
      <article data-page-type={page.__typename}>
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
        <PageView page={page} site={site} cursor={cursor} host={host} />
      </article>
    </>
  );
}

/** A microsite's home: the organisation's own feed (its pages and what was shared down to
 * it), asked for with the `organization` argument. */
async function MicrositeHome({ host, microsite }: { host: string; microsite: Microsite }) {
  const data = await query(PortalFeedDocument, { first: FEED_SIZE, organization: microsite.code }, host);
  const items = data.feed.edges.map((edge) => edge.node);
  return (
    <>
      <nav aria-label="Đường dẫn" className="breadcrumbs">
        <Link href="/">Trang chủ</Link>
      </nav>
      <MicrositeHeader microsite={microsite} />
      <h1>{data.site.name}</h1>
      <HomeCampaigns campaigns={data.campaigns.edges.map((edge) => edge.node)} />
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
