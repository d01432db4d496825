import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { notFound } from "next/navigation";

import { NotFoundError, query } from "@/lib/api";

import type { ListCursor } from "./types";

/** Items per page of a list: two or three phone screens of cards. */
export const PAGE_SIZE = 10;

/** A template's own persisted query, for the page's host (the route's `[site]` segment, so
 * the page stays static); 404 when the API has none. */
export async function load<TResult, TVariables>(
  host: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  try {
    return await query(document, variables, host);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/**
 * The page of the answer narrowed to the template's type. The route query said this path is
 * of that type; if an editor changed it in between, the page is gone for this request (404).
 */
export function ofType<P extends { __typename: string } | null | undefined, T extends string>(
  page: P,
  typename: T,
): Extract<NonNullable<P>, { __typename: T }> {
  if (!page || page.__typename !== typename) notFound();
  return page as Extract<NonNullable<P>, { __typename: T }>;
}

/**
 * The API's cursors are Relay's offset cursors, base64 of "arrayconnection:<n>"; it refuses
 * anything else with an error. An edited or truncated `?sau=` in an address is a page that
 * does not exist (404), not an outage.
 */
function validCursor(cursor: string | undefined): boolean {
  if (cursor === undefined) return true;
  if (!/^[A-Za-z0-9+/]+=*$/.test(cursor)) return false;
  return /^arrayconnection:\d{1,9}$/.test(Buffer.from(cursor, "base64").toString("utf8"));
}

/** `first`/`after` forwards, `last`/`before` backwards, PAGE_SIZE at a time. */
export function listVariables(cursor: ListCursor) {
  if (!validCursor(cursor.after) || !validCursor(cursor.before)) notFound();
  return cursor.before
    ? { first: null, after: null, last: PAGE_SIZE, before: cursor.before }
    : { first: PAGE_SIZE, after: cursor.after ?? null, last: null, before: null };
}
