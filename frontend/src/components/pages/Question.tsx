import { PortalQuestionPageDocument } from "@/gql/graphql";
import { formatDate } from "@/lib/format";

import { load, ofType } from "./load";
import { DocumentList, Lines } from "./parts";
import type { TemplateProps } from "./types";

/** Hỏi đáp: the member's question, the answer (cleaned HTML), who answered, the legal basis. */
export async function Question({ page: route, host }: TemplateProps) {
  const page = ofType((await load(host, PortalQuestionPageDocument, { path: route.urlPath })).page, "QuestionPage");
  return (
    <>
      {page.topic ? <p className="meta">Chủ đề: {page.topic.name}</p> : null}
      <section className="qa-question" aria-labelledby="qa-question">
        <h2 id="qa-question">Câu hỏi</h2>
        <p data-testid="question">{page.question}</p>
        {page.asker ? <p className="meta">Người hỏi: {page.asker}</p> : null}
      </section>
      <section className="qa-answer" aria-labelledby="qa-answer">
        <h2 id="qa-answer">Trả lời</h2>
        <div className="body" data-testid="answer" dangerouslySetInnerHTML={{ __html: page.answer }} />
        {page.answeredBy || page.answeredOn ? (
          <p className="meta">
            {page.answeredBy}
            {page.answeredBy && page.answeredOn ? " · " : null}
            {page.answeredOn ? <time dateTime={page.answeredOn}>{formatDate(page.answeredOn)}</time> : null}
          </p>
        ) : null}
      </section>
      {page.legalBasis ? (
        <section className="legal" aria-labelledby="qa-legal">
          <h2 id="qa-legal">Căn cứ pháp lý</h2>
          <Lines text={page.legalBasis} />
        </section>
      ) : null}
      <DocumentList title="Văn bản được dẫn" documents={page.legalDocuments} />
    </>
  );
}
