import { uniqueWidths } from "@/lib/format";

type Rendition = { url: string; width: number; height: number };
type Picture = { description: string; rendition: Rendition; srcSet: string };

/** Column width on a phone (full width) and above 48rem (the 46rem column). */
export const COLUMN_SIZES = "(min-width: 48rem) 46rem, 100vw";

/**
 * A responsive picture from the API: `srcSet` lists renditions of one aspect ratio (the
 * browser picks by width), `width`/`height` of the largest one reserve the box before the
 * file arrives, so nothing below it moves (no layout shift).
 */
export function Picture({
  image,
  sizes = COLUMN_SIZES,
  alt,
  priority = false,
  className,
}: {
  image: Picture;
  sizes?: string;
  alt?: string;
  priority?: boolean;
  className?: string;
}) {
  return (
    <img
      className={className}
      src={image.rendition.url}
      srcSet={uniqueWidths(image.srcSet)}
      sizes={sizes}
      width={image.rendition.width}
      height={image.rendition.height}
      alt={alt ?? image.description}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
    />
  );
}
