import PortalPage from "@/app/[...path]/page";
import { cmsPageMetadata } from "@/lib/metadata";

/** A CMS page at a path the portal also uses for one of its lists (lib/discover.ts,
 * shadowedBy): the CMS page is rendered, as the catch-all route would. */
export function CmsPage({ segments }: { segments: string[] }) {
  return <PortalPage params={Promise.resolve({ path: segments })} />;
}

export const cmsMetadata = cmsPageMetadata;
