import type { NextConfig } from "next";

/** The portal's own top-level routes under src/app/[site]/ (not CMS pages). */
const OWN_ROUTES = [
  "chu-de",
  "the",
  "tim-kiem",
  "hoi-dap",
  "to-chuc",
  "gui-y-kien",
  "phan-anh-thong-tin-sai",
  "tra-cuu",
  "feeds",
  "sitemaps",
  "sitemap\\.xml",
  "robots\\.txt",
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The container image (docker/portal.Dockerfile) builds with NEXT_OUTPUT=standalone: a
  // server.js with only the traced dependencies. Locally and in CI `next start` serves .next.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // The CMS's urlPath values end with a slash: keep them as they are.
  trailingSlash: true,
  // Images come from the CMS's renditions with their own srcSet: no image optimiser.
  images: { unoptimized: true },
  // Metadata (Open Graph, feeds, canonical) in <head> for every client, not streamed: the
  // link previews of Zalo and Facebook must find it without running scripts (docs/portal.md).
  htmlLimitedBots: /.*/,
  // One deployment serves every tenant by its host, and pages are cached (ISR) per host: the
  // request's host becomes the route's first segment (`/hanoi.congdoan.vn/tin-tuc/a/`
  // internally, src/app/[site]/…), so Next's page cache keys on it and no page reads request
  // headers (which would make it dynamic). The browser's address is unchanged; route handlers
  // (/api/…) and Next's own files are not rewritten.
  async rewrites() {
    const host = { type: "host" as const, value: "(?<site>[a-z0-9][a-z0-9.-]{0,252})" };
    const paged = [
      { type: "query" as const, key: "sau" },
      { type: "query" as const, key: "truoc" },
    ];
    return {
      // Rewrites here apply one after another (each to the previous one's result), so each
      // rule says what it does not apply to.
      beforeFiles: [
        // Another page of a CMS page's list (`?sau=`/`?truoc=`, a cursor): a static page
        // never sees the query string, so these go to the dynamic twin of the page route
        // ([site]/~/…). The portal's own routes are dynamic and read their query themselves.
        ...paged.map((query, index) => ({
          source: `/:path((?!api/|_next/|favicon\\.ico$|(?:${OWN_ROUTES.join("|")})(?:/|$)).+)`,
          has: [host, query],
          missing: paged.slice(0, index),
          destination: "/:site/~/:path",
        })),
        {
          source: "/:path((?!api/|_next/|favicon\\.ico$).*)",
          has: [host],
          missing: paged,
          destination: "/:site/:path",
        },
        // The portal's own routes (and the home page) with such a parameter: as any request.
        ...paged.map((query, index) => ({
          source: `/:path((?:(?:${OWN_ROUTES.join("|")})(?:/.*)?)?)`,
          has: [host, query],
          missing: paged.slice(0, index),
          destination: "/:site/:path",
        })),
      ],
    };
  },
};

export default nextConfig;
