import { Body } from "@/components/Body";
import { Picture } from "@/components/Picture";
import { PortalPolicyPageDocument } from "@/gql/graphql";
import { formatDate } from "@/lib/format";

import { load, ofType } from "./load";
import { DocumentList, Facts, Topics } from "./parts";
import type { TemplateProps } from "./types";

/** Chính sách: area, when it applies and was last reviewed, body, the documents it rests on. */
export async function Policy({ page: route, host }: TemplateProps) {
  const page = ofType((await load(host, PortalPolicyPageDocument, { path: route.urlPath })).page, "PolicyPage");
  return (
    <>
      <p className="meta">
        {page.policyAreaLabel}
        {page.readingMinutes ? ` · ${page.readingMinutes} phút đọc` : null}
      </p>
      {page.standfirst ? <p className="standfirst">{page.standfirst}</p> : null}
      <Facts
        rows={[
          ["Áp dụng từ", formatDate(page.appliesFrom)],
          ["Rà soát ngày", formatDate(page.reviewedOn)],
        ]}
      />
      {page.coverImage ? (
        <figure>
          <Picture image={page.coverImage} priority />
        </figure>
      ) : null}
      <Body blocks={page.body} />
      <DocumentList title="Văn bản liên quan" documents={page.relatedDocuments} />
      <Topics topics={page.topics} />
    </>
  );
}
