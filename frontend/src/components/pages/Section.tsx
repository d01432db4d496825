import { ChildList } from "@/components/ChildList";
import { Picture } from "@/components/Picture";
import { PortalSectionPageDocument } from "@/gql/graphql";

import { listVariables, load, ofType } from "./load";
import type { TemplateProps } from "./types";

/** Chuyên mục: its introduction, then the pages under it, newest first, paginated. */
export async function Section({ page: route, cursor, host }: TemplateProps) {
  const data = await load(host, PortalSectionPageDocument, { path: route.urlPath, id: route.id, ...listVariables(cursor) });
  const page = ofType(data.page, "SectionPage");
  return (
    <>
      {page.intro ? <p className="standfirst">{page.intro}</p> : null}
      {page.coverImage ? (
        <figure>
          <Picture image={page.coverImage} priority />
        </figure>
      ) : null}
      <ChildList pages={data.children} basePath={route.urlPath} cursor={cursor} title="Bài trong chuyên mục" />
    </>
  );
}
