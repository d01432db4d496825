import Link from "next/link";

import type { PortalFeedQuery } from "@/gql/graphql";
import { formatDateRange } from "@/lib/format";

type Campaign = PortalFeedQuery["campaigns"]["edges"][number]["node"];

/** Today in Vietnam as yyyy-mm-dd (campaign dates are calendar days there). */
function today(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
}

/** The organisation's newest campaigns on its home page, the running ones marked. The page
 * is static and revalidated at least hourly, so "đang diễn ra" is at most an hour late. */
export function HomeCampaigns({ campaigns }: { campaigns: Campaign[] }) {
  if (campaigns.length === 0) return null;
  const now = today();
  return (
    <section className="campaigns" aria-labelledby="chien-dich">
      <h2 id="chien-dich">Chiến dịch</h2>
      <ul>
        {campaigns.map((campaign) => {
          const running = campaign.startDate <= now && now <= campaign.endDate;
          return (
            <li key={campaign.id} data-testid="campaign" data-running={running}>
              <Link href={campaign.urlPath}>{campaign.title}</Link>
              <p className="meta">
                <span>{campaign.kindLabel}</span> ·{" "}
                <span data-testid="campaign-period">{formatDateRange(campaign.startDate, campaign.endDate)}</span>
                {running ? <span className="badge badge-running"> Đang diễn ra</span> : null}
                {campaign.hashtag ? <span> · {campaign.hashtag}</span> : null}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
