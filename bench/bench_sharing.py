#!/usr/bin/env python
"""Sharing down the tree at national scale (the generated ~130,000-organisation tree).

Prints, on this machine and database:
  * sharing one page to the whole federation: rows written per table (O(1), not one per
    receiver), time, and whether a grassroots union's feed shows it at once;
  * the GraphQL feed of that grassroots union (own microsite pages + 1,000 shares in scope,
    with 100,000 shares elsewhere in the tree): p50/p95 latency through the full request
    path (host -> tenant -> GraphQL view) and SQL statements per page size;
  * the compliance report of a federation-wide directive (aggregate SQL over the tree);
  * retracting the item carried by every organisation: time and rows written.

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_bench_share \\
      .venv/bin/python bench/bench_sharing.py
It creates that database if needed, imports the tree once (reused on later runs), and
empties the sharing tables first. Options: BENCH_RUNS (default 200).
"""

import datetime
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "congdoan.settings.dev")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/congdoan_bench_share")


def ensure_database(url: str) -> None:
    import dj_database_url
    import psycopg

    cfg = dj_database_url.parse(url)
    with psycopg.connect(
        host=cfg["HOST"] or "127.0.0.1",
        port=cfg["PORT"] or 5432,
        user=cfg["USER"] or "postgres",
        password=cfg["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as conn:
        if not conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [cfg["NAME"]]
        ).fetchone():
            conn.execute(f'CREATE DATABASE "{cfg["NAME"]}"')


ensure_database(os.environ["DATABASE_URL"])

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_tenants.utils import schema_context, tenant_context  # noqa: E402

from hierarchy.actions import CreateMicrosite  # noqa: E402
from hierarchy.generator import generate  # noqa: E402
from hierarchy.importer import import_rows  # noqa: E402
from hierarchy.models import Kind, Level, Organization  # noqa: E402
from sharing.actions import RetractShare, SharePage  # noqa: E402  # noqa: E402
from sharing.compliance import compliance  # noqa: E402
from sharing.models import AuditEntry, Proposal, Receipt, Reminder, Share  # noqa: E402
from sharing.scope import ScopeSpec, count_reached  # noqa: E402
from tenants.models import Tenant, TenantKind  # noqa: E402
from tenants.provisioning import drop_tenant, ensure_template, provision_tenant  # noqa: E402
from tenants.public import ensure_public_tenant  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "200"))
IN_SCOPE, ELSEWHERE = 1_000, 100_000
TABLES = [Share, Receipt, AuditEntry, Reminder, Proposal]

FEED = """
query ($org: String!, $first: Int, $after: String) {
  feed(organization: $org, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id origin title standfirst url date mandatory pinned
                   source { code name } sharedBy { code } } }
  }
}
"""


def counts() -> dict:
    return {m.__name__: m.objects.count() for m in TABLES}


def tree() -> None:
    n = Organization.objects.count()
    if n > 100_000:
        print(f"  org tree already imported: {n:,} organisations")
        return
    t0 = time.perf_counter()
    rows = generate("full")
    report = import_rows(rows, source="bench-sharing")
    print(f"  imported the generated tree: {report.summary()} in {time.perf_counter() - t0:.1f} s")


def tenant_for(org: Organization, schema: str, domain: str) -> Tenant:
    """A fresh tenant for ``org`` (the previous run's one dropped, with the microsites it
    hosted), cloned from the current template."""
    old = Tenant.objects.filter(schema_name=schema).first()
    if old is not None:
        Organization.objects.filter(microsite_host=old).update(
            microsite_host=None, microsite_page_id=None
        )
        Organization.objects.filter(tenant=old).update(tenant=None)
        drop_tenant(old)
    tenant = provision_tenant(
        schema_name=schema, domain=domain, name=org.name, kind=TenantKind.PROVINCIAL_FEDERATION
    ).tenant
    Organization.objects.filter(pk=org.pk).update(tenant=tenant)
    return tenant


def snapshot(title: str, when: datetime.datetime, n: int) -> dict:
    body = (
        f"<p>{title}. Căn cứ Kế hoạch số {n}/KH-TLĐ, đề nghị các cấp công đoàn tổ chức "
        "tuyên truyền tới đoàn viên, người lao động về chính sách tiền lương, bảo hiểm xã hội "
        "và an toàn, vệ sinh lao động.</p>"
    )
    return {
        "title": title,
        "standfirst": "Tin chia sẻ từ cấp trên tới các công đoàn trực thuộc.",
        "url": f"https://congdoan.vn/tin-{n}/",
        "path": f"/tin-{n}/",
        "date": when.isoformat(),
        "cover_url": None,
        "body": body,
        "page_type": "cms.articlepage",
        "revision_id": n,
        "text": {"title": title, "standfirst": "", "body": body},
    }


def bulk_shares(grassroots, chain, source_tenant) -> None:
    """1,000 shares reaching ``grassroots`` and 100,000 rooted elsewhere (bulk insert)."""
    rnd = random.Random(7)
    now = timezone.now()
    ancestor_ids = {o.pk for o in chain}
    tld, province, upper = chain[0], chain[1], chain[2]
    others = list(
        Organization.objects.exclude(pk__in=ancestor_ids)
        .exclude(path__startswith=grassroots.path)
        .values_list("pk", flat=True)
    )
    rows = []

    def add(root_id, n, **extra):
        when = now - datetime.timedelta(minutes=rnd.randint(1, 525_600))
        title = f"Tin chia sẻ số {n}"
        rows.append(
            Share(
                issuer_id=root_id,
                source_org_id=root_id,
                source_tenant=source_tenant,
                source_page_id=1_000_000 + n,
                scope_root_id=root_id,
                title=title,
                published_at=when,
                revision_id=n,
                snapshot=snapshot(title, when, n),
                changed_at=when,
                created_at=when,
                **extra,
            )
        )

    for n in range(IN_SCOPE):
        root = (tld, tld, province, province, upper)[n % 5]
        extra = {"mandatory": n % 10 == 0}
        if n % 7 == 0:
            extra["levels"] = [Level.GRASSROOTS]
        if n % 11 == 0:
            extra["include_ids"] = [grassroots.pk]
            root = upper
        add(root.pk, n, **extra)
    for n in range(IN_SCOPE, IN_SCOPE + ELSEWHERE):
        add(rnd.choice(others), n, mandatory=n % 10 == 0)
    t0 = time.perf_counter()
    Share.objects.bulk_create(rows, batch_size=5_000)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE sharing_share")
    print(f"  inserted {len(rows):,} shares in {time.perf_counter() - t0:.1f} s")
    optional = list(
        Share.objects.filter(scope_root_id__in=ancestor_ids, mandatory=False).values_list(
            "pk", flat=True
        )[:25]
    )
    Receipt.objects.bulk_create(
        [Receipt(share_id=pk, organization=grassroots, pinned=True) for pk in optional[:5]]
        + [Receipt(share_id=pk, organization=grassroots, hidden=True) for pk in optional[5:]]
    )


def microsite_pages(grassroots, host) -> None:
    if not grassroots.microsite_page_id:
        CreateMicrosite(grassroots).execute()
        grassroots.refresh_from_db()
    with schema_context(host.schema_name):
        from wagtail.models import Page

        from cms.models import ArticlePage

        root = Page.objects.get(pk=grassroots.microsite_page_id)
        have = root.get_children().count()
        for i in range(have, 20):
            page = ArticlePage(title=f"Hoạt động công đoàn cơ sở số {i + 1}", standfirst="Tin")
            root.add_child(instance=page)
            page.save_revision().publish()


def percentile(samples, q):
    samples = sorted(samples)
    return samples[min(len(samples) - 1, round(q * (len(samples) - 1)))]


def feed_request(client, code, first, after=None):
    response = client.post(
        "/graphql/",
        json.dumps({"query": FEED, "variables": {"org": code, "first": first, "after": after}}),
        content_type="application/json",
    )
    body = response.json()
    assert "errors" not in body, body
    return body["data"]["feed"]


def main():
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    ensure_public_tenant()
    t0 = time.perf_counter()
    ensure_template(rebuild=True)  # the digest only sees migration names
    print(f"template rebuilt in {time.perf_counter() - t0:.1f} s")
    connection.set_schema_to_public()
    print("Org tree")
    tree()
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE sharing_auditentry, sharing_reminder, sharing_receipt, sharing_share, "
            "sharing_proposalstep, sharing_proposal RESTART IDENTITY CASCADE"
        )
    tld = Organization.objects.get(code="TLD")
    hanoi = Organization.objects.get(code="LDLD-HA-NOI")
    print("Tenants (federation: source of the shared page; Hà Nội: hosts the grassroots feed)")
    tld_tenant = tenant_for(tld, "bench_share_tld", "tld.bench-share.localhost")
    hanoi_tenant = tenant_for(hanoi, "bench_share_hanoi", "hanoi.bench-share.localhost")
    zone = Organization.objects.get(
        path__startswith=hanoi.path, kind=Kind.INDUSTRIAL_ZONE_UNION, depth=3
    )
    grassroots = (
        Organization.objects.filter(path__startswith=zone.path, level=Level.GRASSROOTS)
        .order_by("path")
        .first()
    )
    chain = list(grassroots.ancestors_and_self())
    print(f"  grassroots union {grassroots.code}: " + " > ".join(o.code for o in chain))
    grassroots.refresh_from_db()
    microsite_pages(grassroots, hanoi_tenant)

    print("\nShares")
    bulk_shares(grassroots, chain, tld_tenant)

    settings.DEBUG = False
    client = Client(HTTP_HOST="hanoi.bench-share.localhost")

    print("\nSharing one page with the whole federation")
    with schema_context(tld_tenant.schema_name):
        from wagtail.models import Site

        from cms.models import ArticlePage

        home = Site.objects.get(is_default_site=True).root_page
        page = ArticlePage(
            title="Chỉ đạo của Tổng Liên đoàn về Tháng Công nhân 2026",
            standfirst="Toàn hệ thống công đoàn triển khai Tháng Công nhân.",
            body="<p>Các cấp công đoàn xây dựng kế hoạch và báo cáo kết quả.</p>",
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        with transaction.atomic():  # warm-up (imports, caches), rolled back
            t0 = time.perf_counter()
            SharePage(page, ScopeSpec(root=tld), actor=None).execute()
            cold = time.perf_counter() - t0
            transaction.set_rollback(True)
        before = counts()
        t0 = time.perf_counter()
        with CaptureQueriesContext(connection) as ctx:
            share = SharePage(page, ScopeSpec(root=tld), actor=None, mandatory=True).execute()
        elapsed = time.perf_counter() - t0
    after = counts()
    written = {k: after[k] - before[k] for k in after}
    reached = count_reached(share)
    print(
        f"  rows written: {written} (total {sum(written.values())}) for {reached:,} "
        f"receiving organisations; {elapsed * 1000:.1f} ms, {len(ctx.captured_queries)} statements"
        f" (first call in a fresh process: {cold * 1000:.0f} ms)"
    )
    data = feed_request(client, grassroots.code, 20)
    ids = [e["node"]["id"] for e in data["edges"]]
    position = ids.index(f"share:{share.pk}") + 1 if f"share:{share.pk}" in ids else None
    shown = f"yes, item {position}" if position else "NO"
    print(f"  in {grassroots.code}'s feed at once: {shown}")

    print(f"\nFeed of {grassroots.code} ({IN_SCOPE:,} shares in scope, {ELSEWHERE:,} elsewhere)")
    total = data["totalCount"]
    print(f"  totalCount {total:,} (own pages + inherited, minus hidden)")
    for first in (10, 20, 50, 100):
        with CaptureQueriesContext(connection) as ctx:
            feed_request(client, grassroots.code, first)
        sql = [q["sql"] for q in ctx.captured_queries]
        print(
            f"  first={first:<4} statements={len(sql)} "
            f"(SET search_path: {sum(s.startswith('SET search_path') for s in sql)})"
        )
    for label, first, cursor in (
        ("first page (20)", 20, None),
        ("third page (20, keyset cursor)", 20, "page3"),
    ):
        after_cursor = None
        if cursor:
            after_cursor = feed_request(client, grassroots.code, 40)["pageInfo"]["endCursor"]
        samples = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            feed_request(client, grassroots.code, first, after_cursor)
            samples.append((time.perf_counter() - t0) * 1000)
        print(
            f"  {label:<32} p50={statistics.median(samples):6.2f} ms  "
            f"p95={percentile(samples, 0.95):6.2f} ms  max={max(samples):6.2f} ms  (n={RUNS})"
        )
    from graphql_api.content.visibility import Visibility
    from sharing.feed import Feed, resolve_receiver, site_root

    with tenant_context(hanoi_tenant):
        site = site_root()
        samples = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            Feed(resolve_receiver(grassroots.code), Visibility(), site).page(20)
            samples.append((time.perf_counter() - t0) * 1000)
        print(
            f"  {'resolver only (no HTTP/GraphQL)':<32} p50={statistics.median(samples):6.2f} ms  "
            f"p95={percentile(samples, 0.95):6.2f} ms"
        )

    print("\nCompliance of the federation-wide directive")
    rnd = random.Random(11)
    ids = list(Organization.objects.filter(status="active").values_list("pk", flat=True))
    acked = rnd.sample(ids, len(ids) // 10)
    now = timezone.now()
    Receipt.objects.bulk_create(
        [Receipt(share=share, organization_id=i, acknowledged_at=now) for i in acked],
        batch_size=10_000,
    )
    for label, node in (("whole federation", None), ("province Hà Nội", hanoi)):
        samples = []
        for _ in range(5):
            t0 = time.perf_counter()
            with CaptureQueriesContext(connection) as ctx:
                report = compliance(share, node)
            samples.append((time.perf_counter() - t0) * 1000)
        print(
            f"  {label:<18} {report.total.acknowledged:,}/{report.total.total:,} acknowledged, "
            f"{len(report.by_subtree)} subtree rows: p50={statistics.median(samples):7.1f} ms, "
            f"{len(ctx.captured_queries)} statements"
        )

    print("\nRetracting the item carried by every organisation")
    before = counts()
    t0 = time.perf_counter()
    with CaptureQueriesContext(connection) as ctx:
        RetractShare(share, actor=None, reason="Bench").execute()
    elapsed = time.perf_counter() - t0
    after = counts()
    print(
        f"  retracted from {reached:,} organisations in {elapsed * 1000:.1f} ms, "
        f"{len(ctx.captured_queries)} statements, rows written: "
        f"{ {k: after[k] - before[k] for k in after} } + 1 row updated"
    )
    ids = [e["node"]["id"] for e in feed_request(client, grassroots.code, 100)["edges"]]
    print(f"  gone from {grassroots.code}'s feed at once: {f'share:{share.pk}' not in ids}")


if __name__ == "__main__":
    main()
