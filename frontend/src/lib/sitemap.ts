import { apiHost } from "@/lib/api";

/**
 * The platform's sitemaps name the tenant's public URLs (its host, the scheme it was asked
 * on). The portal serves them with its own origin instead: every <loc> on the tenant's host
 * is moved to the portal's origin, path and query kept; addresses on other hosts stay.
 */
export function rewriteLocs(xml: string, requestHost: string | null, portalOrigin: string): string {
  const tenant = apiHost(requestHost);
  return xml.replace(/<loc>([^<]*)<\/loc>/g, (whole, loc: string) => {
    const text = loc.replace(/&amp;/g, "&");
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return whole;
    }
    if (url.hostname.toLowerCase() !== tenant) return whole;
    const moved = new URL(`${url.pathname}${url.search}`, portalOrigin).toString();
    return `<loc>${moved.replace(/&/g, "&amp;")}</loc>`;
  });
}
