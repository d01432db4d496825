/**
 * Cursor paging of the API's connections as portal addresses: "?sau=<endCursor>" asks for
 * the page after (first/after), "?truoc=<startCursor>" the page before (last/before). The
 * cursors are the API's own and opaque to the portal.
 */
export const PAGE_SIZE = 10;

export type SearchParams = Record<string, string | string[] | undefined>;

export type Paging = { first?: number; after?: string; last?: number; before?: string };

export function param(params: SearchParams, name: string): string {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

export function paging(params: SearchParams, size = PAGE_SIZE): Paging {
  const after = param(params, "sau");
  const before = param(params, "truoc");
  if (before && !after) return { last: size, before };
  return after ? { first: size, after } : { first: size };
}

type PageInfo = {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
};

/** Links of the pager: the current address's other parameters kept, the cursor replaced.
 * Relay lets a server answer hasPreviousPage false while paging forwards (and hasNextPage
 * backwards), so a page reached with "sau" always has a previous one, and one reached with
 * "truoc" a next one, whatever the server says. */
export function pagerLinks(
  basePath: string,
  params: SearchParams,
  info: PageInfo,
): { previous: string | null; next: string | null } {
  const came = paging(params);
  const hasPrevious = info.hasPreviousPage || Boolean(came.after);
  const hasNext = info.hasNextPage || Boolean(came.before);
  const link = (name: "sau" | "truoc", cursor: string) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      const first = Array.isArray(value) ? value[0] : value;
      if (first && key !== "sau" && key !== "truoc") query.set(key, first);
    }
    query.set(name, cursor);
    return `${basePath}?${query}`;
  };
  return {
    previous: hasPrevious && info.startCursor ? link("truoc", info.startCursor) : null,
    next: hasNext && info.endCursor ? link("sau", info.endCursor) : null,
  };
}
