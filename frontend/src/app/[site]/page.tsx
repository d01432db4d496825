import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";

import { FeedCard } from "@/components/FeedCard";
import { PortalFeedDocument } from "@/gql/graphql";
import { NotFoundError, query } from "@/lib/api";

export const dynamic = "force-dynamic";

const FEED_SIZE = 20;

async function load() {
  const host = (await headers()).get("host");
  try {
    return await query(PortalFeedDocument, { first: FEED_SIZE }, host);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  const data = await load();
  return { title: { absolute: data.site.name } };
}

export default async function HomePage() {
  const data = await load();
  const items = data.feed.edges.map((edge) => edge.node);
  return (
    <>
      <h1>{data.site.name}</h1>
      {items.length === 0 ? (
        <p className="notice">Chưa có bài viết nào.</p>
      ) : (
        <ol className="feed" aria-label="Dòng tin">
          {items.map((item, index) => (
            <FeedCard key={item.id} item={item} eager={index === 0} />
          ))}
        </ol>
      )}
    </>
  );
}
