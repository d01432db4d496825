import { ChildList } from "@/components/ChildList";
import { PortalGenericPageDocument } from "@/gql/graphql";
import { formatDate } from "@/lib/format";

import { listVariables, load } from "./load";
import type { TemplateProps } from "./types";

/**
 * Any other page (GenericPage, or a type the portal has no template for yet): date,
 * description and the pages under it, so nothing the API offers is a dead end.
 */
export async function Generic({ page, cursor, host }: TemplateProps) {
  const { children } = await load(host, PortalGenericPageDocument, { id: page.id, ...listVariables(cursor) });
  return (
    <>
      <p className="meta">
        <time dateTime={page.firstPublishedAt ?? undefined}>{formatDate(page.firstPublishedAt)}</time>
      </p>
      {page.searchDescription ? <p className="standfirst">{page.searchDescription}</p> : null}
      <ChildList pages={children} basePath={page.urlPath} cursor={cursor} title="Các trang con" empty="" />
    </>
  );
}
