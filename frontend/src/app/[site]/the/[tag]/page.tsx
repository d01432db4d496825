import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CmsPage, cmsMetadata } from "@/components/CmsPage";
import { PageList } from "@/components/PageList";
import { Pager } from "@/components/Pager";
import { PortalTagDocument } from "@/gql/graphql";
import { load, shadowedBy } from "@/lib/discover";
import { listMetadata } from "@/lib/metadata";
import { paging, type SearchParams } from "@/lib/paging";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ tag: string }>; searchParams: Promise<SearchParams> };

/** The API has no list of tags: a tag exists for the portal when an article carries it,
 * and its name is read from the articles (a tag without articles is a 404). */
async function tagData(raw: string, params: SearchParams) {
  const slug = decodeURIComponent(raw);
  const data = await load(PortalTagDocument, { slug, ...paging(params) });
  const pages = data.articles.edges.map((edge) => edge.node);
  const name = pages
    .flatMap((page) => (page.__typename === "ArticlePage" ? page.tags : []))
    .find((tag) => tag.slug === slug)?.name;
  if (!name) notFound();
  return { data, pages, slug, name };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { tag } = await params;
  if (await shadowedBy("the")) return cmsMetadata(["the", tag]);
  const { slug, name } = await tagData(tag, await searchParams);
  return listMetadata(`Từ khóa: ${name}`, `/the/${encodeURIComponent(slug)}/`, `Tin bài có từ khóa “${name}”.`);
}

export default async function TagPage({ params, searchParams }: Props) {
  const { tag } = await params;
  if (await shadowedBy("the")) return <CmsPage segments={["the", tag]} />;
  const query = await searchParams;
  const { data, pages, slug, name } = await tagData(tag, query);
  return (
    <>
      <nav aria-label="Đường dẫn" className="breadcrumbs">
        <Link href="/">Trang chủ</Link> › Từ khóa
      </nav>
      <h1>Từ khóa: {name}</h1>
      <p className="meta">{data.articles.totalCount ?? pages.length} tin bài</p>
      <PageList pages={pages} label={`Tin bài có từ khóa ${name}`} />
      <Pager basePath={`/the/${encodeURIComponent(slug)}/`} params={query} info={data.articles.pageInfo} />
    </>
  );
}
