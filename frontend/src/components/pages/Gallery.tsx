import { Picture } from "@/components/Picture";
import { PortalGalleryPageDocument } from "@/gql/graphql";
import { formatDate } from "@/lib/format";

import { load, ofType } from "./load";
import { Topics } from "./parts";
import type { TemplateProps } from "./types";

/** Two columns from 48rem on: each picture is about half the 46rem column. */
const GALLERY_SIZES = "(min-width: 48rem) 23rem, 100vw";

/**
 * Thư viện ảnh: every picture as a 16:9 crop around its focal point from the rendition
 * srcSet (320/640/1600 wide), with its caption and credit and a link to the full picture.
 */
export async function Gallery({ page: route, host }: TemplateProps) {
  const page = ofType((await load(host, PortalGalleryPageDocument, { path: route.urlPath })).page, "GalleryPage");
  return (
    <>
      <p className="meta">
        {page.images.length} ảnh
        {page.takenOn ? ` · chụp ngày ${formatDate(page.takenOn)}` : null}
        {page.photographer ? ` · ${page.photographer}` : null}
      </p>
      {page.intro ? <p className="standfirst">{page.intro}</p> : null}
      <ul className="gallery" data-testid="gallery">
        {page.images.map((item, index) => (
          <li key={index}>
            <figure>
              <a href={item.image.original.url} aria-label={`Xem ảnh ${index + 1} kích thước đầy đủ`}>
                <Picture
                  image={item.image}
                  sizes={GALLERY_SIZES}
                  alt={item.image.description || item.caption}
                  priority={index === 0}
                />
              </a>
              {item.caption || item.credit ? (
                <figcaption>
                  {item.caption}
                  {item.credit ? <span className="credit"> {item.credit}</span> : null}
                </figcaption>
              ) : null}
            </figure>
          </li>
        ))}
      </ul>
      <Topics topics={page.topics} />
    </>
  );
}
