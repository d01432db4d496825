import Link from "next/link";

import type { PortalDocumentRefFragment, PortalFileFragment, PortalTopicFragment } from "@/gql/graphql";
import { fileSize, formatDate } from "@/lib/format";

/** "Chủ đề: Tiền lương, Việc làm" (nothing when there are none). */
export function Topics({ topics }: { topics: PortalTopicFragment[] }) {
  if (topics.length === 0) return null;
  return <p className="meta topics">Chủ đề: {topics.map((topic) => topic.name).join(", ")}</p>;
}

/** A downloadable file with its type and size: "Tải văn bản (PDF, 12 KB)". */
export function FileLink({ file, label }: { file: PortalFileFragment; label?: string }) {
  if (!file.url) return null;
  const details = [file.fileExtension.toUpperCase(), fileSize(file.fileSize)].filter(Boolean).join(", ");
  return (
    <p className="file">
      <a href={file.url} download>
        {label ?? file.title}
      </a>
      {details ? <span className="meta"> ({details})</span> : null}
    </p>
  );
}

/** Official documents cited by a page, each with its number and date. */
export function DocumentList({ title, documents }: { title: string; documents: PortalDocumentRefFragment[] }) {
  if (documents.length === 0) return null;
  return (
    <section className="related">
      <h2>{title}</h2>
      <ul className="doc-list">
        {documents.map((document) => (
          <li key={document.urlPath}>
            <Link href={document.urlPath}>{document.title}</Link>
            <span className="meta">
              {" "}
              ({[document.documentNumber && `số ${document.documentNumber}`, formatDate(document.signedOn)]
                .filter(Boolean)
                .join(", ")}
              )
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Plain text with line breaks kept (TextFields: legal basis, achievements, transcript). */
export function Lines({ text, className }: { text: string; className?: string }) {
  const paragraphs = text
    .split(/\n\s*\n|\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    <div className={className}>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

/** A definition list of facts (label → value), empty values left out. */
export function Facts({ rows }: { rows: [string, React.ReactNode][] }) {
  const shown = rows.filter(([, value]) => value !== "" && value !== null && value !== undefined);
  if (shown.length === 0) return null;
  return (
    <dl className="facts">
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
