import { PortalInfographicPageDocument } from "@/gql/graphql";
import { uniqueWidths } from "@/lib/format";

import { load, ofType } from "./load";
import { Topics } from "./parts";
import type { TemplateProps } from "./types";

/**
 * Đồ họa thông tin: the picture is never cropped (CONTENT, 1200 wide, and the original in
 * the srcSet, same ratio), a link to the full size for zooming on a phone, and the text
 * version the editors wrote, which is also what screen readers are pointed to.
 */
export async function Infographic({ page: route, host }: TemplateProps) {
  const page = ofType((await load(host, PortalInfographicPageDocument, { path: route.urlPath })).page, "InfographicPage");
  const image = page.image;
  return (
    <>
      {page.description ? <p className="standfirst">{page.description}</p> : null}
      {image ? (
        <figure className="infographic">
          <img
            src={image.rendition.url}
            srcSet={uniqueWidths(image.srcSet)}
            sizes="(min-width: 48rem) 46rem, 100vw"
            width={image.rendition.width}
            height={image.rendition.height}
            alt={image.description || route.title}
            aria-describedby={page.textAlternative ? "infographic-text" : undefined}
            fetchPriority="high"
            decoding="async"
          />
          <figcaption>
            <a href={image.original.url}>
              Xem ảnh kích thước đầy đủ ({image.original.width}×{image.original.height})
            </a>
            {page.source ? <span className="credit"> Nguồn: {page.source}</span> : null}
          </figcaption>
        </figure>
      ) : null}
      {page.textAlternative ? (
        <section aria-labelledby="infographic-text-title">
          <h2 id="infographic-text-title">Nội dung đồ họa dạng chữ</h2>
          <div
            id="infographic-text"
            className="body"
            data-testid="infographic-text"
            dangerouslySetInnerHTML={{ __html: page.textAlternative }}
          />
        </section>
      ) : null}
      <Topics topics={page.topics} />
    </>
  );
}
