import type { Metadata } from "next";
import { headers } from "next/headers";

import { PortalMetaDocument, PortalSiteMetaDocument } from "@/gql/graphql";
import { NotFoundError, query } from "@/lib/api";
import { pathFromSegments } from "@/lib/format";

/** The portal's own origin for this request (canonical URLs, sitemap): the Host header —
 * the same one that chose the tenant, not X-Forwarded-Host, which a client could set to
 * another site's name — and the scheme the proxy in front reports (Next sets
 * x-forwarded-proto from the connection when no proxy did), http or https only. */
export async function requestOrigin(): Promise<{ origin: string; host: string; scheme: string; port: string }> {
  const list = await headers();
  const host = list.get("host") || "localhost";
  const forwarded = list.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  const scheme = forwarded === "https" ? "https" : "http";
  const port = /:(\d+)$/.exec(host)?.[1] ?? "";
  return { origin: `${scheme}://${host}`, host, scheme, port };
}

/**
 * The public origin of a statically rendered page (`[site]` routes, cached per host): no
 * request headers there, so the scheme and port come from the deployment —
 * PORTAL_PUBLIC_SCHEME (default https) and PORTAL_PUBLIC_PORT (default none; the e2e run
 * serves http on a random port).
 */
export function staticOrigin(host: string): { origin: string; host: string; scheme: string; port: string } {
  const scheme = process.env.PORTAL_PUBLIC_SCHEME === "http" ? "http" : "https";
  const port = /^\d+$/.test(process.env.PORTAL_PUBLIC_PORT ?? "") ? process.env.PORTAL_PUBLIC_PORT! : "";
  const authority = port ? `${host}:${port}` : host;
  return { origin: `${scheme}://${authority}`, host: authority, scheme, port };
}

type Image = { description: string; rendition: { url: string; width: number; height: number } } | null | undefined;

export type MetaInput = {
  title: string;
  /** the page's own title is the whole <title> (the home page) */
  absoluteTitle?: boolean;
  description?: string | null;
  /** the portal path of the page, e.g. "/chu-de/viec-lam/" */
  path: string;
  image?: Image;
  siteName: string;
  type?: "website" | "article";
  /** more alternate feeds than the organisation's (a topic's) */
  feeds?: { title: string; rss: string; atom: string }[];
  /** the tenant host of a static page (no request headers read), see staticOrigin */
  host?: string;
};

/**
 * Metadata of any portal page: canonical URL on the portal's host, Open Graph and Twitter
 * cards (the OG rendition, 1200x630, as image), and the organisation's RSS and Atom feeds as
 * <link rel="alternate"> (served by the platform, passed through at /feeds/).
 */
export async function buildMetadata(input: MetaInput): Promise<Metadata> {
  const { origin } = input.host ? staticOrigin(input.host) : await requestOrigin();
  const url = new URL(input.path, origin).toString();
  const description = input.description?.trim() || undefined;
  const image = input.image?.rendition
    ? [{ url: input.image.rendition.url, width: input.image.rendition.width, height: input.image.rendition.height, alt: input.image.description }]
    : undefined;
  const feeds = [{ title: input.siteName, rss: "/feeds/rss.xml", atom: "/feeds/atom.xml" }, ...(input.feeds ?? [])];
  return {
    metadataBase: new URL(origin),
    title: input.absoluteTitle ? { absolute: input.title } : input.title,
    description,
    alternates: {
      canonical: url,
      types: {
        "application/rss+xml": feeds.map((feed) => ({ url: feed.rss, title: `${feed.title} (RSS)` })),
        "application/atom+xml": feeds.map((feed) => ({ url: feed.atom, title: `${feed.title} (Atom)` })),
      },
    },
    openGraph: {
      type: input.type ?? "website",
      locale: "vi_VN",
      siteName: input.siteName,
      title: input.title,
      description,
      url,
      images: image,
    },
    twitter: {
      card: image ? "summary_large_image" : "summary",
      title: input.title,
      description,
      images: image?.map((item) => ({ url: item.url, alt: item.alt })),
    },
  };
}

/** Metadata of a portal page that is not a CMS page (lists, search…): the site's name, and
 * its logo as the card image. */
export async function listMetadata(
  title: string,
  path: string,
  description?: string,
  feeds?: MetaInput["feeds"],
): Promise<Metadata> {
  const host = (await headers()).get("host");
  try {
    const { site } = await query(PortalSiteMetaDocument, {}, host);
    return buildMetadata({
      title,
      path,
      description: description ?? site.settings.tagline,
      image: site.settings.logo,
      siteName: site.name,
      feeds,
    });
  } catch (error) {
    if (error instanceof NotFoundError) return { title };
    throw error;
  }
}

/** generateMetadata of a CMS page (src/app/[site]/[...path]): its own persisted document, so
 * the page templates' query can change without touching the metadata. With `staticHost` (the
 * route's `[site]`) no request header is read and the page stays static; without it (a CMS
 * page shown by a dynamic route, lib/discover.ts shadowedBy) the request's host is used. */
export async function cmsPageMetadata(segments: string[] | undefined, staticHost?: string): Promise<Metadata> {
  const host = staticHost ?? (await headers()).get("host");
  const path = pathFromSegments(segments);
  try {
    const { site, page } = await query(PortalMetaDocument, { path }, host);
    if (!page) return { title: "Không tìm thấy trang" };
    const article = "standfirst" in page ? page : null;
    return buildMetadata({
      title: path === "/" ? site.name : page.seoTitle || page.title,
      absoluteTitle: path === "/",
      description: page.searchDescription || article?.standfirst || site.settings.tagline,
      path: page.urlPath,
      image: article?.coverImage ?? site.settings.logo,
      siteName: site.name,
      type: article ? "article" : "website",
      host: staticHost,
    });
  } catch (error) {
    if (error instanceof NotFoundError) return { title: "Không tìm thấy trang" };
    throw error;
  }
}
