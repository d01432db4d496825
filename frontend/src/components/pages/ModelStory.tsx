import { Body } from "@/components/Body";
import { PortalModelStoryPageDocument } from "@/gql/graphql";
import { formatDate } from "@/lib/format";

import { load, ofType } from "./load";
import { Lines, Topics } from "./parts";
import type { TemplateProps } from "./types";

/** Gương điển hình: who the person is (portrait, role, workplace), their achievements, the story. */
export async function ModelStory({ page: route, host }: TemplateProps) {
  const page = ofType((await load(host, PortalModelStoryPageDocument, { path: route.urlPath })).page, "ModelStoryPage");
  return (
    <>
      <p className="meta">
        <time dateTime={route.firstPublishedAt ?? undefined}>{formatDate(route.firstPublishedAt)}</time>
        {page.readingMinutes ? ` · ${page.readingMinutes} phút đọc` : null}
      </p>
      {page.standfirst ? <p className="standfirst">{page.standfirst}</p> : null}
      <aside className="person" aria-labelledby="person-name">
        {page.portrait ? (
          <img
            src={page.portrait.rendition.url}
            width={page.portrait.rendition.width}
            height={page.portrait.rendition.height}
            alt={page.portrait.description || `Chân dung ${page.personName}`}
            fetchPriority="high"
            decoding="async"
          />
        ) : null}
        <div>
          <p id="person-name" className="person-name" data-testid="person-name">
            {page.personName}
          </p>
          {page.personRole ? <p>{page.personRole}</p> : null}
          {page.workplace ? <p className="meta">{page.workplace}</p> : null}
        </div>
      </aside>
      {page.achievements ? (
        <section className="factbox" aria-labelledby="achievements">
          <h2 id="achievements">Thành tích</h2>
          <Lines text={page.achievements} />
        </section>
      ) : null}
      <Body blocks={page.body} />
      <Topics topics={page.topics} />
    </>
  );
}
