import Link from "next/link";

import type { PortalFeedQuery } from "@/gql/graphql";
import { formatDate } from "@/lib/format";

type Item = PortalFeedQuery["feed"]["edges"][number]["node"];

/** One feed item: own pages open in the portal, items shared down open at their source. */
export function FeedCard({ item, eager }: { item: Item; eager: boolean }) {
  const internal = item.origin === "OWN" && item.path;
  const title = internal ? (
    <Link href={item.path!}>{item.title}</Link>
  ) : item.url ? (
    <a href={item.url}>{item.title}</a>
  ) : (
    item.title
  );
  return (
    <li
      className={item.coverUrl ? "card" : "card card-noimage"}
      data-pinned={item.pinned}
      data-mandatory={item.mandatory}
      data-page-type={item.pageType}
      data-origin={item.origin}
      data-testid="feed-item"
    >
      {item.coverUrl ? (
        <img
          src={item.coverUrl}
          alt=""
          width={1200}
          height={630}
          loading={eager ? "eager" : "lazy"}
          decoding="async"
        />
      ) : null}
      <div className="card-body">
        {item.pinned || item.mandatory || item.origin === "INHERITED" ? (
          <ul className="badges">
            {item.pinned ? <li className="badge badge-pinned">Ghim</li> : null}
            {item.mandatory ? <li className="badge badge-mandatory">Bắt buộc</li> : null}
            {item.origin === "INHERITED" ? (
              <li className="badge">Cấp trên chia sẻ: {item.sharedBy.shortName || item.sharedBy.name}</li>
            ) : null}
          </ul>
        ) : null}
        <h2>{title}</h2>
        <p className="meta">
          <time dateTime={item.date}>{formatDate(item.date)}</time>
          {" · "}
          {item.source.shortName || item.source.name}
        </p>
        {item.standfirst ? <p>{item.standfirst}</p> : null}
        {item.correction ? <p className="meta">Đính chính: {item.correction}</p> : null}
      </div>
    </li>
  );
}
