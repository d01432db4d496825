import { Body } from "@/components/Body";
import { Picture } from "@/components/Picture";
import { PortalEventPageDocument } from "@/gql/graphql";
import { formatTimeRange } from "@/lib/format";

import { load, ofType } from "./load";
import { Facts, Topics } from "./parts";
import type { TemplateProps } from "./types";

/** Sự kiện: when (Vietnam time), where or how to join, who organises it, registration. */
export async function Event({ page: route, host }: TemplateProps) {
  const page = ofType((await load(host, PortalEventPageDocument, { path: route.urlPath })).page, "EventPage");
  const place = [page.placeName, page.address].filter(Boolean).join(", ");
  const upcoming = new Date(page.endAt ?? page.startAt).getTime() > Date.now();
  return (
    <>
      {page.standfirst ? <p className="standfirst">{page.standfirst}</p> : null}
      <Facts
        rows={[
          [
            "Thời gian",
            <time key="t" dateTime={page.startAt} data-testid="event-time">
              {formatTimeRange(page.startAt, page.endAt)}
            </time>,
          ],
          ["Hình thức", page.attendanceModeLabel],
          ["Địa điểm", place],
          [
            "Trực tuyến",
            page.onlineUrl ? (
              <a key="o" href={page.onlineUrl} rel="noopener">
                Đường dẫn tham gia trực tuyến
              </a>
            ) : (
              ""
            ),
          ],
          ["Đơn vị tổ chức", page.organiser],
        ]}
      />
      {page.venues.length > 0 ? (
        <>
          <h2>Các điểm tổ chức</h2>
          <ul className="venues">
            {page.venues.map((venue, index) => (
              <li key={index}>
                <strong>{venue.name}</strong>
                {venue.address ? `: ${venue.address}` : null}
                {venue.onlineUrl ? (
                  <>
                    {" · "}
                    <a href={venue.onlineUrl} rel="noopener">
                      tham gia trực tuyến
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {page.registrationUrl && upcoming ? (
        <p>
          <a className="button" href={page.registrationUrl} rel="noopener">
            Đăng ký tham dự
          </a>
        </p>
      ) : !upcoming ? (
        <p className="meta">Sự kiện đã diễn ra.</p>
      ) : null}
      {page.coverImage ? (
        <figure>
          <Picture image={page.coverImage} priority />
        </figure>
      ) : null}
      <Body blocks={page.body} />
      <Topics topics={page.topics} />
    </>
  );
}
