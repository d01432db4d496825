import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CmsPage, cmsMetadata } from "@/components/CmsPage";
import { PageList } from "@/components/PageList";
import { Pager } from "@/components/Pager";
import { PortalTopicDocument } from "@/gql/graphql";
import { load, shadowedBy } from "@/lib/discover";
import { listMetadata } from "@/lib/metadata";
import { paging, type SearchParams } from "@/lib/paging";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

async function topicData(slug: string, params: SearchParams) {
  const data = await load(PortalTopicDocument, { slug: decodeURIComponent(slug), ...paging(params) });
  if (!data.topic) notFound();
  return data;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (await shadowedBy("chu-de")) return cmsMetadata(["chu-de", slug]);
  const { topic } = await topicData(slug, await searchParams);
  const feed = `/feeds/topic/${encodeURIComponent(topic!.slug)}`;
  return listMetadata(
    `Chủ đề: ${topic!.name}`,
    `/chu-de/${encodeURIComponent(topic!.slug)}/`,
    topic!.description || `Tin bài của đơn vị về chủ đề ${topic!.name}.`,
    [{ title: `Chủ đề ${topic!.name}`, rss: `${feed}/rss.xml`, atom: `${feed}/atom.xml` }],
  );
}

export default async function TopicPage({ params, searchParams }: Props) {
  const { slug } = await params;
  if (await shadowedBy("chu-de")) return <CmsPage segments={["chu-de", slug]} />;
  const query = await searchParams;
  const data = await topicData(slug, query);
  const topic = data.topic!;
  const pages = data.articles.edges.map((edge) => edge.node);
  const questions = data.questions.edges.map((edge) => edge.node);
  const base = `/chu-de/${encodeURIComponent(topic.slug)}/`;
  return (
    <>
      <nav aria-label="Đường dẫn" className="breadcrumbs">
        <Link href="/">Trang chủ</Link> › <Link href="/chu-de/">Chủ đề</Link>
      </nav>
      <h1>Chủ đề: {topic.name}</h1>
      {topic.description ? <p className="standfirst">{topic.description}</p> : null}
      <p className="meta">
        {data.articles.totalCount ?? pages.length} tin bài ·{" "}
        <a href={`/feeds/topic/${encodeURIComponent(topic.slug)}/rss.xml`}>Theo dõi qua RSS</a>
      </p>
      {pages.length === 0 ? (
        <p className="notice">Chưa có tin bài nào về chủ đề này.</p>
      ) : (
        <PageList pages={pages} label={`Tin bài về ${topic.name}`} />
      )}
      <Pager basePath={base} params={query} info={data.articles.pageInfo} />
      {questions.length > 0 ? (
        <section aria-labelledby="hoi-dap-chu-de">
          <h2 id="hoi-dap-chu-de">Hỏi đáp về {topic.name}</h2>
          <ul>
            {questions.map((question) => (
              <li key={question.id}>
                <Link href={question.urlPath}>{question.title}</Link>
              </li>
            ))}
          </ul>
          {(data.questions.totalCount ?? 0) > questions.length ? (
            <p>
              <Link href={`/hoi-dap/?chu-de=${encodeURIComponent(topic.slug)}`}>Xem mọi câu hỏi về chủ đề này</Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
