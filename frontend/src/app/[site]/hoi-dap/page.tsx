import type { Metadata } from "next";
import Link from "next/link";

import { CmsPage, cmsMetadata } from "@/components/CmsPage";
import { Pager } from "@/components/Pager";
import { PortalQuestionsDocument } from "@/gql/graphql";
import { load, shadowedBy } from "@/lib/discover";
import { formatDate } from "@/lib/format";
import { listMetadata } from "@/lib/metadata";
import { param, paging, type SearchParams } from "@/lib/paging";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  if (await shadowedBy("hoi-dap")) return cmsMetadata(["hoi-dap"]);
  return listMetadata("Hỏi đáp", "/hoi-dap/", "Câu hỏi của người lao động và câu trả lời của công đoàn.");
}

/** Q&A: the organisation's questions, newest first, filtered by topic (?chu-de=slug); each
 * opens its own page (rendered by the page route). */
export default async function QuestionsPage({ searchParams }: Props) {
  if (await shadowedBy("hoi-dap")) return <CmsPage segments={["hoi-dap"]} />;
  const params = await searchParams;
  const topic = param(params, "chu-de");
  const data = await load(PortalQuestionsDocument, { topic: topic || null, ...paging(params) });
  const questions = data.questions.edges.map((edge) => edge.node);
  const current = data.topics.find((item) => item.slug === topic);
  return (
    <>
      <h1>Hỏi đáp</h1>
      <nav aria-label="Lọc theo chủ đề" className="chips">
        <Link href="/hoi-dap/" aria-current={!topic ? "page" : undefined}>
          Tất cả
        </Link>
        {data.topics.map((item) => (
          <Link
            key={item.slug}
            href={`/hoi-dap/?chu-de=${encodeURIComponent(item.slug)}`}
            aria-current={item.slug === topic ? "page" : undefined}
          >
            {item.name}
          </Link>
        ))}
      </nav>
      <p className="meta">
        {data.questions.totalCount ?? questions.length} câu hỏi{current ? ` về ${current.name}` : ""}
      </p>
      {questions.length === 0 ? (
        <p className="notice">Chưa có câu hỏi nào{current ? " về chủ đề này" : ""}.</p>
      ) : (
        <ol className="results" aria-label="Câu hỏi">
          {questions.map((question) => {
            const date = question.answeredOn || question.firstPublishedAt;
            return (
              <li key={question.id} className="result" data-testid="question">
                <h2>
                  <Link href={question.urlPath}>{question.title}</Link>
                </h2>
                <p className="meta">
                  {question.asker ? `Hỏi: ${question.asker}` : "Câu hỏi"}
                  {date ? (
                    <>
                      {" · Trả lời "}
                      <time dateTime={date}>{formatDate(date)}</time>
                    </>
                  ) : null}
                  {question.topic ? ` · ${question.topic.name}` : null}
                </p>
                {question.question ? <p className="summary">{question.question}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
      <Pager basePath="/hoi-dap/" params={params} info={data.questions.pageInfo} />
    </>
  );
}
