import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The CMS's urlPath values end with a slash: keep them as they are.
  trailingSlash: true,
  // Images come from the CMS's renditions with their own srcSet: no image optimiser.
  images: { unoptimized: true },
};

export default nextConfig;
