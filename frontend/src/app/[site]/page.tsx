import type { Metadata } from "next";
import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";

import { FeedCard } from "@/components/FeedCard";
import { HomeCampaigns } from "@/components/HomeCampaigns";
import { PreviewBanner } from "@/components/PreviewBanner";
import { PortalFeedDocument } from "@/gql/graphql";
import { NotFoundError, query } from "@/lib/api";
import { cmsPageMetadata } from "@/lib/metadata";
import { hostOf } from "@/lib/site";

// Static per host (next.config.ts puts the host in the route), rendered on first request
// and kept until a platform webhook revalidates one of its tags (docs/portal.md); the hour
// is only a safety net for a webhook that never arrived.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const FEED_SIZE = 20;

type Params = { params: Promise<{ site: string }> };

const load = cache(async (site: string) => {
  try {
    return await query(PortalFeedDocument, { first: FEED_SIZE, organization: null }, site);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return cmsPageMetadata([], hostOf((await params).site));
}

export default async function HomePage({ params }: Params) {
  const data = await load(hostOf((await params).site));
  const items = data.feed.edges.map((edge) => edge.node);
  // In draft mode (/api/preview) every page offers the way out of the preview.
  const draft = (await draftMode()).isEnabled;
  return (
    <>
      {draft ? <PreviewBanner path="/" /> : null}
      <h1>{data.site.name}</h1>
      <HomeCampaigns campaigns={data.campaigns.edges.map((edge) => edge.node)} />
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
