import { Picture } from "@/components/Picture";
import { PortalVideoPageDocument } from "@/gql/graphql";
import { formatDate, formatDuration, videoHost } from "@/lib/format";

import { load, ofType } from "./load";
import { Lines, Topics } from "./parts";
import type { TemplateProps } from "./types";

/**
 * Video: no third-party player by default (a YouTube or TikTok iframe costs a phone on 3G
 * about a megabyte and sets cookies before anyone asks): the poster links to the video on
 * its platform, with its length; the transcript is on the page.
 */
export async function Video({ page: route, host }: TemplateProps) {
  const page = ofType((await load(host, PortalVideoPageDocument, { path: route.urlPath })).page, "VideoPage");
  const platform = videoHost(page.videoUrl);
  const duration = formatDuration(page.durationSeconds);
  const label = `Xem video${platform ? ` trên ${platform}` : ""}${duration ? ` (${duration})` : ""}`;
  return (
    <>
      <p className="meta">
        <time dateTime={route.firstPublishedAt ?? undefined}>{formatDate(route.firstPublishedAt)}</time>
        {duration ? ` · ${duration}` : null}
      </p>
      {page.description ? <p className="standfirst">{page.description}</p> : null}
      <figure className="video-poster">
        <a href={page.videoUrl} rel="noopener" data-testid="video-link">
          {page.thumbnail ? <Picture image={page.thumbnail} alt="" priority /> : null}
          <span className="play">▶ {label}</span>
        </a>
      </figure>
      {page.transcript ? (
        <details className="transcript">
          <summary>Lời thoại của video</summary>
          <Lines text={page.transcript} />
        </details>
      ) : null}
      <Topics topics={page.topics} />
    </>
  );
}
