import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The CMS's urlPath values end with a slash: keep them as they are.
  trailingSlash: true,
  // Images come from the CMS's renditions with their own srcSet: no image optimiser.
  images: { unoptimized: true },
  // One deployment serves every tenant by its host, and pages are cached (ISR) per host: the
  // request's host becomes the route's first segment (`/hanoi.congdoan.vn/tin-tuc/a/`
  // internally, src/app/[site]/…), so Next's page cache keys on it and no page reads request
  // headers (which would make it dynamic). The browser's address is unchanged; route handlers
  // (/api/…) and Next's own files are not rewritten.
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: "/:path((?!api/|_next/|favicon\\.ico$).*)",
          has: [{ type: "host", value: "(?<site>[a-z0-9][a-z0-9.-]{0,252})" }],
          destination: "/:site/:path",
        },
      ],
    };
  },
};

export default nextConfig;
