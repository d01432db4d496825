import type { NextConfig } from "next";

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
};

export default nextConfig;
