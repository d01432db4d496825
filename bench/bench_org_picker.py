#!/usr/bin/env python
"""The organisation picker's search on the national tree (about 130,000 organisations).

Prints, per query typed by an editor, the time of what the picker's JSON endpoint runs
(``hierarchy.picker.json_results``: parse the request, the matches with the trigram index,
their parents' names, JSON encoding): p50, p95 and max over ``BENCH_RUNS`` repetitions, the
statement count and the number of results; for two scopes: the whole federation (a platform
superuser, the national tenant's editors) and the Hà Nội federation's subtree (a provincial
admin). Then the plan of one search, to show the ``org_search_trgm`` index at work, and the
same search with bitmap scans disabled (what it costs without the index).

It works in its own database, ``congdoan_bench_picker`` (``BENCH_DB``), created when missing
on the server of ``DATABASE_URL`` (a database name in that URL is replaced unless it contains
"bench"); the generated tree is imported once and kept for the next runs.

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_bench_picker \\
      .venv/bin/python bench/bench_org_picker.py
Options via environment: BENCH_RUNS (default 30). Target (printed, not asserted): p95 under
100 ms for every query.
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "congdoan.settings.dev")

BENCH_DB = os.environ.get("BENCH_DB", "congdoan_bench_picker")
RUNS = int(os.environ.get("BENCH_RUNS", "30"))
TARGET_MS = 100


def use_bench_database() -> str:
    import psycopg

    url = os.environ["DATABASE_URL"]
    parts = urlsplit(url)
    if "bench" not in parts.path.lstrip("/"):
        url = urlunsplit(parts._replace(path="/" + BENCH_DB))
        parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    os.environ["DATABASE_URL"] = url
    return url


BENCH_URL = use_bench_database()

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from hierarchy.generator import generate  # noqa: E402
from hierarchy.importer import import_rows  # noqa: E402
from hierarchy.models import Organization, Status  # noqa: E402
from hierarchy.picker import json_results  # noqa: E402

QUERIES = [
    "ha noi",
    "Hà Nội",
    "cong doan co so",
    "truong thcs",
    "benh vien",
    "khu cong nghiep",
    "nguyen du",
    "LDLD-HA-NOI",
    "xã",
    "không có đơn vị này",
]


def ensure_tree() -> int:
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    connection.set_schema_to_public()
    count = Organization.objects.count()
    if count < 100_000:
        print("importing the generated national tree (once; kept for later runs)...")
        t0 = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute(
                "TRUNCATE hierarchy_organization, hierarchy_organizationevent, "
                "hierarchy_organizationevent_organizations, hierarchy_orgrole "
                "RESTART IDENTITY CASCADE"
            )
        import_rows(generate("full"), source="bench-picker")
        count = Organization.objects.count()
        print(f"  {count:,} organisations in {time.perf_counter() - t0:.1f} s")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE hierarchy_organization")
    return count


def measure(qs, term):
    request = RequestFactory().get("/admin/to-chuc/chon/", {"q": term})
    request.user = AnonymousUser()
    with CaptureQueriesContext(connection) as ctx:
        response = json_results(request, qs)
    results = len(json.loads(response.content)["results"])
    samples = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        json_results(request, qs)
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    return statistics.median(samples), p95, samples[-1], len(ctx.captured_queries), results


def section(label, qs):
    print(f"\n{label}: {qs.count():,} organisations to pick from")
    print(f"  {'query':<24} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  statements  results")
    worst = 0.0
    for term in QUERIES:
        p50, p95, top, statements, results = measure(qs, term)
        worst = max(worst, p95)
        print(f"  {term!r:<24} {p50:8.2f} {p95:8.2f} {top:8.2f}  {statements:>10}  {results:>7}")
    verdict = "met" if worst < TARGET_MS else "MISSED"
    print(f"  worst p95 {worst:.2f} ms (target < {TARGET_MS} ms: {verdict})")
    return worst


def plan(qs, term):
    from hierarchy.models import search_key

    sql, params = (
        qs.filter(search_text__contains=search_key(term))
        .order_by("status", "level", "name")
        .values("id")[:20]
        .query.sql_with_params()
    )
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " + sql, params)
        return [row[0] for row in cursor.fetchall()]


def main():
    print(f"database: {BENCH_URL.rsplit('@', 1)[-1]}; {os.cpu_count()} CPUs; {RUNS} runs each")
    ensure_tree()
    active = Organization.objects.filter(status=Status.ACTIVE)
    hanoi = Organization.objects.get(code="LDLD-HA-NOI")
    worst = section("Whole federation (national editors, platform superusers)", active)
    worst = max(
        worst, section("Hà Nội federation's subtree", active.filter(path__startswith=hanoi.path))
    )
    print("\nPlan of the search for 'ha noi' over the whole federation:")
    for line in plan(active, "ha noi"):
        print("  " + line)
    with connection.cursor() as cursor:
        cursor.execute("SET enable_bitmapscan = off")
    try:
        p50, p95, _, _, _ = measure(active, "ha noi")
        print(
            "\nWithout the trigram index (bitmap scans off): "
            f"'ha noi' p50={p50:.2f} ms p95={p95:.2f} ms"
        )
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET enable_bitmapscan")
    print(f"\nWorst p95 over every query and scope: {worst:.2f} ms")


if __name__ == "__main__":
    main()
