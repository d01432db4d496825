import { Body } from "@/components/Body";
import { ChildList } from "@/components/ChildList";
import { Picture } from "@/components/Picture";
import { PortalCampaignPageDocument } from "@/gql/graphql";
import { formatDateRange } from "@/lib/format";

import { listVariables, load, ofType } from "./load";
import { Facts, Topics } from "./parts";
import type { TemplateProps } from "./types";

/** Chiến dịch: period, theme, key messages, body, then its own articles, events, forms. */
export async function Campaign({ page: route, cursor, host }: TemplateProps) {
  const data = await load(host, PortalCampaignPageDocument, { path: route.urlPath, id: route.id, ...listVariables(cursor) });
  const page = ofType(data.page, "CampaignPage");
  return (
    <>
      <p className="meta">{page.kindLabel}</p>
      {page.standfirst ? <p className="standfirst">{page.standfirst}</p> : null}
      <Facts
        rows={[
          ["Thời gian", <span key="p" data-testid="campaign-period">{formatDateRange(page.startDate, page.endDate)}</span>],
          ["Chủ đề", page.theme],
          ["Hashtag", page.hashtag ? `#${page.hashtag.replace(/^#/, "")}` : ""],
        ]}
      />
      {page.coverImage ? (
        <figure>
          <Picture image={page.coverImage} priority />
        </figure>
      ) : null}
      {page.keyMessages.length > 0 ? (
        <aside className="factbox">
          <h2>Thông điệp chính</h2>
          <ul>
            {page.keyMessages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </aside>
      ) : null}
      <Body blocks={page.body} />
      <Topics topics={page.topics} />
      <ChildList pages={data.children} basePath={route.urlPath}
        cursor={cursor}
        title="Hoạt động của chiến dịch"
        empty="Chiến dịch chưa có bài viết, sự kiện nào."
      />
    </>
  );
}
