const dateFormat = new Intl.DateTimeFormat("vi-VN", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: "Asia/Ho_Chi_Minh",
});

/** dd/mm/yyyy in Vietnam's time zone, from a DateTime or a Date ("2026-01-01"). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "";
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (plain) return `${plain[3]}/${plain[2]}/${plain[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  const parts = Object.fromEntries(dateFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year}`;
}

/** "/tin-tuc/bai-a/" from the catch-all route's segments. */
export function pathFromSegments(segments: string[] | undefined): string {
  if (!segments || segments.length === 0) return "/";
  const decoded = segments.map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  return `/${decoded.join("/")}/`;
}

/**
 * A srcset with one candidate per width: the API reports a rendition's real width, so a
 * size larger than the original (HERO of a 1200 px picture) repeats a width, which makes the
 * whole srcset invalid for the browser.
 */
export function uniqueWidths(srcSet: string): string {
  const seen = new Set<string>();
  return srcSet
    .split(",")
    .map((candidate) => candidate.trim())
    .filter((candidate) => {
      const width = candidate.split(/\s+/)[1] ?? candidate;
      if (seen.has(width)) return false;
      seen.add(width);
      return true;
    })
    .join(", ");
}
