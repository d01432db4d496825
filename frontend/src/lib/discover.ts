import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";

import { PortalShadowDocument } from "@/gql/graphql";
import { ApiError, NotFoundError, query } from "@/lib/api";

/**
 * The portal's own pages live at fixed top-level segments (/tim-kiem/, /chu-de/, /the/,
 * /to-chuc/, /hoi-dap/). A CMS page may have the same slug; Next would prefer the portal's
 * route and hide it. So each of these routes also asks whether the CMS has a page at its
 * top-level path (a tiny persisted query, cached like any other, sent in parallel with the
 * route's own query) and, if it does, gives the address to the CMS page (see
 * `shadowedBy`): the editor's page wins, the portal's list simply isn't offered there.
 */
export const shadowedBy = cache(async (segment: string): Promise<boolean> => {
  const host = (await headers()).get("host");
  try {
    const data = await query(PortalShadowDocument, { path: `/${segment}/` }, host);
    return Boolean(data.page);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

// generateMetadata and the page ask for the same data: one request per render (React's
// cache, keyed by the document constant and the variables as text).
const cachedLoad = cache(async (document: TypedDocumentNode<unknown, unknown>, variables: string) => {
  const host = (await headers()).get("host");
  try {
    return await query(document, JSON.parse(variables), host);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ApiError && /Con trỏ phân trang|Tham số (first|last)/.test(error.message)) notFound();
    throw error;
  }
});

/** One persisted query of a discovery page: an unknown host is the 404 page, a cursor the
 * API refuses (edited by hand) is a 404 too rather than the outage page. */
export function load<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  return cachedLoad(document as TypedDocumentNode<unknown, unknown>, JSON.stringify(variables)) as Promise<TResult>;
}
