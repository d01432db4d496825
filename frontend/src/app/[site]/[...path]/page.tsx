import type { Metadata } from "next";

import { CmsPageView, cmsMetadataFor } from "@/components/CmsPageView";
import { pathFromSegments } from "@/lib/format";
import { hostOf } from "@/lib/site";

// Static per host and path, rendered on first request and kept until a platform webhook
// revalidates one of its tags (docs/portal.md); the hour is only a safety net. In draft
// mode (/api/preview) Next renders per request and stores nothing. A list's other pages
// (`?sau=`/`?truoc=`) are served by the dynamic twin of this route, [site]/~/[[...path]]
// (next.config.ts sends requests with those parameters there).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ site: string; path: string[] }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { site, path } = await params;
  return cmsMetadataFor(hostOf(site), pathFromSegments(path), path);
}

export default async function PortalPage({ params }: Params) {
  const { site, path } = await params;
  return <CmsPageView host={hostOf(site)} path={pathFromSegments(path)} cursor={{}} />;
}
