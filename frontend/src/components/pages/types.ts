import type { PortalPageQuery } from "@/gql/graphql";

/** The page as the route query (PortalPage) returns it: what every page type has. */
export type RoutePage = NonNullable<PortalPageQuery["page"]>;
export type Site = PortalPageQuery["site"];

/** Which page of a child list to show (`?sau=<cursor>` / `?truoc=<cursor>`). */
export type ListCursor = { after?: string; before?: string };

/** What every template receives from `[site]/[...path]/page.tsx` (through CmsPageView):
 * `host` is the tenant host the page is rendered for. */
export type TemplateProps = { page: RoutePage; site: Site; cursor: ListCursor; host: string };
