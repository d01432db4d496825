import type { Metadata } from "next";
import Link from "next/link";

import { CmsPage, cmsMetadata } from "@/components/CmsPage";
import { PortalTopicsDocument } from "@/gql/graphql";
import { load, shadowedBy } from "@/lib/discover";
import { listMetadata } from "@/lib/metadata";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  if (await shadowedBy("chu-de")) return cmsMetadata(["chu-de"]);
  return listMetadata("Chủ đề", "/chu-de/", "Nội dung của đơn vị theo từng chủ đề người lao động quan tâm.");
}

export default async function TopicsPage() {
  if (await shadowedBy("chu-de")) return <CmsPage segments={["chu-de"]} />;
  const { topics } = await load(PortalTopicsDocument, {});
  return (
    <>
      <h1>Chủ đề</h1>
      {topics.length === 0 ? (
        <p className="notice">Chưa có chủ đề nào.</p>
      ) : (
        <ul className="topics" aria-label="Các chủ đề">
          {topics.map((topic) => (
            <li key={topic.slug} data-testid="topic">
              <h2>
                <Link href={`/chu-de/${encodeURIComponent(topic.slug)}/`}>{topic.name}</Link>
              </h2>
              {topic.description ? <p>{topic.description}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
