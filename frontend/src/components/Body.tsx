import Link from "next/link";

import type { PortalBodyBlockFragment } from "@/gql/graphql";
import { fileSize } from "@/lib/format";

type Block = PortalBodyBlockFragment;

/** The StreamField body: the API's rich text is cleaned HTML with rewritten internal links. */
function BodyBlock({ block }: { block: Block }) {
  switch (block.__typename) {
    case "ParagraphBlock":
      return <div dangerouslySetInnerHTML={{ __html: block.html }} />;
    case "HeadingBlock": {
      const Tag = block.level >= 4 ? "h4" : block.level === 3 ? "h3" : "h2";
      return <Tag>{block.text}</Tag>;
    }
    case "ImageBlock":
      if (!block.image) return null;
      return (
        <figure>
          <img
            src={block.image.rendition.url}
            width={block.image.rendition.width}
            height={block.image.rendition.height}
            alt={block.alt || block.image.description}
            loading="lazy"
            decoding="async"
          />
          {block.caption || block.credit ? (
            <figcaption>
              {block.caption}
              {block.credit ? ` (Ảnh: ${block.credit})` : null}
            </figcaption>
          ) : null}
        </figure>
      );
    case "QuoteBlock":
      return (
        <blockquote>
          <p>{block.text}</p>
          {block.attribution ? <footer>— {block.attribution}</footer> : null}
        </blockquote>
      );
    case "EmbedBlock":
      return (
        <p>
          <a href={block.url} rel="noopener">
            {block.caption || `Xem nội dung${block.provider ? ` trên ${block.provider}` : ""}`}
          </a>
        </p>
      );
    case "DocumentLinkBlock": {
      if (block.officialDocument) {
        return (
          <p>
            <Link href={block.officialDocument.urlPath}>
              {block.label || block.officialDocument.title}
            </Link>
            {block.officialDocument.documentNumber ? ` (số ${block.officialDocument.documentNumber})` : null}
          </p>
        );
      }
      if (!block.document?.url) return null;
      const details = [block.document.fileExtension.toUpperCase(), fileSize(block.document.fileSize)]
        .filter(Boolean)
        .join(", ");
      return (
        <p>
          <a href={block.document.url}>{block.label || block.document.title}</a>
          {details ? ` (${details})` : null}
        </p>
      );
    }
    case "FactBoxBlock":
      return (
        <aside className="factbox">
          {block.title ? <h3>{block.title}</h3> : null}
          <div dangerouslySetInnerHTML={{ __html: block.html }} />
        </aside>
      );
    case "CallToActionBlock": {
      const href = block.page?.urlPath ?? block.url;
      return (
        <div className="cta">
          {block.text ? <p>{block.text}</p> : null}
          {href ? (
            <a className="button" href={href}>
              {block.buttonLabel || "Xem thêm"}
            </a>
          ) : null}
        </div>
      );
    }
    case "TableBlock":
      return (
        <div className="table-wrap">
          <table>
            {block.caption ? <caption>{block.caption}</caption> : null}
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.cells.map((cell, c) =>
                    (block.firstRowIsHeader && r === 0) || (block.firstColIsHeader && c === 0) ? (
                      <th key={c} scope={r === 0 && block.firstRowIsHeader ? "col" : "row"}>
                        {cell}
                      </th>
                    ) : (
                      <td key={c}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    default:
      return null;
  }
}

export function Body({ blocks }: { blocks: Block[] }) {
  return (
    <div className="body">
      {blocks.map((block, index) => (
        <BodyBlock key={index} block={block} />
      ))}
    </div>
  );
}
