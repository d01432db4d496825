#!/usr/bin/env python
"""Programme roll-ups on the national tree (about 130,000 organisations) with a year of
publication events.

1. The generated tree (``hierarchy.generator``), imported once into the benchmark's own
   database and reused.
2. ``--events`` publication events (default 5,000,000) over one year, loaded with COPY
   (90% at grassroots unions, the rest at upper levels; kinds mixed as in real use), then
   folded by ``programme.recording.fold`` in batches: fold throughput (events/s), rows kept.
3. ``programme_rebuild --check`` over the result (the kept figures equal the recomputed
   ones) and its time.
4. Roll-ups (``programme.figures``): the subtree's totals of every series for the year, the
   children breakdown and the monthly trend, for the federation, each province and 50
   grassroots unions: p50/p95 (targets 1 s, 200 ms, 20 ms).
5. Publishing: ``--publishes`` first publications of an article in a provincial tenant
   (Wagtail ``save_revision().publish()``, autocommit, so the on-commit fold runs inside
   the call) with the programme's ``page_published`` receiver connected and disconnected,
   interleaved in rounds: the median publish time of each and the ratio (target: +5% at
   most).

Writes bench/results/programme.json.

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_prog_bench \\
      .venv/bin/python bench/bench_programme.py
Options: --size full|small (tree), --events N, --incremental N, --publishes N, --reuse.
A quick run while developing: BENCH_DB=h_prog_bench_small ... --size small --events 200000
"""

import argparse
import datetime
import io
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("BENCH_DB", "h_prog_bench")

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--size", choices=["full", "small"], default="full")
parser.add_argument("--events", type=int, default=5_000_000)
parser.add_argument("--publishes", type=int, default=200)
parser.add_argument("--year", type=int, default=2025)
parser.add_argument("--batch", type=int, default=50_000)
parser.add_argument("--incremental", type=int, default=200_000)
parser.add_argument(
    "--only-publish",
    action="store_true",
    help="only the publishing measurement (bench/results/programme-publish.json)",
)
parser.add_argument(
    "--reuse",
    action="store_true",
    help="keep the year of events of an earlier run (same --events) instead of loading it",
)
ARGS = parser.parse_args()

import bench.voice_bench_db as db  # noqa: E402  (sets DATABASE_URL, django.setup())

# isort: split
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402
from wagtail.signals import page_published  # noqa: E402

from hierarchy.generator import generate  # noqa: E402
from hierarchy.importer import import_rows  # noqa: E402
from hierarchy.models import Kind, Level, Organization  # noqa: E402
from programme.figures import Period, children_totals, monthly, subtree_totals  # noqa: E402
from programme.models import EventKind, OrgMonth, PublicationEvent, SubtreeMonth  # noqa: E402
from programme.publication import on_page_published  # noqa: E402
from programme.rebuild import rebuild  # noqa: E402
from programme.recording import fold  # noqa: E402
from tenants.models import Tenant, TenantKind  # noqa: E402
from tenants.provisioning import ensure_template, provision_tenant  # noqa: E402
from tenants.public import ensure_public_tenant  # noqa: E402

RESULT = Path(__file__).resolve().parent / "results" / "programme.json"
KINDS = [
    (EventKind.PAGE_PUBLISHED, 60, "articlepage"),
    (EventKind.CAMPAIGN_PUBLISHED, 3, "campaignpage"),
    (EventKind.SENT_UP, 20, "proposal"),
    (EventKind.CARRIED_UP, 5, "proposal"),
    (EventKind.SHARED_DOWN, 7, ""),
    (EventKind.DIRECTIVE_ACKNOWLEDGED, 5, ""),
]
TRENDS = ["published", "sent_up", "campaigns"]


def pct(samples, q):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def ms(samples) -> dict:
    return {
        "p50_ms": round(pct(samples, 50) * 1000, 2),
        "p95_ms": round(pct(samples, 95) * 1000, 2),
        "runs": len(samples),
    }


def tree() -> int:
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    connection.set_schema_to_public()
    count = Organization.objects.count()
    if count == 0:
        t0 = time.perf_counter()
        report = import_rows(generate(ARGS.size), source="bench-programme")
        print(f"  imported the tree: {report.summary()} in {time.perf_counter() - t0:.1f} s")
        count = Organization.objects.count()
    print(f"  {count:,} organisations")
    return count


def load_events(n: int, *, folded: bool, seed: int) -> float:
    orgs = list(Organization.objects.values_list("pk", "path", "level"))
    grassroots = [(pk, path) for pk, path, level in orgs if level >= Level.GRASSROOTS]
    upper = [(pk, path) for pk, path, level in orgs if level < Level.GRASSROOTS]
    rnd = random.Random(seed)
    flag = "t" if folded else "f"
    kinds = [k for k, _w, _p in KINDS]
    weights = [w for _k, w, _p in KINDS]
    products = {k: p for k, _w, p in KINDS}
    start = datetime.datetime(ARGS.year, 1, 1, tzinfo=datetime.UTC).timestamp()
    span = 365 * 86400 - 1
    t0 = time.perf_counter()
    connection.ensure_connection()
    raw = connection.connection  # psycopg 3: COPY through Django's own connection (autocommit)
    chunk = 250_000
    with (
        raw.cursor() as cur,
        cur.copy(
            "COPY programme_publicationevent (kind, occurred_at, organization_id, org_path, "
            "product, on_time, folded) FROM STDIN"
        ) as copy,
    ):
        done = 0
        while done < n:
            size = min(chunk, n - done)
            buf = io.StringIO()
            picks = rnd.choices(kinds, weights, k=size)
            for kind in picks:
                pk, path = rnd.choice(grassroots) if rnd.random() < 0.9 else rnd.choice(upper)
                at = datetime.datetime.fromtimestamp(start + rnd.random() * span, datetime.UTC)
                on_time = (
                    ("t" if rnd.random() < 0.8 else "f")
                    if kind == EventKind.DIRECTIVE_ACKNOWLEDGED
                    else "\\N"
                )
                buf.write(
                    f"{kind}\t{at.isoformat()}\t{pk}\t{path}\t{products[kind]}\t{on_time}\t{flag}\n"
                )
            copy.write(buf.getvalue())
            done += size
    elapsed = time.perf_counter() - t0
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE programme_publicationevent")
    print(f"  COPY of {n:,} events: {elapsed:.1f} s ({n / elapsed:,.0f} events/s)")
    return elapsed


def year_of_events(n: int) -> dict:
    """The year's events, written as a bulk load does (COPY, marked folded), and the
    figures built from them by ``programme_rebuild --refold`` (its empty-table path)."""
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE programme_orgmonth, programme_subtreemonth")
        cursor.execute("SELECT count(*) FROM programme_publicationevent WHERE id <= %s", [n])
        present = cursor.fetchone()[0]
    copy_s = None
    if ARGS.reuse and present == n:
        t0 = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM programme_publicationevent WHERE id > %s", [n])
            cursor.execute("UPDATE programme_publicationevent SET folded = true WHERE NOT folded")
            cursor.execute("VACUUM ANALYZE programme_publicationevent")
        print(f"  reused {n:,} events of an earlier run ({time.perf_counter() - t0:.1f} s)")
    else:
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE programme_publicationevent RESTART IDENTITY")
        copy_s = round(load_events(n, folded=True, seed=2025), 1)
    t0 = time.perf_counter()
    filled = rebuild(refold=True)
    elapsed = time.perf_counter() - t0
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE programme_orgmonth")
        cursor.execute("ANALYZE programme_subtreemonth")
    out = {
        "events": n,
        "copy_seconds": copy_s,
        "refold_seconds": round(elapsed, 1),
        "events_per_second": round(n / elapsed),
        "orgmonth_rows": filled[0].count,
        "subtreemonth_rows": filled[1].count,
    }
    print(
        f"  bulk fold (programme_rebuild --refold): {n:,} events in {elapsed:.1f} s "
        f"({out['events_per_second']:,} events/s); {out['orgmonth_rows']:,} OrgMonth, "
        f"{out['subtreemonth_rows']:,} SubtreeMonth rows"
    )
    return out


def fold_all() -> dict:
    t0 = time.perf_counter()
    total = batches = 0
    while folded := fold(limit=ARGS.batch):
        total += folded
        batches += 1
        if batches % 10 == 0:
            rate = total / (time.perf_counter() - t0)
            print(f"    {total:,} folded ({rate:,.0f} events/s)", flush=True)
    elapsed = time.perf_counter() - t0
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE programme_orgmonth")
        cursor.execute("ANALYZE programme_subtreemonth")
    out = {
        "events": total,
        "seconds": round(elapsed, 1),
        "events_per_second": round(total / elapsed) if elapsed else None,
        "batch": ARGS.batch,
    }
    print(
        f"  incremental fold (programme.recording.fold, batches of {ARGS.batch:,}): "
        f"{total:,} events in {elapsed:.1f} s ({out['events_per_second']:,} events/s)"
    )
    return out


def rollup(org, year: Period) -> None:
    subtree_totals(org, year)
    children_totals(org, year, series=TRENDS)
    monthly(org, year, series=TRENDS)


def time_rollups(org, year, runs) -> list[float]:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        rollup(org, year)
        samples.append(time.perf_counter() - t0)
    return samples


def rollups() -> dict:
    year = Period.year(ARGS.year)
    tld = Organization.objects.get(depth=1)
    provinces = list(Organization.objects.filter(depth=2, kind=Kind.PROVINCIAL_FEDERATION))
    rnd = random.Random(7)
    units = rnd.sample(list(Organization.objects.filter(level=Level.GRASSROOTS)), 50)
    rollup(tld, year)  # warm-up
    national = time_rollups(tld, year, 20)
    province = [s for p in provinces for s in time_rollups(p, year, 3)]
    unit = [s for u in units for s in time_rollups(u, year, 3)]
    parts = {}
    for name, fn in [
        ("subtree_totals", lambda o: subtree_totals(o, year)),
        ("children_totals", lambda o: children_totals(o, year, series=TRENDS)),
        ("monthly", lambda o: monthly(o, year, series=TRENDS)),
    ]:
        samples = []
        for _ in range(20):
            t0 = time.perf_counter()
            fn(tld)
            samples.append(time.perf_counter() - t0)
        parts[name] = ms(samples)
    totals = subtree_totals(tld, year, series=["published"])
    out = {
        "national": ms(national),
        "province": ms(province),
        "unit": ms(unit),
        "national_parts": parts,
        "national_published": totals["published"],
    }
    for key, target in [("national", 1000), ("province", 200), ("unit", 20)]:
        got = out[key]
        print(
            f"  {key}: p50 {got['p50_ms']} ms, p95 {got['p95_ms']} ms "
            f"(target < {target} ms, {got['runs']} runs)"
        )
    return out


def publishing() -> dict:
    ensure_public_tenant()
    t0 = time.perf_counter()
    ensure_template()
    print(f"  template ready in {time.perf_counter() - t0:.1f} s")
    connection.set_schema_to_public()
    hanoi = Organization.objects.filter(depth=2, kind=Kind.PROVINCIAL_FEDERATION).first()
    tenant = Tenant.objects.filter(schema_name="bench_prog_province").first()
    if tenant is None:
        tenant = provision_tenant(
            schema_name="bench_prog_province",
            domain="province.bench-prog.localhost",
            name=hanoi.name,
            kind=TenantKind.PROVINCIAL_FEDERATION,
        ).tenant
    Organization.objects.filter(tenant=tenant).exclude(pk=hanoi.pk).update(tenant=None)
    Organization.objects.filter(pk=hanoi.pk).update(tenant=tenant)
    with_r, without_r = [], []
    events_before = PublicationEvent.objects.count()
    with schema_context(tenant.schema_name):
        from wagtail.models import Site

        from cms.models import ArticlePage

        home = Site.objects.get(is_default_site=True).root_page

        def one(n, samples):
            page = ArticlePage(
                title=f"Tin hoạt động công đoàn số {n}",
                standfirst="Công đoàn cơ sở tổ chức Tháng Công nhân.",
                body="<p>Nội dung tin hoạt động.</p>",
            )
            home.add_child(instance=page)
            revision = page.save_revision()
            t0 = time.perf_counter()
            revision.publish()
            samples.append(time.perf_counter() - t0)

        from programme import publication

        receiver_s, fold_s = [], []
        plain_fold = publication.fold_after_commit

        def timed_receiver(sender, instance, **kwargs):
            t0 = time.perf_counter()
            on_page_published(sender, instance, **kwargs)
            receiver_s.append(time.perf_counter() - t0)

        def timed_fold(ids=None):
            t0 = time.perf_counter()
            plain_fold(ids)
            fold_s.append(time.perf_counter() - t0)

        page_published.disconnect(dispatch_uid="programme_published")
        page_published.connect(timed_receiver, dispatch_uid="programme_published")
        publication.fold_after_commit = timed_fold
        try:
            for n in range(3):  # warm-up
                one(n, [])
            receiver_s.clear()
            fold_s.clear()
            # Alternating publish by publish, so that the machine's load hits both alike.
            for n in range(3, 3 + ARGS.publishes):
                connected = n % 2 == 0
                if not connected:
                    page_published.disconnect(dispatch_uid="programme_published")
                try:
                    one(n, with_r if connected else without_r)
                finally:
                    page_published.connect(timed_receiver, dispatch_uid="programme_published")
        finally:
            publication.fold_after_commit = plain_fold
            page_published.disconnect(dispatch_uid="programme_published")
            page_published.connect(on_page_published, dispatch_uid="programme_published")
    recorded = PublicationEvent.objects.count() - events_before
    with_m, without_m = statistics.median(with_r), statistics.median(without_r)
    ratio = with_m / without_m
    out = {
        "publishes_with": len(with_r),
        "publishes_without": len(without_r),
        "events_recorded": recorded,
        "median_ms_with_receivers": round(with_m * 1000, 2),
        "median_ms_without_receivers": round(without_m * 1000, 2),
        "mean_ms_with_receivers": round(statistics.mean(with_r) * 1000, 2),
        "mean_ms_without_receivers": round(statistics.mean(without_r) * 1000, 2),
        "ratio": round(ratio, 3),
        "median_ms_receiver": round(statistics.median(receiver_s) * 1000, 2),
        # Outside a transaction the fold runs inside the receiver's statement: no call here.
        "median_ms_fold_after_commit": round(statistics.median(fold_s or [0]) * 1000, 2),
    }
    own = (statistics.median(receiver_s) + statistics.median(fold_s or [0])) / without_m
    out["receiver_and_fold_share_of_publish"] = round(own, 3)
    print(
        f"  publish median {out['median_ms_with_receivers']} ms with the receivers, "
        f"{out['median_ms_without_receivers']} ms without: x{ratio:.3f} "
        f"({recorded} events recorded)"
    )
    print(
        f"  the receiver itself: median {out['median_ms_receiver']} ms in the publish "
        f"transaction + {out['median_ms_fold_after_commit']} ms fold after commit = "
        f"{own:.1%} of a publish without it"
    )
    return out


def main():
    started = time.perf_counter()
    if ARGS.only_publish:
        settings.DEBUG = False
        print("Publishing")
        path = RESULT.with_name("programme-publish.json")
        path.write_text(json.dumps(publishing(), indent=2) + "\n")
        print(f"Results in {path.name}")
        return
    print(f"Database {db.database_label()}")
    print("Org tree")
    orgs = tree()
    settings.DEBUG = False
    print(f"A year of events ({ARGS.events:,} over {ARGS.year}), loaded in bulk")
    bulk = year_of_events(ARGS.events)
    print(f"Incremental fold of {ARGS.incremental:,} more events")
    load_events(ARGS.incremental, folded=False, seed=2026)
    folded = fold_all()
    print("Rebuild check (--check --refold: kept figures against events and tree)")
    t0 = time.perf_counter()
    diffs = rebuild(check=True, refold=True)
    check = {
        "differences": sum(d.count for d in diffs),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    print(f"  {check['differences']} differences in {check['seconds']} s")
    rows = {"orgmonth": OrgMonth.objects.count(), "subtreemonth": SubtreeMonth.objects.count()}
    print("Roll-ups")
    timings = rollups()
    print("Publishing")
    publish = publishing()
    result = {
        "date": datetime.date.today().isoformat(),
        "database": db.database_label(),
        "organisations": orgs,
        "events": ARGS.events + ARGS.incremental,
        "bulk": bulk,
        "incremental_fold": folded,
        "rows_kept": rows,
        "rebuild_check": check,
        "rollups": timings,
        "publish": publish,
        "total_seconds": round(time.perf_counter() - started, 1),
    }
    RESULT.parent.mkdir(exist_ok=True)
    suffix = "" if ARGS.size == "full" and ARGS.events >= 5_000_000 else "-small"
    path = RESULT.with_name(f"programme{suffix}.json")
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"Results in {path.relative_to(Path(__file__).resolve().parent.parent)}")


if __name__ == "__main__":
    main()
