import { cache } from "react";

import { PortalMicrositeDocument } from "@/gql/graphql";
import { query } from "@/lib/api";

/** The request's host from the route's first segment (next.config.ts puts it there). */
export function hostOf(segment: string): string {
  return decodeURIComponent(segment);
}

/** A grassroots union's microsite hosted under its tenant's home page. */
export type Microsite = {
  code: string;
  name: string;
  /** Its root's address on the tenant's site, "/cs000111/". */
  base: string;
  /** The hosting tenant's name. */
  hostName: string;
};

type PageLike = { id: string; urlPath: string; pageType: string; ancestors: { id: string; urlPath: string; pageType: string }[] };

/**
 * The microsite a page belongs to, if any. A microsite's root is a `HomePage` directly under
 * the tenant's home whose slug is the organisation's code (`hierarchy.microsite`), so the
 * portal serves it by path: `/cs000111/…`. The organisation is looked up by that code and
 * accepted only if the platform says its content lives in this very page
 * (`contentHome.micrositePageId`), so an ordinary page never turns into a microsite.
 */
export const micrositeOf = cache(async (site: string, page: PageLike): Promise<Microsite | null> => {
  const chain = [...page.ancestors, { id: page.id, urlPath: page.urlPath, pageType: page.pageType }];
  const root = chain.find((item) => item.pageType === "HomePage" && item.urlPath !== "/");
  if (!root) return null;
  const slug = root.urlPath.split("/").filter(Boolean)[0];
  if (!slug || root.urlPath !== `/${slug}/`) return null;
  return micrositeAt(site, slug);
});

/** The microsite whose root is `/<slug>/` on this site, or null. */
export const micrositeAt = cache(async (site: string, slug: string): Promise<Microsite | null> => {
  const data = await query(PortalMicrositeDocument, { code: slug.toUpperCase(), root: `/${slug}/` }, site);
  const org = data.organization;
  if (!org || !data.root || data.root.pageType !== "HomePage") return null;
  if (org.contentHome?.isOwnTenant !== false || org.contentHome.micrositePageId !== data.root.id) return null;
  return { code: org.code, name: org.name, base: `/${slug}/`, hostName: data.site.name };
});
