/**
 * Where an organisation's site is, as the API reports it (Organization.contentHome): its own
 * tenant host, or a microsite inside the host tenant's site — served at its root page's path,
 * which is the organisation's code as a slug (`/cs000111/`, hierarchy.microsite; the portal
 * checks the same pairing in src/lib/site.ts). The link keeps the scheme and port of the
 * current request, since one portal deployment answers for every tenant host.
 */

type Home = { hostname?: string | null; isOwnTenant: boolean; micrositePageId?: string | null } | null;

export function organizationHref(
  code: string,
  home: Home | undefined,
  request: { scheme: string; port: string },
): string | null {
  if (!home?.hostname) return null;
  const origin = `${request.scheme}://${home.hostname}${request.port ? `:${request.port}` : ""}`;
  if (home.isOwnTenant) return `${origin}/`;
  if (home.micrositePageId) return `${origin}/${encodeURIComponent(code.toLowerCase())}/`;
  return `${origin}/`;
}

export const LEVEL_NAMES: Record<string, string> = {
  NATIONAL: "Tổng Liên đoàn",
  PROVINCIAL: "Cấp tỉnh, ngành trung ương",
  UPPER_GRASSROOTS: "Cấp trên trực tiếp cơ sở",
  GRASSROOTS: "Công đoàn cơ sở",
  SUB_UNIT: "Công đoàn bộ phận, tổ công đoàn",
};
