import type { Metadata } from "next";

import { CmsPageView, cmsMetadataFor } from "@/components/CmsPageView";
import { pathFromSegments } from "@/lib/format";
import { hostOf } from "@/lib/site";

// Another page of a CMS page's list (`/tin-tuc/?sau=<cursor>`): next.config.ts sends the
// requests that carry `sau` or `truoc` here, since the static route ([site]/[...path]) never
// sees the query string. Rendered per request (cursors are endless); the first page of every
// list stays static. "~" cannot be a page's slug, so no CMS page is hidden by this folder.
export const dynamic = "force-dynamic";

type Params = {
  params: Promise<{ site: string; path?: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { site, path } = await params;
  return cmsMetadataFor(hostOf(site), pathFromSegments(path), path ?? []);
}

export default async function PortalListPage({ params, searchParams }: Params) {
  const { site, path } = await params;
  const search = await searchParams;
  const cursor = { after: one(search.sau), before: one(search.truoc) };
  return <CmsPageView host={hostOf(site)} path={pathFromSegments(path)} cursor={cursor} />;
}
