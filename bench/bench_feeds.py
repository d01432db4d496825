#!/usr/bin/env python
"""Feeds and sitemaps: uncached vs cached vs 304, against the Redis floor, in one run.

One tenant (``bench_feeds``) whose organisation has BENCH_FEED_ARTICLES published articles
(Vietnamese titles and standfirsts) and BENCH_FEED_SHARES shares reaching it from a parent.
Requests go through Django's full request handling in this process (``django.test.Client``:
tenant middleware, URL resolving, the view), one at a time, interleaved shape by shape so
background load hits every variant alike:

* ``uncached``  the response cache entry is dropped before each request (the feed is built:
  organisation, merged statement, rendering) — what a request costs after a publish;
* ``hit``       the cached copy (one Redis GET);
* ``304``       a conditional request with the ETag of the cached copy;
* ``floor``     ``response_cache.get(key)`` alone: the one Redis round trip a hit needs,
  without Django around it (the practical floor of a hit).

Shapes: RSS, Atom and JSON Feed of the tenant (FEEDS_ITEMS = 50 items), the sitemap index
and its first file. Prints requests/s per variant and the ratios; writes the raw timings'
summary to bench/results/feeds-<timestamp>.json.

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_bench_feeds \\
      REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/bench_feeds.py
Options via environment: BENCH_FEED_ARTICLES (default 300), BENCH_FEED_SHARES (default 30),
BENCH_FEED_ROUNDS (requests per variant and shape, default 200).
"""

from __future__ import annotations

import datetime
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings_bench")

from congdoan.embedded_pg import ensure_if_needed  # noqa: E402

ensure_if_needed()

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402

from tenants.models import Tenant, TenantKind  # noqa: E402
from tenants.provisioning import drop_tenant, ensure_template, provision_tenant  # noqa: E402
from tenants.public import ensure_public_tenant  # noqa: E402

ARTICLES = int(os.environ.get("BENCH_FEED_ARTICLES", "300"))
SHARES = int(os.environ.get("BENCH_FEED_SHARES", "30"))
ROUNDS = int(os.environ.get("BENCH_FEED_ROUNDS", "200"))
WARMUP = 5
SCHEMA, DOMAIN = "bench_feeds", "bench-feeds.localhost"
PARENT_CODE, ORG_CODE = "XBENCH-TLD", "XBENCH-PA"
SHAPES = [
    "/feeds/rss.xml",
    "/feeds/atom.xml",
    "/feeds/feed.json",
    "/sitemap.xml",
    "/sitemaps/1.xml",
]


def _orgs(tenant):
    from hierarchy.actions import CreateOrganization
    from hierarchy.models import Kind, Organization

    Organization.objects.filter(code__in=[PARENT_CODE, ORG_CODE]).delete()
    parent = CreateOrganization(
        parent=None,
        code=PARENT_CODE,
        name="Tổng Liên đoàn thử nghiệm",
        kind=Kind.NATIONAL_FEDERATION,
    ).execute()
    org = CreateOrganization(
        parent=parent,
        code=ORG_CODE,
        name="Liên đoàn Lao động tỉnh thử nghiệm",
        kind=Kind.PROVINCIAL_FEDERATION,
    ).execute()
    Organization.objects.filter(pk=org.pk).update(tenant=tenant)
    return Organization.objects.get(pk=parent.pk)


def _share(issuer, tenant, n):
    from sharing.actions import IssueShare
    from sharing.scope import ScopeSpec

    title = f"Hướng dẫn số {n}/HD-TLĐ về chăm lo Tết cho đoàn viên"
    IssueShare(
        issuer=issuer,
        source_org=issuer,
        source_tenant=tenant,
        source_page_id=800_000 + n,
        snapshot={
            "title": title,
            "standfirst": f"Sa-pô của {title}",
            "url": f"http://tld.localhost/huong-dan-{n}/",
            "path": f"/huong-dan-{n}/",
            "date": timezone.now().isoformat(),
            "cover_url": None,
            "body": f"<p>Nội dung {title}.</p>",
            "page_type": "cms.articlepage",
            "revision_id": n,
            "text": {"title": title, "standfirst": "", "body": ""},
        },
        scope=ScopeSpec(root=issuer),
        mandatory=n % 5 == 0,
        expires_at=None,
        actor=None,
    ).execute()


def prepare() -> None:
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    ensure_public_tenant()
    ensure_template()
    tenant = Tenant.objects.filter(schema_name=SCHEMA).first()
    if tenant is not None:
        drop_tenant(tenant)
    tenant = provision_tenant(
        schema_name=SCHEMA,
        domain=DOMAIN,
        name="Liên đoàn Lao động tỉnh thử nghiệm",
        kind=TenantKind.PROVINCIAL_FEDERATION,
    ).tenant
    parent = _orgs(tenant)
    print(f"tenant {SCHEMA}: {ARTICLES} articles, {SHARES} shares …", flush=True)
    started = time.perf_counter()
    with schema_context(SCHEMA):
        from wagtail.models import Site

        from cms.models import ArticlePage

        home = Site.objects.get(is_default_site=True).root_page.specific
        for n in range(ARTICLES):
            page = ArticlePage(
                title=f"Công đoàn cơ sở số {n} tổ chức đối thoại về tiền lương",
                standfirst="Người lao động được tăng lương tối thiểu vùng 7,2% từ 1/7.",
            )
            home.add_child(instance=page)
            page.save_revision().publish()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    for n in range(SHARES):
        _share(parent, tenant, n)
    print(f"  seeded in {time.perf_counter() - started:.1f} s", flush=True)


def rate(samples: list[float]) -> float:
    return len(samples) / sum(samples) if samples else 0.0


def main() -> None:
    from delivery.cache import make_key, response_cache

    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    prepare()
    client = Client(HTTP_HOST=DOMAIN)
    results = {}
    for url in SHAPES:
        first = client.get(url)
        assert first.status_code == 200, (url, first.content[:300])
        etag = first["ETag"]
        kind = {"/sitemap.xml": "sitemap-index", "/sitemaps/1.xml": "sitemap"}.get(url)
        with schema_context(SCHEMA):
            if kind is None:
                key = make_key("feeds", "tenant", "http", DOMAIN, url.rsplit("/", 1)[1])
            else:
                parts = () if kind == "sitemap-index" else (1,)
                key = make_key("feeds", kind, "http", DOMAIN, *parts)
        assert response_cache.get(key) is not None, "the cache key of the bench is stale"
        times = {"uncached": [], "hit": [], "304": [], "floor": []}
        for i in range(WARMUP + ROUNDS):
            response_cache.client.delete(key)
            started = time.perf_counter()
            miss = client.get(url)
            took_miss = time.perf_counter() - started
            assert miss["X-Cache"] == "MISS"
            started = time.perf_counter()
            hit = client.get(url)
            took_hit = time.perf_counter() - started
            assert hit["X-Cache"] == "HIT"
            started = time.perf_counter()
            not_modified = client.get(url, HTTP_IF_NONE_MATCH=etag)
            took_304 = time.perf_counter() - started
            assert not_modified.status_code == 304
            started = time.perf_counter()
            entry = response_cache.get(key)
            took_floor = time.perf_counter() - started
            assert entry is not None and entry.etag == etag
            if i >= WARMUP:
                times["uncached"].append(took_miss)
                times["hit"].append(took_hit)
                times["304"].append(took_304)
                times["floor"].append(took_floor)
        summary = {
            name: {
                "requests_per_s": round(rate(samples), 1),
                "median_ms": round(statistics.median(samples) * 1000, 3),
                "p95_ms": round(sorted(samples)[int(len(samples) * 0.95) - 1] * 1000, 3),
            }
            for name, samples in times.items()
        }
        summary["bytes"] = len(first.content)
        summary["hit_vs_uncached"] = round(
            summary["hit"]["requests_per_s"] / summary["uncached"]["requests_per_s"], 2
        )
        summary["hit_vs_floor"] = round(
            summary["hit"]["requests_per_s"] / summary["floor"]["requests_per_s"], 3
        )
        results[url] = summary
        per_s = {name: summary[name]["requests_per_s"] for name in times}
        print(
            f"{url:<18} {summary['bytes']:>7} B  uncached {per_s['uncached']:>7}/s"
            f"  hit {per_s['hit']:>7}/s  304 {per_s['304']:>7}/s  floor {per_s['floor']:>7}/s"
            f"  hit/uncached {summary['hit_vs_uncached']:>5}x  hit/floor {summary['hit_vs_floor']}",
            flush=True,
        )
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    out = ROOT / "bench" / "results" / f"feeds-{stamp}.json"
    out.write_text(
        json.dumps(
            {
                "benchmark": "bench/bench_feeds.py",
                "when": stamp,
                "articles": ARTICLES,
                "shares": SHARES,
                "rounds": ROUNDS,
                "feed_items": settings.FEEDS_ITEMS,
                "client": "django.test.Client in process, sequential",
                "results": results,
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    print(f"raw results: {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
