import Link from "next/link";

import { Body } from "@/components/Body";
import { PortalDocumentPageDocument } from "@/gql/graphql";
import { formatDate } from "@/lib/format";

import { load, ofType } from "./load";
import { Facts, FileLink, Topics } from "./parts";
import type { TemplateProps } from "./types";

/**
 * Văn bản: the facts a member looks for first (number, type, issuing body, dates, signer,
 * status), the summary, the file with its type and size, and what replaced it.
 */
export async function Document({ page: route, host }: TemplateProps) {
  const page = ofType((await load(host, PortalDocumentPageDocument, { path: route.urlPath })).page, "DocumentPage");
  return (
    <>
      <p className="meta">
        {page.documentTypeLabel}
        {page.documentNumber ? ` · Số ${page.documentNumber}` : null}
      </p>
      {page.status !== "IN_FORCE" ? (
        <p className="alert" role="note">
          Văn bản {page.statusLabel.toLowerCase()}
          {page.supersededBy ? (
            <>
              {"; xem "}
              <Link href={page.supersededBy.urlPath}>{page.supersededBy.title}</Link>
              {page.supersededBy.documentNumber ? ` (số ${page.supersededBy.documentNumber})` : null}
            </>
          ) : null}
          .
        </p>
      ) : null}
      <Facts
        rows={[
          ["Số hiệu", <strong key="n" data-testid="document-number">{page.documentNumber}</strong>],
          ["Loại văn bản", page.documentTypeLabel],
          ["Cơ quan ban hành", page.issuingBody],
          ["Ngày ký", formatDate(page.signedOn)],
          ["Ngày hiệu lực", formatDate(page.effectiveOn)],
          ["Người ký", [page.signerTitle, page.signer].filter(Boolean).join(" ")],
          ["Tình trạng", page.statusLabel],
        ]}
      />
      {page.summary ? (
        <>
          <h2>Trích yếu</h2>
          <p className="standfirst">{page.summary}</p>
        </>
      ) : null}
      {page.file ? (
        <div className="attachments">
          <h2>Tệp đính kèm</h2>
          <FileLink file={page.file} label={`Tải văn bản ${page.documentNumber || page.file.title}`} />
        </div>
      ) : null}
      <Body blocks={page.body} />
      <Topics topics={page.topics} />
    </>
  );
}
