import Link from "next/link";

import { ChildList } from "@/components/ChildList";
import { PortalHomePageDocument } from "@/gql/graphql";

import { listVariables, load, ofType } from "./load";
import { Facts } from "./parts";
import type { TemplateProps } from "./types";

/**
 * Trang chủ opened by its path (a microsite's root, for example): introduction, featured
 * links, the organisation's profile and contacts, and its sections. The portal's own `/`
 * is the feed (app/page.tsx).
 */
export async function Home({ page: route, cursor, host }: TemplateProps) {
  const data = await load(host, PortalHomePageDocument, { path: route.urlPath, id: route.id, ...listVariables(cursor) });
  const page = ofType(data.page, "HomePage");
  return (
    <>
      {page.intro ? <div className="standfirst" dangerouslySetInnerHTML={{ __html: page.intro }} /> : null}
      {page.featuredItems.length > 0 ? (
        <ul className="featured">
          {page.featuredItems.map((item) => (
            <li key={item.page.urlPath}>
              <Link className="button" href={item.page.urlPath}>
                {item.label || item.page.title}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {page.about ? <div className="body" dangerouslySetInnerHTML={{ __html: page.about }} /> : null}
      <Facts
        rows={[
          ["Địa chỉ", page.address],
          ["Điện thoại", page.phone ? <a key="p" href={`tel:${page.phone.replace(/[^\d+]/g, "")}`}>{page.phone}</a> : ""],
          ["Thư điện tử", page.email ? <a key="e" href={`mailto:${page.email}`}>{page.email}</a> : ""],
        ]}
      />
      <ChildList pages={data.children} basePath={route.urlPath} cursor={cursor} title="Chuyên mục" />
    </>
  );
}
