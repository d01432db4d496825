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

const timeFormat = new Intl.DateTimeFormat("vi-VN", {
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
  timeZone: "Asia/Ho_Chi_Minh",
});

const weekdayFormat = new Intl.DateTimeFormat("vi-VN", { weekday: "long", timeZone: "Asia/Ho_Chi_Minh" });

/** "08:00" in Vietnam's time zone. */
export function formatTime(value: string | null | undefined): string {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  const parts = Object.fromEntries(timeFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.hour === "24" ? "00" : parts.hour}:${parts.minute}`;
}

/**
 * An event's time in Vietnam's time zone: "Thứ Bảy, 05/12/2026, 08:00–11:30" on one day,
 * "08:00 05/12/2026 – 17:00 06/12/2026" over several.
 */
export function formatTimeRange(start: string, end: string | null | undefined): string {
  const startDay = formatDate(start);
  if (!startDay) return "";
  const weekday = weekdayFormat.format(new Date(start));
  const day = `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}, ${startDay}`;
  if (!end || !formatDate(end)) return `${day}, ${formatTime(start)}`;
  if (formatDate(end) === startDay) return `${day}, ${formatTime(start)}–${formatTime(end)}`;
  return `${formatTime(start)} ${startDay} – ${formatTime(end)} ${formatDate(end)}`;
}

/** "05/12/2026 – 31/12/2026" (either end may be missing). */
export function formatDateRange(start: string | null | undefined, end: string | null | undefined): string {
  return [formatDate(start), formatDate(end)].filter(Boolean).join(" – ");
}

/** A file size the way Vietnamese readers write it: "12 KB", "1,5 MB". */
export function fileSize(bytes: number | null | undefined): string {
  if (!bytes) return "";
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}

/** "5 phút 12 giây", "58 giây". */
export function formatDuration(seconds: number | null | undefined): string {
  if (!seconds || seconds < 0) return "";
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (!minutes) return `${rest} giây`;
  return rest ? `${minutes} phút ${rest} giây` : `${minutes} phút`;
}

/** "YouTube", "TikTok" … from a video's address (the name shown on its link). */
export function videoHost(url: string): string {
  let host = "";
  try {
    host = new URL(url).hostname.replace(/^www\./, "").replace(/^m\./, "");
  } catch {
    return "";
  }
  const known: Record<string, string> = {
    "youtube.com": "YouTube",
    "youtu.be": "YouTube",
    "tiktok.com": "TikTok",
    "facebook.com": "Facebook",
    "fb.watch": "Facebook",
    "vimeo.com": "Vimeo",
  };
  return known[host] ?? host;
}
