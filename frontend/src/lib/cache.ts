import { unstable_cache } from "next/cache";

// Next's limits for one unstable_cache call (NEXT_CACHE_TAG_MAX_ITEMS / _MAX_LENGTH).
const TAGS_PER_CALL = 128;
const TAG_MAX_LENGTH = 256;

/**
 * Tag the page being rendered with the platform's cache tags of one API answer (its
 * `Surrogate-Key` header), so `revalidateTag(tag)` — called when the platform's webhook
 * names that tag — drops exactly the cached pages built from it.
 *
 * Next collects the tags of every `unstable_cache` call made while a page is statically
 * rendered into that page's cache entry; the tags of an answer are only known once it has
 * arrived, so they are declared by a trivial cached call made with them afterwards.
 */
export async function tagRender(tags: readonly string[]): Promise<void> {
  const usable = [...new Set(tags)].filter((tag) => tag && tag.length <= TAG_MAX_LENGTH).sort();
  for (let start = 0; start < usable.length; start += TAGS_PER_CALL) {
    const chunk = usable.slice(start, start + TAGS_PER_CALL);
    await unstable_cache(async () => true, ["portal-tags", ...chunk], { tags: chunk })();
  }
}
