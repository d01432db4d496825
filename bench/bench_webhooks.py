#!/usr/bin/env python
"""Webhooks end to end with the worker killed at random: exactly one job and one delivery per
committed publish, none for a rolled-back one.

A tenant with one endpoint (subscribed to ``page.published``, coalescing off so that every
publish is its own delivery) points at a real HTTP receiver in this process (loopback, every
signature verified). The producer publishes pages, one transaction each, about 10 % rolled
back after publishing, while a ``manage.py worker`` process delivers; at random moments the
worker is SIGKILLed and a new one started. The first BENCH_REAL_N publishes are full Wagtail
publishes (``revision.publish()``); the rest are *light* publishes: the page row goes live
and ``page_published`` is sent in the transaction, so the same receivers (shares, the
webhooks outbox) run, without Wagtail's revision, search-index and reference-index work,
which would make 10,000 publishes take far longer than the few minutes the run may use.
Afterwards it waits until every delivery is out (stalled jobs of killed workers are put back
by the queue's recovery) and checks, per publish (identified by its revision id):

  * committed: exactly one ``Delivery`` row, exactly one ``webhooks.deliver`` job for it, and
    its webhook-id received (verified signature); a second receipt of the same id (the worker
    died between the receiver's answer and the attempt's record) is counted as a duplicate;
  * rolled back: no delivery, no job, nothing received.

It also times publishing with and without a subscribed endpoint in the same run (the cost of
the outbox write on the publish path).

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_bench_webhooks \\
      .venv/bin/python bench/bench_webhooks.py            # BENCH_N=10000 by default
Quick: BENCH_N=1000 BENCH_KILLS=3 .venv/bin/python bench/bench_webhooks.py
Options: BENCH_N (publishes), BENCH_KILLS (SIGKILLs, default 5), BENCH_ROLLBACK (share rolled
back, default 0.1), BENCH_CONCURRENCY (worker concurrency, default 4), BENCH_PAGES (pages the
publishes cycle through, default 200), BENCH_SEED. Raw results: bench/results/webhooks.json.
"""

from __future__ import annotations

import collections
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

N = int(os.environ.get("BENCH_N", "10000"))
KILLS = int(os.environ.get("BENCH_KILLS", "5"))
ROLLBACK = float(os.environ.get("BENCH_ROLLBACK", "0.1"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "4"))
PAGES = int(os.environ.get("BENCH_PAGES", "200"))
SEED = int(os.environ.get("BENCH_SEED", "13"))
FLOOR_N = int(os.environ.get("BENCH_FLOOR_N", "300"))
REAL_N = int(os.environ.get("BENCH_REAL_N", "200"))
SCHEMA = "bench_webhooks"
LIGHT_IDS = 100_000_000  # ids of light publishes (see ``Revision``)

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings_webhooks")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/congdoan_bench_webhooks")
BENCH_ENV = {
    "WEBHOOKS_ALLOWED_NETWORKS": "127.0.0.0/8",
    "WEBHOOKS_COALESCE_SECONDS": "0",
    # Killed workers' jobs are recovered within seconds rather than the production 30 s.
    "JOBS_HEARTBEAT_SECONDS": "1",
    "JOBS_STALLED_AFTER_SECONDS": "4",
    "JOBS_RECOVER_STALLED_CRON": "* * * * * */2",
}
os.environ.update(BENCH_ENV)


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

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402
from standardwebhooks import Webhook  # noqa: E402

from tenants.models import Tenant, TenantKind  # noqa: E402
from tenants.provisioning import drop_tenant, ensure_template, provision_tenant  # noqa: E402
from tenants.public import ensure_public_tenant  # noqa: E402
from webhooks.actions import CreateEndpoint, UpdateEndpoint  # noqa: E402
from webhooks.models import Delivery  # noqa: E402


class Receiver:
    """Counts every request by webhook-id; checks each signature."""

    def __init__(self, secret: str):
        self.webhook = Webhook(secret)
        self.lock = threading.Lock()
        self.by_id: collections.Counter = collections.Counter()
        self.revision_of: dict[str, int] = {}
        self.received_at: dict[str, float] = {}
        self.bad_signatures = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                headers = {k.lower(): v for k, v in self.headers.items()}
                try:
                    payload = receiver.webhook.verify(body, headers)
                except Exception:
                    payload = None
                with receiver.lock:
                    if payload is None:
                        receiver.bad_signatures += 1
                    else:
                        message_id = headers["webhook-id"]
                        receiver.by_id[message_id] += 1
                        receiver.revision_of[message_id] = payload["data"]["revision_id"]
                        receiver.received_at.setdefault(message_id, time.time())
                self.send_response(200 if payload is not None else 400)
                self.send_header("content-length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"


class Workers:
    """One ``manage.py worker`` process for the webhooks queue, killed and restarted."""

    def __init__(self):
        self.process = None
        self.kills = 0
        self.log_path = Path(tempfile.gettempdir()) / "congdoan-bench-webhooks-worker.log"
        self.log = open(self.log_path, "w")  # noqa: SIM115

    def start(self):
        env = {**os.environ, **BENCH_ENV, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "worker",
                "--queues",
                "webhooks,periodic",
                "--concurrency",
                str(CONCURRENCY),
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def kill(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
            self.kills += 1

    def stop(self):
        if self.log.closed:
            return
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def setup() -> Tenant:
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    ensure_public_tenant()
    ensure_template()
    connection.set_schema_to_public()
    old = Tenant.objects.filter(schema_name=SCHEMA).first()
    if old is not None:
        drop_tenant(old)
    tenant = provision_tenant(
        schema_name=SCHEMA,
        domain="bench-webhooks.localhost",
        name="Liên đoàn Lao động tỉnh Thử tải",
        kind=TenantKind.PROVINCIAL_FEDERATION,
    ).tenant
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE procrastinate_jobs CASCADE")
        cursor.execute("TRUNCATE webhooks_sequence")
    connection.set_schema_to_public()
    return tenant


def make_pages(tenant, count):
    from wagtail.models import Site

    from cms.models import ArticlePage

    with schema_context(tenant.schema_name):
        home = Site.objects.get(is_default_site=True).root_page.specific
        pages = []
        for n in range(count):
            page = ArticlePage(title=f"Tin thử tải số {n}")
            home.add_child(instance=page)
            pages.append(page)
    return pages


def publish_one(tenant, page, n, rollback: bool):
    """One publish in its own transaction (committed inside the tenant's schema, as a
    request would); returns (revision id, committed)."""

    class Undo(Exception):
        pass

    revision_id = None
    try:
        with schema_context(tenant.schema_name), transaction.atomic():
            page.title = f"Tin thử tải số {page.pk} – bản {n}"
            revision = page.save_revision()
            revision.publish()
            revision_id = revision.pk
            if rollback:
                raise Undo
    except Undo:
        with schema_context(tenant.schema_name):
            page.refresh_from_db()  # forget the rolled-back revision
        return revision_id, False
    return revision_id, True


class Revision:
    """Stands for the revision in a light publish (an id no real revision has)."""

    def __init__(self, pk):
        self.pk = pk


def light_publish(tenant, page, n, rollback: bool):
    """The publish transaction without Wagtail's revision, search and reference-index work:
    the page row goes live and ``page_published`` is sent, so every receiver that a real
    publish runs (shares, the webhooks outbox) runs in the transaction."""
    from wagtail.models import Page
    from wagtail.signals import page_published

    class Undo(Exception):
        pass

    revision = Revision(LIGHT_IDS + n)
    try:
        with schema_context(tenant.schema_name), transaction.atomic():
            Page.objects.filter(pk=page.pk).update(live=True, last_published_at=timezone.now())
            page_published.send(sender=type(page), instance=page, revision=revision)
            if rollback:
                raise Undo
    except Undo:
        return revision.pk, False
    return revision.pk, True


def timed_publishes(tenant, pages, count, offset) -> float:
    t0 = time.perf_counter()
    for n in range(count):
        light_publish(tenant, pages[n % len(pages)], offset + n, False)
    return (time.perf_counter() - t0) / count * 1000


def job_counts() -> dict[int, int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (args->>'delivery_id')::bigint, count(*) FROM procrastinate_jobs "
            "WHERE task_name = 'webhooks.deliver' GROUP BY 1"
        )
        return dict(cursor.fetchall())


def main():
    rng = random.Random(SEED)
    print(
        f"Webhooks end to end: {N:,} publishes, worker SIGKILLed {KILLS}x, "
        f"{ROLLBACK:.0%} rolled back"
    )
    tenant = setup()
    pages = make_pages(tenant, PAGES)

    # Floor: publishing with no endpoint subscribed, then with one (same run, same pages).
    no_endpoint_ms = timed_publishes(tenant, pages, FLOOR_N, N)
    endpoint, secret = CreateEndpoint(
        tenant, url="http://127.0.0.1:9/hook", events=["page.published"]
    ).execute()
    receiver = Receiver(secret)
    UpdateEndpoint(endpoint, url=receiver.url).execute()
    # The same publishes with the endpoint subscribed (outbox rows and a job each), before
    # any worker runs; then forget those deliveries.
    outbox_ms = timed_publishes(tenant, pages, FLOOR_N, N + FLOOR_N)
    Delivery.objects.all().delete()
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE procrastinate_jobs CASCADE")

    workers = Workers()
    try:
        return run(tenant, pages, receiver, workers, rng, no_endpoint_ms, outbox_ms)
    finally:
        workers.stop()


def run(tenant, pages, receiver, workers, rng, no_endpoint_ms, outbox_ms):
    workers.start()
    committed: dict[int, float] = {}
    rolled_back: list[int] = []
    kill_at = sorted(rng.sample(range(N // 20, N), min(KILLS, max(N - N // 20, 0))))
    t0 = time.perf_counter()
    t_light = t0
    for n in range(N):
        if n == REAL_N:
            t_light = time.perf_counter()
        if kill_at and n == kill_at[0]:
            kill_at.pop(0)
            workers.kill()
            workers.start()
        publish = publish_one if n < REAL_N else light_publish
        revision_id, ok = publish(tenant, pages[n % len(pages)], n, rng.random() < ROLLBACK)
        if ok:
            committed[revision_id] = time.time()
        else:
            rolled_back.append(revision_id)
    produce_s = time.perf_counter() - t0
    light_n = max(N - REAL_N, 1)
    with_endpoint_ms = (time.perf_counter() - t_light) / light_n * 1000 if N > REAL_N else 0

    # Drain: every delivery out (killed workers' jobs come back through stalled-job recovery).
    from jobs import recover_stalled

    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        pending = Delivery.objects.filter(status="pending").count()
        if pending == 0:
            break
        recover_stalled(4)
        time.sleep(1)
    drain_s = time.perf_counter() - t0 - produce_s
    workers.stop()

    deliveries = {
        d["id"]: d for d in Delivery.objects.values("id", "message_id", "payload", "status")
    }
    by_revision = collections.defaultdict(list)
    for d in deliveries.values():
        by_revision[d["payload"]["data"]["revision_id"]].append(d)
    jobs = job_counts()
    received_revisions = collections.Counter(receiver.revision_of.values())

    ok = wrong_deliveries = wrong_jobs = not_received = 0
    for revision_id in committed:
        rows = by_revision.get(revision_id, [])
        if len(rows) != 1:
            wrong_deliveries += 1
            continue
        if jobs.get(rows[0]["id"], 0) != 1:
            wrong_jobs += 1
            continue
        if receiver.by_id.get(rows[0]["message_id"], 0) < 1:
            not_received += 1
            continue
        ok += 1
    leaked = sum(1 for r in rolled_back if by_revision.get(r) or received_revisions.get(r))
    orphan_jobs = sum(1 for delivery_id in jobs if delivery_id not in deliveries)
    duplicates = sum(count - 1 for count in receiver.by_id.values() if count > 1)
    latencies = sorted(
        (receiver.received_at[d["message_id"]] - committed[rev]) * 1000
        for rev, rows in by_revision.items()
        for d in rows
        if rev in committed and d["message_id"] in receiver.received_at
    )

    def pct(p):
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else None

    result = {
        "n": N,
        "kills": workers.kills,
        "rollback_share": ROLLBACK,
        "worker_concurrency": CONCURRENCY,
        "committed": len(committed),
        "rolled_back": len(rolled_back),
        "committed_ok": ok,
        "committed_wrong_delivery_count": wrong_deliveries,
        "committed_wrong_job_count": wrong_jobs,
        "committed_not_received": not_received,
        "rolled_back_with_delivery_or_receipt": leaked,
        "orphan_jobs": orphan_jobs,
        "distinct_webhook_ids_received": len(receiver.by_id),
        "duplicate_receipts": duplicates,
        "bad_signatures": receiver.bad_signatures,
        "pending_after_drain": Delivery.objects.filter(status="pending").count(),
        "produce_seconds": round(produce_s, 1),
        "drain_seconds_after_produce": round(drain_s, 1),
        "real_wagtail_publishes": min(REAL_N, N),
        "publish_ms_no_endpoint": round(no_endpoint_ms, 2),
        "publish_ms_with_endpoint_and_worker": round(with_endpoint_ms, 2),
        "publish_ms_endpoint_subscribed": round(outbox_ms, 2),
        "outbox_overhead_ratio": round(outbox_ms / no_endpoint_ms, 2),
        "commit_to_receipt_ms_p50": round(pct(0.50), 1) if latencies else None,
        "commit_to_receipt_ms_p99": round(pct(0.99), 1) if latencies else None,
        "commit_to_receipt_ms_max": round(latencies[-1], 1) if latencies else None,
    }
    rows = [
        ("publishes committed", f"{len(committed):,}"),
        ("  with exactly 1 delivery, 1 job, received", f"{ok:,}"),
        ("  wrong number of deliveries", wrong_deliveries),
        ("  wrong number of jobs", wrong_jobs),
        ("  never received", not_received),
        ("publishes rolled back", f"{len(rolled_back):,}"),
        ("  with a delivery, job or receipt", leaked),
        ("jobs without a delivery", orphan_jobs),
        ("worker SIGKILLs", workers.kills),
        ("distinct webhook-ids received", f"{len(receiver.by_id):,}"),
        ("duplicate receipts (same id again)", duplicates),
        ("bad signatures", receiver.bad_signatures),
        ("light publish, no endpoint (floor) ms", f"{no_endpoint_ms:.2f}"),
        ("light publish, endpoint subscribed ms", f"{outbox_ms:.2f}"),
        ("  ratio to floor (outbox cost)", f"{outbox_ms / no_endpoint_ms:.2f}x"),
        ("light publish during the run (worker busy) ms", f"{with_endpoint_ms:.2f}"),
        (
            "commit -> receipt p50 / p99 ms",
            f"{pct(0.5):.0f} / {pct(0.99):.0f}" if latencies else "-",
        ),
        ("produce / drain s", f"{produce_s:.1f} / {drain_s:.1f}"),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"  {label:<{width}}  {value}")
    out = ROOT / "bench" / "results" / "webhooks.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"raw: {out.relative_to(ROOT)}")
    passed = (
        ok == len(committed) and leaked == 0 and orphan_jobs == 0 and receiver.bad_signatures == 0
    )
    print("PASS" if passed else "FAIL")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
