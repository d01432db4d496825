#!/usr/bin/env python
"""Cached reads: persisted GET hits and 304s against the practical floor, publish-to-fresh
latency, and the purge of a widely shared item.

1. **Throughput** (wrk, concurrent): a cached persisted GET (200 from the response cache) and
   the same GET with a matching ``If-None-Match`` (304), against a plain Django view that
   returns the same bytes from Redis (``bench/urls_cache.py``, the practical floor). Each
   behind its own gunicorn sync worker, same run, same tenant host and middleware. Redis
   commands per hit are counted with ``MONITOR`` (response-cache keys and all keys).
2. **Publish -> next read**: ``BENCH_TENANTS`` tenants (default 50) each hold
   ``BENCH_VARIANTS`` (default 20) cached feed responses carrying one shared item (1,000
   responses); the source page is re-published (``page_published`` -> the share's snapshot
   -> ``share_changed`` -> purge on commit) and one response per tenant is read; the time
   from the start of the publish to each read returning the new title is recorded.
3. **Retract to 2,000 receivers**: 2,000 cached responses in 2,000 tenant schemas carry one
   share (entries stored through ``response_cache.set`` with the tags a feed records, as
   provisioning 2,000 schemas is out of reach here); ``RetractShare`` purges them; purged
   entries, ``invalidate`` calls, Redis round trips and CDN purge calls are counted.

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_bench_cache \\
      REDIS_URL=redis://127.0.0.1:6379/5 .venv/bin/python bench/bench_cache.py
Options: BENCH_TENANTS, BENCH_VARIANTS, BENCH_SECONDS (wrk duration, default 8), BENCH_ROUNDS
(interleaved floor/hit/304 rounds, default 2),
BENCH_CONNECTIONS (default 8), BENCH_RECEIVERS (default 2000), BENCH_TRIALS (default 3).
Raw results: bench/results/cache.json.
"""

from __future__ import annotations

import datetime
import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings_cache")

from bench.servers import wait_listening  # noqa: E402
from congdoan.embedded_pg import ensure_if_needed  # noqa: E402

ensure_if_needed()

import django  # noqa: E402

django.setup()

import redis  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402

from delivery import cache as cache_module  # noqa: E402
from delivery import tags  # noqa: E402
from delivery.cache import make_key, response_cache  # noqa: E402
from graphql_api.models import PersistedQuery, query_hash  # noqa: E402
from hierarchy.actions import CreateOrganization  # noqa: E402
from hierarchy.models import Kind, Organization  # noqa: E402
from sharing.actions import RetractShare, SharePage  # noqa: E402
from sharing.models import Share, ShareStatus  # noqa: E402
from sharing.scope import ScopeSpec  # noqa: E402
from tenants.models import Tenant, TenantKind  # noqa: E402
from tenants.provisioning import ensure_template, provision_tenant  # noqa: E402
from tenants.public import ensure_public_tenant  # noqa: E402

TENANTS = int(os.environ.get("BENCH_TENANTS", "50"))
VARIANTS = int(os.environ.get("BENCH_VARIANTS", "20"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "8"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
RECEIVERS = int(os.environ.get("BENCH_RECEIVERS", "2000"))
TRIALS = int(os.environ.get("BENCH_TRIALS", "3"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "2"))
RESULTS = ROOT / "bench" / "results"
PREFIX = "bench_cache"

FEED = """query Feed($first: Int) { feed(first: $first) { totalCount edges { node {
  id title standfirst url date pageType mandatory pinned correction
  source { code name } sharedBy { code name } } } } }"""
PAGES = """query Pages { pages(first: 20) { totalCount edges { node {
  id title slug urlPath firstPublishedAt pageType } } } }"""


# --- world --------------------------------------------------------------------------------


def schema(i: int) -> str:
    return f"{PREFIX}_{i:02d}"


def domain(i: int) -> str:
    return f"{PREFIX.replace('_', '-')}-{i:02d}.localhost"


def build_world() -> tuple[Organization, object]:
    """TENANTS tenants, one organisation each under a root organisation owned by tenant 0,
    a page in tenant 0 shared to the whole subtree; the feed and pages queries registered
    in every tenant."""
    from django.core.management import call_command

    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    ensure_public_tenant("public.localhost")
    ensure_template()
    root = Organization.objects.filter(code="BCROOT").first()
    if root is None:
        root = CreateOrganization(
            parent=None,
            code="BCROOT",
            name="Tổng Liên đoàn (đo bộ đệm)",
            kind=Kind.NATIONAL_FEDERATION,
        ).execute()
    for i in range(TENANTS):
        tenant = Tenant.objects.filter(schema_name=schema(i)).first()
        if tenant is None:
            tenant = provision_tenant(
                schema_name=schema(i),
                name=f"Liên đoàn Lao động đo {i:02d}",
                domain=domain(i),
                kind=TenantKind.PROVINCIAL_FEDERATION,
            ).tenant
        if i == 0:
            Organization.objects.filter(pk=root.pk).update(tenant=tenant)
        else:
            code = f"BC{i:03d}"
            org = (
                Organization.objects.filter(code=code).first()
                or CreateOrganization(
                    parent=root,
                    code=code,
                    name=f"Liên đoàn Lao động đo {i:02d}",
                    kind=Kind.PROVINCIAL_FEDERATION,
                ).execute()
            )
            Organization.objects.filter(pk=org.pk).update(tenant=tenant)
        with schema_context(schema(i)):
            for text, name in ((FEED, "Dòng tin"), (PAGES, "Danh sách trang")):
                PersistedQuery.objects.get_or_create(
                    sha256=query_hash(text), defaults={"name": name, "query": text}
                )
    root.refresh_from_db()
    with schema_context(schema(0)):
        from wagtail.models import Site

        from cms.models import ArticlePage

        home = Site.objects.get(is_default_site=True).root_page
        page = ArticlePage.objects.filter(slug="tin-chia-se-do-bo-dem").first()
        if page is None:
            page = ArticlePage(title="Tin chia sẻ (đo bộ đệm)", slug="tin-chia-se-do-bo-dem")
            home.add_child(instance=page)
            page.save_revision().publish()
        for n in range(20):
            if not ArticlePage.objects.filter(slug=f"tin-{n}").exists():
                extra = ArticlePage(title=f"Tin số {n} của Công đoàn", slug=f"tin-{n}")
                home.add_child(instance=extra)
                extra.save_revision().publish()
        # The shared page is tenant 0's newest own page: every feed variant there shows it.
        old = timezone.now() - datetime.timedelta(days=30)
        ArticlePage.objects.filter(slug__regex=r"^tin-[0-9]+$").update(first_published_at=old)
        ArticlePage.objects.filter(pk=page.pk).update(first_published_at=timezone.now())
        page = ArticlePage.objects.get(pk=page.pk)
        share = Share.objects.filter(
            source_page_id=page.pk, status=ShareStatus.ACTIVE, scope_root=root
        ).first()
        if share is None:
            share = SharePage(page, ScopeSpec(root=root), actor=None).execute()
    return root, page


# --- servers ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """One gunicorn sync worker (bench/settings_cache.py)."""

    def __init__(self, name: str):
        self.name, self.port = name, free_port()
        gunicorn = Path(sys.executable).parent / "gunicorn"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.settings_cache",
            "PYTHONPATH": str(ROOT),
        }
        self.log = open(Path(tempfile.gettempdir()) / f"bench-cache-{name}.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                str(gunicorn),
                "congdoan.wsgi:application",
                "-w",
                "1",
                "-k",
                "sync",
                "-b",
                f"127.0.0.1:{self.port}",
                "--timeout",
                "120",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_listening(self.process, self.port, what=name, log=self.log.name, timeout=60)

    def get(self, path: str, host: str, headers: dict | None = None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        conn.request("GET", path, headers={"Host": host, **(headers or {})})
        response = conn.getresponse()
        body = response.read()
        conn.close()
        return response.status, dict(response.getheaders()), body

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)
        self.log.close()


def wrk(port: int, path: str, host: str, headers: dict | None = None) -> dict:
    args = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency", "-H", f"Host: {host}"]
    for name, value in (headers or {}).items():
        args += ["-H", f"{name}: {value}"]
    out = subprocess.run(
        [*args, f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    scale = {"us": 0.001, "ms": 1, "s": 1000}
    return {
        "rps": rps,
        "errors": int(non2xx.group(1)) if non2xx else 0,
        "p99_ms": float(p99.group(1)) * scale[p99.group(2)] if p99 else None,
    }


class Monitor:
    """Redis MONITOR on the response cache's database: commands seen while active."""

    def __init__(self):
        self.client = redis.Redis.from_url(response_cache.url)
        self.db = self.client.connection_pool.connection_kwargs.get("db", 0)
        self.lines: list[str] = []
        self._stop = threading.Event()

    def __enter__(self):
        self.monitor = self.client.monitor()
        self.monitor.__enter__()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        time.sleep(0.3)
        return self

    def _run(self):
        for event in self.monitor.listen():
            if self._stop.is_set():
                break
            if event.get("db") == self.db:
                self.lines.append(event["command"])

    def __exit__(self, *exc):
        time.sleep(0.3)
        self._stop.set()
        self.client.set("bench:monitor:stop", 1)  # wakes the listener
        self.thread.join(timeout=5)
        self.monitor.__exit__(*exc)


# --- 1. throughput ------------------------------------------------------------------------


def throughput() -> dict:
    sha = query_hash(PAGES)
    path = "/graphql/?" + urlencode(
        {"extensions": json.dumps({"persistedQuery": {"version": 1, "sha256Hash": sha}})}
    )
    host = domain(0)
    api, floor = Server("api"), Server("floor")
    try:
        status, headers, body = api.get(path, host)
        assert status == 200 and headers["X-Cache"] == "MISS", (status, headers, body[:300])
        status, headers, hit = api.get(path, host)
        assert headers["X-Cache"] == "HIT" and hit == body
        etag = headers["ETag"]
        rc = redis.Redis.from_url(response_cache.url)
        rc.set("bench:floor", body)
        status, _, floor_body = floor.get("/floor/cached/", host)
        assert status == 200 and floor_body == body, "the floor returns the same bytes"
        with Monitor() as mon:
            for _ in range(10):
                assert api.get(path, host)[0] == 200
        ours = [c for c in mon.lines if "rc:" in c]
        with Monitor() as floor_mon:
            for _ in range(10):
                floor.get("/floor/cached/", host)
        # Interleaved rounds, so background load hits the three alike.
        rounds = [
            {
                "floor": wrk(floor.port, "/floor/cached/", host),
                "hit": wrk(api.port, path, host),
                "not_modified": wrk(api.port, path, host, {"If-None-Match": etag}),
            }
            for _ in range(ROUNDS)
        ]
        status, headers, _ = api.get(path, host, {"If-None-Match": etag})
        assert status == 304
    finally:
        api.stop()
        floor.stop()

    def total(name):
        return sum(r[name]["rps"] for r in rounds) / len(rounds)

    floor_rps = total("floor")
    return {
        "rounds": rounds,
        "floor_rps": floor_rps,
        "hit_rps": total("hit"),
        "not_modified_rps": total("not_modified"),
        "hit_ratio_to_floor": total("hit") / floor_rps,
        "not_modified_ratio_to_floor": total("not_modified") / floor_rps,
        "response_bytes": len(body),
        "redis_commands_per_hit_response_cache": len(ours) / 10,
        "redis_commands_per_hit_all": len(mon.lines) / 10,
        "redis_commands_per_floor_request_all": len(floor_mon.lines) / 10,
        "response_cache_commands_sample": ours[:3],
    }


# --- 2. publish -> next read --------------------------------------------------------------


def feed_path(first: int) -> str:
    sha = query_hash(FEED)
    return "/graphql/?" + urlencode(
        {
            "extensions": json.dumps({"persistedQuery": {"version": 1, "sha256Hash": sha}}),
            "variables": json.dumps({"first": first}),
        }
    )


def publish_to_fresh(page) -> dict:
    clients = [Client(HTTP_HOST=domain(i)) for i in range(TENANTS)]
    latencies, warm_seconds, purged, reads, publish_seconds = [], [], [], [], []
    for trial in range(TRIALS):
        started = time.perf_counter()
        for i, client in enumerate(clients):
            for first in range(1, VARIANTS + 1):
                response = client.get(feed_path(first))
                assert response.status_code == 200, (i, response.content[:300])
        warm_seconds.append(time.perf_counter() - started)
        cached = len(response_cache.keys_for(tags.share(page_share_id(page))))
        title = f"Tin chia sẻ (đo bộ đệm) lần {trial} {time.time():.0f}"
        connection.set_schema(schema(0))
        from cms.models import ArticlePage

        fresh = ArticlePage.objects.get(pk=page.pk)
        fresh.title = title
        t0 = time.perf_counter()
        fresh.save_revision().publish()  # autocommit: purged on commit, before it returns
        publish_seconds.append(time.perf_counter() - t0)
        connection.set_schema_to_public()
        for i, client in enumerate(clients):
            r0 = time.perf_counter()
            response = client.get(feed_path(1 + (trial + i) % VARIANTS))
            read = time.perf_counter() - r0
            shown = [e["node"]["title"] for e in response.json()["data"]["feed"]["edges"]]
            assert title in shown, (i, "stale read after publish", shown)
            # A reader arriving as the publish started sees the new content after the
            # publish (write + purge) and its own read.
            latencies.append(publish_seconds[-1] + read)
            reads.append(read)
        purged.append(cached)
    latencies.sort()
    reads.sort()
    return {
        "tenants": TENANTS,
        "cached_responses_carrying_item": purged,
        "reads": len(latencies),
        "publish_ms": [round(x * 1000, 1) for x in publish_seconds],
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[int(len(latencies) * 0.95) - 1] * 1000,
        "max_ms": latencies[-1] * 1000,
        "read_p95_ms": reads[int(len(reads) * 0.95) - 1] * 1000,
        "warm_seconds": warm_seconds,
    }


def page_share_id(page) -> int:
    return (
        Share.objects.filter(
            source_page_id=page.pk, source_tenant__schema_name=schema(0), status=ShareStatus.ACTIVE
        )
        .values_list("pk", flat=True)
        .first()
    )


# --- 3. retract an item carried by 2,000 tenants ------------------------------------------


def retract_wide(root) -> dict:
    from wagtail.models import Site

    from cms.models import ArticlePage

    with schema_context(schema(0)):
        home = Site.objects.get(is_default_site=True).root_page
        page = ArticlePage(title="Chỉ đạo đo thu hồi", slug=f"chi-dao-thu-hoi-{time.time_ns()}")
        home.add_child(instance=page)
        page.save_revision().publish()
        share = SharePage(page, ScopeSpec(root=root), actor=None).execute()
    body = b'{"data":{"feed":{"edges":[]}}}'
    for i in range(RECEIVERS):
        name = f"{PREFIX}_r{i:04d}"
        with schema_context(name):
            key = make_key("gql", "feed", {"first": 20}, f"r{i}.localhost", "http", "")
        response_cache.set(
            key,
            body,
            content_type="application/json",
            max_age=600,
            tags=[
                tags.tenant(name),
                tags.share(share.pk),
                *tags.subtrees(root.path + "0001"),
                tags.org(1_000_000 + i),
                tags.pages(name),
            ],
        )
    before = len(response_cache.keys_for(tags.share(share.pk)))
    counts = {"invalidate_calls": 0, "pipelines": 0, "cdn_purge_calls": 0}
    real_invalidate, real_pipeline = cache_module.invalidate, response_cache.client.pipeline
    real_purge = cache_module.purge_cdn

    def invalidate(found):
        counts["invalidate_calls"] += 1
        return real_invalidate(found)

    def pipeline(*args, **kwargs):
        counts["pipelines"] += 1
        return real_pipeline(*args, **kwargs)

    def purge(found):
        calls = real_purge(found)
        counts["cdn_purge_calls"] += calls
        return calls

    import delivery.invalidation as invalidation_module

    invalidation_module.invalidate = invalidate
    response_cache.client.pipeline = pipeline
    cache_module.purge_cdn = purge
    try:
        t0 = time.perf_counter()
        RetractShare(share, actor=None).execute()
        seconds = time.perf_counter() - t0
    finally:
        invalidation_module.invalidate = real_invalidate
        response_cache.client.pipeline = real_pipeline
        cache_module.purge_cdn = real_purge
    after = len(response_cache.keys_for(tags.share(share.pk)))
    return {
        "receivers": RECEIVERS,
        "cached_before": before,
        "cached_after": after,
        "retract_ms": seconds * 1000,
        **counts,
    }


def main() -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    connection.set_schema_to_public()
    started = time.time()
    root, page = build_world()
    print(f"world ready: {TENANTS} tenants ({time.time() - started:.0f} s)")
    results = {
        "settings": {
            "rounds": ROUNDS,
            "tenants": TENANTS,
            "variants": VARIANTS,
            "seconds": SECONDS,
            "connections": CONNECTIONS,
            "receivers": RECEIVERS,
            "trials": TRIALS,
            "max_age": settings.GRAPHQL_CACHE_MAX_AGE,
        }
    }
    response_cache.client.flushdb()
    results["throughput"] = t = throughput()
    print("\n1. Cached persisted GET vs a Django view returning the same bytes from Redis")
    print(
        f"   ({t['response_bytes']} bytes, wrk -t1 -c{CONNECTIONS} -d{SECONDS}s, {ROUNDS} "
        "interleaved rounds, one gunicorn sync worker each)"
    )
    print(f"   floor        {t['floor_rps']:8.0f} req/s")
    print(f"   hit (200)    {t['hit_rps']:8.0f} req/s  {t['hit_ratio_to_floor']:.2f}x the floor")
    print(
        f"   304          {t['not_modified_rps']:8.0f} req/s  "
        f"{t['not_modified_ratio_to_floor']:.2f}x the floor"
    )
    print(
        f"   Redis commands per hit: response cache {t['redis_commands_per_hit_response_cache']}"
        f", all {t['redis_commands_per_hit_all']} (floor request: "
        f"{t['redis_commands_per_floor_request_all']})"
    )
    response_cache.client.flushdb()
    results["publish"] = p = publish_to_fresh(page)
    print(
        f"\n2. Publish -> next read returns the new content ({TENANTS} tenants x {VARIANTS} "
        f"cached responses carrying the item, {TRIALS} trials, {p['reads']} reads)"
    )
    print(
        f"   publish (write + purge on commit): {p['publish_ms']} ms; the next read (a miss): "
        f"p95 {p['read_p95_ms']:.0f} ms"
    )
    print(
        f"   publish -> fresh read: p50 {p['p50_ms']:.0f} ms, p95 {p['p95_ms']:.0f} ms, "
        f"max {p['max_ms']:.0f} ms (responses purged per publish: "
        f"{p['cached_responses_carrying_item']} by the share tag + tenant 0's own)"
    )
    results["retract"] = r = retract_wide(root)
    print(f"\n3. Retract an item carried by {RECEIVERS} tenants' cached responses")
    print(
        f"   cached before {r['cached_before']}, after {r['cached_after']}, "
        f"{r['retract_ms']:.0f} ms; invalidate calls {r['invalidate_calls']}, Redis "
        f"pipelines {r['pipelines']}, CDN purge calls {r['cdn_purge_calls']}"
    )
    (RESULTS / "cache.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print("\nraw results: bench/results/cache.json")


if __name__ == "__main__":
    main()
