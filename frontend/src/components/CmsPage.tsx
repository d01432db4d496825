import { headers } from "next/headers";

import { CmsPageView } from "@/components/CmsPageView";
import { pathFromSegments } from "@/lib/format";
import { cmsPageMetadata } from "@/lib/metadata";

/** A CMS page at a path the portal also uses for one of its lists (lib/discover.ts,
 * shadowedBy): the CMS page is rendered, as the catch-all route would (these list routes
 * are dynamic, so the request's host is read from its headers). */
export async function CmsPage({ segments }: { segments: string[] }) {
  const host = (await headers()).get("host") ?? "";
  return <CmsPageView host={host} path={pathFromSegments(segments)} cursor={{}} />;
}

export const cmsMetadata = cmsPageMetadata;
