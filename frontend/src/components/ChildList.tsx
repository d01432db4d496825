import Link from "next/link";

import { Picture } from "@/components/Picture";
import type { PortalCardFragment, PortalGenericPageQuery } from "@/gql/graphql";
import { formatDate, formatDateRange, formatDuration, formatTimeRange } from "@/lib/format";

import type { ListCursor } from "./pages/types";

const CARD_SIZES = "(min-width: 48rem) 16rem, 100vw";

/** The line under a card's title: what matters for that kind of page. */
function cardMeta(item: PortalCardFragment): string {
  switch (item.__typename) {
    case "ArticlePage":
      return formatDate(item.publishedOn ?? item.firstPublishedAt);
    case "PolicyPage":
      return item.policyAreaLabel;
    case "DocumentPage":
      return [item.documentTypeLabel, item.documentNumber && `Số ${item.documentNumber}`, formatDate(item.signedOn), item.statusLabel]
        .filter(Boolean)
        .join(" · ");
    case "CampaignPage":
      return formatDateRange(item.startDate, item.endDate);
    case "EventPage":
      return [formatTimeRange(item.startAt, item.endAt), item.placeName || item.attendanceModeLabel]
        .filter(Boolean)
        .join(" · ");
    case "QuestionPage":
      return item.answeredOn ? `Trả lời ngày ${formatDate(item.answeredOn)}` : "Hỏi đáp";
    case "GalleryPage":
      return ["Ảnh", formatDate(item.takenOn)].filter(Boolean).join(" · ");
    case "VideoPage":
      return ["Video", formatDuration(item.durationSeconds)].filter(Boolean).join(" · ");
    case "InfographicPage":
      return "Đồ họa thông tin";
    case "ModelStoryPage":
      return item.personName;
    case "FormPage":
      return item.isClosed ? "Đã hết hạn" : item.closesAt ? `Hạn chót ${formatDate(item.closesAt)}` : "Khảo sát";
    default:
      return formatDate(item.firstPublishedAt);
  }
}

function cardText(item: PortalCardFragment): string {
  switch (item.__typename) {
    case "ArticlePage":
    case "PolicyPage":
    case "CampaignPage":
    case "EventPage":
    case "ModelStoryPage":
      return item.standfirst || item.searchDescription;
    case "QuestionPage":
      return item.question;
    case "GalleryPage":
    case "SectionPage":
      return item.intro || item.searchDescription;
    case "VideoPage":
    case "InfographicPage":
      return item.description || item.searchDescription;
    default:
      return item.searchDescription;
  }
}

function cardImage(item: PortalCardFragment) {
  switch (item.__typename) {
    case "ArticlePage":
    case "PolicyPage":
    case "CampaignPage":
    case "EventPage":
      return item.coverImage;
    case "VideoPage":
      return item.thumbnail;
    case "ModelStoryPage":
      return item.portrait;
    default:
      return null;
  }
}

function pageLink(basePath: string, cursor: ListCursor): string {
  if (cursor.after) return `${basePath}?sau=${encodeURIComponent(cursor.after)}`;
  if (cursor.before) return `${basePath}?truoc=${encodeURIComponent(cursor.before)}`;
  return basePath;
}

/**
 * The pages under a section, campaign or home page as cards, newest first, one page of the
 * list (`children` of the template's query, PAGE_SIZE at a time). "Trang sau" /
 * "Trang trước" carry the API's cursors in `?sau=` / `?truoc=`.
 */
export function ChildList({
  pages,
  basePath,
  cursor,
  title,
  empty = "Chưa có nội dung.",
}: {
  pages: PortalGenericPageQuery["children"];
  basePath: string;
  cursor: ListCursor;
  title: string;
  empty?: string;
}) {
  const items = pages.edges.map((edge) => edge.node);
  const { pageInfo } = pages;
  // Going back from the first page of results ("?truoc=") has no previous page even when
  // the API cannot tell; from a "?sau=" page there is always one.
  const hasPrevious = cursor.after ? true : pageInfo.hasPreviousPage;
  const hasNext = cursor.before ? true : pageInfo.hasNextPage;
  if (items.length === 0 && !empty && !cursor.after && !cursor.before) return null;
  return (
    <section className="children" aria-labelledby="children-title">
      <h2 id="children-title">
        {title}
        {pages.totalCount ? <span className="meta"> ({pages.totalCount})</span> : null}
      </h2>
      {items.length === 0 ? (
        <p className="meta">{empty}</p>
      ) : (
        <ul className="feed" data-testid="child-list">
          {items.map((item, index) => {
            const image = cardImage(item);
            const text = cardText(item);
            return (
              <li key={item.id} className={image ? "card" : "card card-noimage"} data-page-type={item.__typename}>
                {image ? <Picture image={image} sizes={CARD_SIZES} alt="" priority={index === 0} /> : null}
                <div className="card-body">
                  <h3>
                    <Link href={item.urlPath}>{item.title}</Link>
                  </h3>
                  <p className="meta">{cardMeta(item)}</p>
                  {text ? <p>{text}</p> : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {hasPrevious || hasNext ? (
        <nav className="pager" aria-label="Phân trang">
          {hasPrevious && pageInfo.startCursor ? (
            <Link rel="prev" href={pageLink(basePath, { before: pageInfo.startCursor })}>
              ‹ Trang trước
            </Link>
          ) : (
            <span />
          )}
          {hasNext && pageInfo.endCursor ? (
            <Link rel="next" href={pageLink(basePath, { after: pageInfo.endCursor })}>
              Trang sau ›
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
