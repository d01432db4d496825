#!/usr/bin/env python
"""Read throughput with and without the streaming replica, and what routing costs.

One tenant with BENCH_ARTICLES articles (bench_graphql's seed). Two gunicorn servers (sync
workers, BENCH_WORKERS each) run side by side on the same code: ``primary`` without a
replica alias, ``replica`` with REPLICA_DATABASE_URL pointing at a real streaming replica
(started here with tests/replicas/cluster.py, or taken from REPLICA_DATABASE_URL). Clients
(BENCH_CLIENTS threads) send the 20-item GraphQL feed by GET for BENCH_SECONDS per slot,
alternating primary/replica slots BENCH_SLOTS times so background load hits both alike.
Reported: requests/s per configuration and per worker, p50/p95 latency, the share of feed
statements that ran on each server (from pg_stat_database on both clusters), and the
in-process cost of a routing decision.

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_bench_replica \\
      .venv/bin/python bench/bench_replica.py
Options via environment: BENCH_ARTICLES (300), BENCH_WORKERS (2), BENCH_CLIENTS (4),
BENCH_SECONDS (8), BENCH_SLOTS (3). Raw figures: bench/results/replica.json.
"""

from __future__ import annotations

import datetime
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings_bench")
os.environ.setdefault("BENCH_ARTICLES", "300")

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402

from bench.bench_graphql import free_port, pct, seed  # noqa: E402  (sets Django up)
from bench.servers import wait_listening  # noqa: E402
from tenants.models import Tenant, TenantKind  # noqa: E402
from tenants.provisioning import drop_tenant, ensure_template, provision_tenant  # noqa: E402
from tenants.public import ensure_public_tenant  # noqa: E402
from tests.replicas import cluster  # noqa: E402

ARTICLES = int(os.environ["BENCH_ARTICLES"])
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "4"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "8"))
SLOTS = int(os.environ.get("BENCH_SLOTS", "3"))
SCHEMA, DOMAIN = "bench_rep", "bench-rep.localhost"
FEED = (
    "query ($first: Int) { articles(first: $first) { edges { node { id title urlPath "
    "standfirst publishedOn topics { name } tags { name } } } } }"
)
PATH = "/graphql/?" + urlencode({"query": FEED, "variables": json.dumps({"first": 20})})
RESULTS = ROOT / "bench" / "results"


def prepare_tenant() -> None:
    from django.core.management import call_command

    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    ensure_public_tenant()
    ensure_template()
    tenant = Tenant.objects.filter(schema_name=SCHEMA).first()
    if tenant is not None:
        with schema_context(SCHEMA):
            from cms.models import ArticlePage

            if ArticlePage.objects.count() == ARTICLES:
                return
        drop_tenant(tenant)
    provision_tenant(
        schema_name=SCHEMA,
        domain=DOMAIN,
        name="Liên đoàn Lao động tỉnh đo bản sao",
        kind=TenantKind.PROVINCIAL_FEDERATION,
    )
    with schema_context(SCHEMA):
        seed(ARTICLES)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


class Gunicorn:
    """A gunicorn server (WORKERS sync workers) serving the tenant host."""

    def __init__(self, name: str, extra_env: dict[str, str]):
        self.name, self.port = name, free_port()
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("REPLICA_")},
            **extra_env,
            "DJANGO_SETTINGS_MODULE": "bench.settings_bench",
            "PYTHONPATH": str(ROOT),
        }
        self.log_path = Path(tempfile.gettempdir()) / f"congdoan-{name}.log"
        self.log = open(self.log_path, "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "congdoan.wsgi:application",
                *("-w", str(WORKERS), "-k", "sync", "-b", f"127.0.0.1:{self.port}"),
                *("--timeout", "120"),
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_listening(self.process, self.port, what=name, log=self.log_path, timeout=60)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)
        self.log.close()


def get(port: int) -> float:
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=180)
    conn.request("GET", PATH, headers={"Host": DOMAIN})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    if response.status != 200 or b'"errors"' in body:
        raise RuntimeError(f"{response.status}: {body[:300]!r}")
    return time.perf_counter() - started


def load(port: int, seconds: float) -> list[float]:
    samples: list[float] = []
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def client():
        mine = []
        while time.perf_counter() < stop:
            mine.append(get(port))
        with lock:
            samples.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return samples


def tuples_read(port: int, database: str) -> int:
    return int(
        cluster.psql(
            port,
            f"SELECT tup_returned + tup_fetched FROM pg_stat_database WHERE datname = '{database}'",
        )
    )


def routing_overhead(replica_url: str) -> dict:
    """Microseconds per routing decision in this process, the replica alias configured as
    in the servers (no request involved)."""
    from django.db import connections

    from congdoan import replicas
    from congdoan.settings.base import replica_database

    settings.DATABASES["replica"] = replica_database(replica_url)
    connections.configure_settings(settings.DATABASES)
    router = replicas.ReplicaRouter()

    def per_call(fn, n):
        started = time.perf_counter()
        for _ in range(n):
            fn()
        return round((time.perf_counter() - started) / n * 1e6, 3)

    def block():
        with replicas.read_from_replica():
            pass

    with schema_context(SCHEMA):
        outside = per_call(lambda: router.db_for_read(None), 200_000)
        entered = per_call(block, 20_000)
        with replicas.read_from_replica() as state:
            assert state.depth == 1, replicas.replica_health()
            inside = per_call(lambda: router.db_for_read(None), 200_000)
    connections["replica"].close()
    return {
        "db_for_read_outside_block_us": outside,
        "db_for_read_to_replica_us": inside,
        "read_from_replica_block_us": entered,
    }


def main() -> None:
    db = settings.DATABASES["default"]
    database, primary_port = db["NAME"], int(db.get("PORT") or 5432)
    prepare_tenant()
    replica_url = os.environ.get("REPLICA_DATABASE_URL")
    replica = None
    if replica_url:
        replica_port = urlparse(replica_url).port or 5432
    else:
        replica = cluster.create_replica(primary_port, free_port())
        replica_port = replica.port
        replica_url = f"{replica.url}/{database}"
    servers = {}
    try:
        cluster.wait_for_replay(replica_port, primary_port)
        servers["primary"] = Gunicorn("replica-bench-primary", {})
        servers["replica"] = Gunicorn(
            "replica-bench-replica",
            {"REPLICA_DATABASE_URL": replica_url, "REPLICA_MAX_LAG_SECONDS": "5"},
        )
        for server in servers.values():
            for _ in range(10):
                get(server.port)
        samples = {name: [] for name in servers}
        reads = {name: {"primary": 0, "replica": 0} for name in servers}
        for _ in range(SLOTS):
            for name, server in servers.items():
                before = (tuples_read(primary_port, database), tuples_read(replica_port, database))
                samples[name] += load(server.port, SECONDS)
                after = (tuples_read(primary_port, database), tuples_read(replica_port, database))
                reads[name]["primary"] += after[0] - before[0]
                reads[name]["replica"] += after[1] - before[1]
        overhead = routing_overhead(replica_url)
    finally:
        for server in servers.values():
            server.stop()
        if replica is not None:
            replica.remove()

    seconds = SECONDS * SLOTS
    report = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "command": "DATABASE_URL=... .venv/bin/python bench/bench_replica.py",
        "articles": ARTICLES,
        "workers": WORKERS,
        "clients": CLIENTS,
        "seconds_per_config": seconds,
        "cpus": os.cpu_count(),
        "configs": {},
        "routing": overhead,
    }
    print(f"{'config':10} {'req/s':>8} {'per worker':>10} {'p50 ms':>8} {'p95 ms':>8}  "
          "tuples read on primary / replica")  # fmt: skip
    for name, values in samples.items():
        rps = len(values) / seconds
        row = {
            "requests": len(values),
            "requests_per_s": round(rps, 1),
            "requests_per_s_per_worker": round(rps / WORKERS, 1),
            "p50_ms": round(statistics.median(values) * 1000, 2),
            "p95_ms": round(pct(values, 95) * 1000, 2),
            "tuples_read": reads[name],
        }
        report["configs"][name] = row
        print(
            f"{name:10} {row['requests_per_s']:8.1f} {row['requests_per_s_per_worker']:10.1f} "
            f"{row['p50_ms']:8.2f} {row['p95_ms']:8.2f}  "
            f"{reads[name]['primary']:,} / {reads[name]['replica']:,}"
        )
    ratio = report["configs"]["replica"]["requests_per_s"] / max(
        report["configs"]["primary"]["requests_per_s"], 0.001
    )
    report["ratio_replica_over_primary"] = round(ratio, 3)
    print(f"replica/primary throughput ratio: {ratio:.2f}")
    print(
        "routing (µs): db_for_read outside a block {db_for_read_outside_block_us}, "
        "to the replica {db_for_read_to_replica_us}, read_from_replica() enter+exit "
        "{read_from_replica_block_us}".format(**overhead)
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "replica.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
