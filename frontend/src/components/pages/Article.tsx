import { Body } from "@/components/Body";
import { Picture } from "@/components/Picture";
import { PortalArticlePageDocument } from "@/gql/graphql";
import { formatDate } from "@/lib/format";

import { load, ofType } from "./load";
import { Topics } from "./parts";
import type { TemplateProps } from "./types";

/** Tin bài: date, author, reading time, standfirst, cover, body, topics and tags. */
export async function Article({ page: route, host }: TemplateProps) {
  const page = ofType((await load(host, PortalArticlePageDocument, { path: route.urlPath })).page, "ArticlePage");
  const date = page.publishedOn ?? route.firstPublishedAt;
  return (
    <>
      <p className="meta">
        <time dateTime={date ?? undefined}>{formatDate(date)}</time>
        {page.author ? ` · ${page.author}` : null}
        {page.readingMinutes ? ` · ${page.readingMinutes} phút đọc` : null}
      </p>
      {page.standfirst ? <p className="standfirst">{page.standfirst}</p> : null}
      {page.coverImage ? (
        <figure>
          <Picture image={page.coverImage} priority />
        </figure>
      ) : null}
      <Body blocks={page.body} />
      {page.source ? <p className="meta">Nguồn: {page.source}</p> : null}
      <Topics topics={page.topics} />
      {page.tags.length > 0 ? (
        <p className="meta">Từ khóa: {page.tags.map((tag) => tag.name).join(", ")}</p>
      ) : null}
    </>
  );
}
