import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";

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
import { PortalPageDocument } from "@/gql/graphql";
import { NotFoundError, query } from "@/lib/api";
import { pathFromSegments } from "@/lib/format";
import { cmsPageMetadata } from "@/lib/metadata";

import "@/components/pages/pages.css";

export const dynamic = "force-dynamic";

type Params = {
  params: Promise<{ path: string[] }>;
  // Optional: other routes render this page for a CMS page at their own path (no query).
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
};

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
  return cmsPageMetadata((await params).path);
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

/** `?sau=<cursor>` / `?truoc=<cursor>`: which page of a section's list to show. */
function listCursor(search: Record<string, string | string[] | undefined>): ListCursor {
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  return { after: one(search.sau), before: one(search.truoc) };
}

export default async function PortalPage({ params, searchParams }: Params) {
  const data = await load((await params).path);
  const page = data.page!;
  const crumbs = page.ancestors.filter((ancestor) => ancestor.urlPath !== "/");
  return (
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
      <PageView page={page} site={data.site} cursor={listCursor((await searchParams) ?? {})} />
    </article>
  );
}
