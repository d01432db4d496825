import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The CMS's urlPath values end with a slash: keep them as they are.
  trailingSlash: true,
  // Images come from the CMS's renditions with their own srcSet: no image optimiser.
  images: { unoptimized: true },
  // Metadata (Open Graph, feeds, canonical) in <head> for every client, not streamed: the
  // link previews of Zalo and Facebook must find it without running scripts (docs/portal.md).
  htmlLimitedBots: /.*/,
};

export default nextConfig;
