import type { Metadata } from "next";
import Link from "next/link";

import { CmsPage, cmsMetadata } from "@/components/CmsPage";
import { Pager } from "@/components/Pager";
import {
  PortalOrgChildrenDocument,
  PortalOrgRootsDocument,
  PortalOrgSearchDocument,
  type PortalOrgFragment,
} from "@/gql/graphql";
import { load, shadowedBy } from "@/lib/discover";
import { listMetadata, requestOrigin } from "@/lib/metadata";
import { LEVEL_NAMES, organizationHref } from "@/lib/orgs";
import { param, paging, type SearchParams } from "@/lib/paging";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<SearchParams> };

const PAGE = 20;

export async function generateMetadata(): Promise<Metadata> {
  if (await shadowedBy("to-chuc")) return cmsMetadata(["to-chuc"]);
  return listMetadata(
    "Tìm công đoàn của bạn",
    "/to-chuc/",
    "Hệ thống tổ chức Công đoàn Việt Nam: tìm công đoàn cơ sở, công đoàn cấp trên và trang thông tin của từng đơn vị.",
  );
}

function orgLink(code: string) {
  return `/to-chuc/?ma=${encodeURIComponent(code)}`;
}

function OrgItem({ org, origin, path }: { org: PortalOrgFragment; origin: { scheme: string; port: string }; path?: string }) {
  const site = organizationHref(org.code, org.contentHome, origin);
  return (
    <li className="org" data-testid="org" data-code={org.code}>
      <h2>
        {org.childCount > 0 ? <Link href={orgLink(org.code)}>{org.name}</Link> : org.name}
      </h2>
      {path ? <p className="meta">{path}</p> : null}
      <p className="meta">
        {LEVEL_NAMES[org.level] ?? org.level}
        {org.childCount > 0 ? ` · ${org.childCount} đơn vị trực thuộc` : null}
        {org.memberCount > 0 ? ` · ${org.memberCount.toLocaleString("vi-VN")} đoàn viên` : null}
      </p>
      {org.address ? <p className="meta">{org.address}</p> : null}
      {site ? (
        <p>
          <a href={site} data-testid="org-site">
            Trang thông tin<span className="visually-hidden"> của {org.name}</span>
            {org.contentHome && !org.contentHome.isOwnTenant
              ? org.contentHome.micrositePageId
                ? ` (trang con trên trang của ${org.contentHome.tenantName})`
                : ` (đăng trên trang của ${org.contentHome.tenantName})`
              : null}
          </a>
        </p>
      ) : null}
    </li>
  );
}

/** "Find your union": the tree level by level from the Tổng Liên đoàn (?ma=<code> lists an
 * organisation's direct children, paged), or a search by name or code, accents optional
 * (?q=…); each organisation links to its own site as the API reports it. */
export default async function OrganizationsPage({ searchParams }: Props) {
  if (await shadowedBy("to-chuc")) return <CmsPage segments={["to-chuc"]} />;
  const params = await searchParams;
  const q = param(params, "q").slice(0, 100);
  const code = param(params, "ma");
  const origin = await requestOrigin();
  const form = (
    <form action="/to-chuc/" method="get" role="search" className="search-form">
      <label htmlFor="tim-to-chuc">Tên hoặc mã đơn vị</label>
      <div className="combo">
        <input id="tim-to-chuc" name="q" type="search" defaultValue={q} maxLength={100} />
      </div>
      <button type="submit" className="button">
        Tìm
      </button>
    </form>
  );

  if (q) {
    const data = await load(PortalOrgSearchDocument, { search: q, ...paging(params, PAGE) });
    const orgs = data.organizations.edges.map((edge) => edge.node);
    return (
      <>
        <h1>Tìm công đoàn của bạn</h1>
        {form}
        <p className="meta" role="status">
          {orgs.length === 0
            ? `Không tìm thấy đơn vị nào có tên “${q}”.`
            : `${data.organizations.totalCount ?? orgs.length} đơn vị cho “${q}”`}
        </p>
        <ul className="orgs" aria-label="Kết quả">
          {orgs.map((org) => (
            <OrgItem
              key={org.code}
              org={org}
              origin={origin}
              path={org.ancestors.map((item) => item.shortName || item.name).join(" › ")}
            />
          ))}
        </ul>
        <Pager basePath="/to-chuc/" params={params} info={data.organizations.pageInfo} />
        <p>
          <Link href="/to-chuc/">Xem theo cấp tổ chức</Link>
        </p>
      </>
    );
  }

  if (code) {
    const data = await load(PortalOrgChildrenDocument, { code, ...paging(params, PAGE) });
    const parent = data.organization;
    if (!parent) {
      return (
        <>
          <h1>Tìm công đoàn của bạn</h1>
          {form}
          <p className="notice">Không có đơn vị mã “{code}”.</p>
        </>
      );
    }
    const children = data.children.edges.map((edge) => edge.node);
    return (
      <>
        <nav aria-label="Cấp tổ chức" className="breadcrumbs">
          <Link href="/to-chuc/">Hệ thống tổ chức</Link>
          {parent.ancestors.map((item) => (
            <span key={item.code}>
              {" › "}
              <Link href={orgLink(item.code)}>{item.shortName || item.name}</Link>
            </span>
          ))}
        </nav>
        <h1>{parent.name}</h1>
        {form}
        <ul className="orgs" aria-label="Đơn vị đang xem">
          <OrgItem org={parent} origin={origin} />
        </ul>
        <h2 className="section-title">Đơn vị trực thuộc ({data.children.totalCount ?? children.length})</h2>
        {children.length === 0 ? (
          <p className="notice">Đơn vị này không có đơn vị trực thuộc.</p>
        ) : (
          <ul className="orgs" aria-label="Đơn vị trực thuộc">
            {children.map((org) => (
              <OrgItem key={org.code} org={org} origin={origin} />
            ))}
          </ul>
        )}
        <Pager basePath="/to-chuc/" params={params} info={data.children.pageInfo} />
      </>
    );
  }

  const data = await load(PortalOrgRootsDocument, {});
  const roots = data.organizations.edges.map((edge) => edge.node);
  return (
    <>
      <h1>Tìm công đoàn của bạn</h1>
      <p>Tìm theo tên, hoặc đi từ Tổng Liên đoàn xuống từng cấp đến công đoàn cơ sở của bạn.</p>
      {form}
      <ul className="orgs" aria-label="Hệ thống tổ chức">
        {roots.map((org) => (
          <OrgItem key={org.code} org={org} origin={origin} />
        ))}
      </ul>
    </>
  );
}
