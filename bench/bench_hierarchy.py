#!/usr/bin/env python
"""The organisation tree at national scale (about 130,000 organisations).

Prints, on this machine and database:
  * generating and importing the full generated tree (time, peak memory), and an idempotent
    re-import of the same file;
  * ancestors / descendants / subtree count for a grassroots union and a province (time and
    SQL statements), and the plan of the subtree count (the path pattern index);
  * merging the two largest provinces (thousands of organisations each) and two small ones:
    time and statements, which should not grow with the number of organisations moved.

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_bench \\
      .venv/bin/python bench/bench_hierarchy.py
It empties the hierarchy tables of that database first. Nothing is asserted about timing.
"""

import os
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "congdoan.settings.dev")

from congdoan.embedded_pg import ensure_if_needed

ensure_if_needed()

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from hierarchy.actions import MergeOrganizations  # noqa: E402
from hierarchy.generator import generate  # noqa: E402
from hierarchy.importer import import_rows  # noqa: E402
from hierarchy.models import Level, Organization  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "20"))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(label, fn, runs=RUNS):
    samples = []
    with CaptureQueriesContext(connection) as ctx:
        fn()
    statements = len(ctx.captured_queries)
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    print(
        f"  {label:<52} p50={statistics.median(samples):7.2f} ms  "
        f"max={max(samples):7.2f} ms  statements={statements}"
    )


def empty_tree():
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE hierarchy_organization, hierarchy_organizationevent, "
            "hierarchy_organizationevent_organizations, hierarchy_orgrole RESTART IDENTITY"
        )


def main():
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    connection.set_schema_to_public()
    empty_tree()

    print("Generating and importing the full tree")
    t0 = time.perf_counter()
    rows = generate("full")
    print(f"  generated {len(rows):,} rows in {time.perf_counter() - t0:.2f} s")
    rss_before = rss_mb()
    t0 = time.perf_counter()
    report = import_rows(rows, source="bench")
    elapsed = time.perf_counter() - t0
    print(f"  import: {report.summary()}")
    print(f"  import time {elapsed:.2f} s; process max RSS {rss_before:.0f} -> {rss_mb():.0f} MiB")
    empty_tree()
    tracemalloc.start()
    t0 = time.perf_counter()
    import_rows(rows, source="bench-tracemalloc")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"  again from empty under tracemalloc: {time.perf_counter() - t0:.2f} s, "
        f"Python allocations peak {peak / 2**20:.0f} MiB"
    )
    t0 = time.perf_counter()
    again = import_rows(rows, source="bench-again")
    print(f"  re-import (idempotent): {again.summary()} in {time.perf_counter() - t0:.2f} s")
    levels = dict(
        Organization.objects.values_list("level").annotate(n=Count("id")).order_by("level")
    )
    print(f"  organisations per level: {levels}")

    print("\nQueries")
    grassroots = Organization.objects.filter(level=Level.GRASSROOTS, depth=4).order_by("path")[
        50_000
    ]
    hanoi = Organization.objects.get(code="LDLD-HA-NOI")
    for label, org in (("grassroots " + grassroots.code, grassroots), ("province Hà Nội", hanoi)):
        print(f" {label} (depth {org.depth}, subtree {org.subtree().count():,})")
        measure("ancestors (one query over path prefixes)", lambda o=org: list(o.get_ancestors()))
        measure("descendants (list)", lambda o=org: list(o.get_descendants().only("id", "code")))
        measure("subtree count", lambda o=org: o.subtree().count(), runs=RUNS)
        measure(
            "grassroots per level below (GROUP BY)",
            lambda o=org: list(
                o.subtree().values("level").annotate(n=Count("id")).order_by("level")
            ),
        )
    sql, params = hanoi.subtree().values("id").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN SELECT count(*) FROM (" + sql + ") s", params)
        print("  plan of the province subtree count:")
        for (line,) in cursor.fetchall():
            print("    " + line)

    print("\nMerging provinces")
    provinces = list(Organization.objects.filter(kind="provincial_federation").order_by("path"))
    sizes = sorted(((p.subtree().count(), p) for p in provinces), key=lambda x: -x[0])
    for label, (n1, p1), (n2, p2), code in (
        ("two largest", sizes[0], sizes[1], "BENCH-MERGE-1"),
        ("two smallest", sizes[-1], sizes[-2], "BENCH-MERGE-2"),
    ):
        t0 = time.perf_counter()
        with CaptureQueriesContext(connection) as ctx:
            merged = MergeOrganizations(
                [p1, p2], code=code, name=f"Liên đoàn Lao động hợp nhất {p1.code} + {p2.code}"
            ).execute()
        elapsed = time.perf_counter() - t0
        print(
            f"  {label}: {p1.code} ({n1:,}) + {p2.code} ({n2:,}) -> {merged.code} "
            f"({merged.subtree().count() - 1:,} organisations moved): {elapsed:.2f} s, "
            f"{len(ctx.captured_queries)} statements"
        )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM hierarchy_organization WHERE depth * 4 <> length(path)"
        )
        bad_depth = cursor.fetchone()[0]
        cursor.execute(
            """
            SELECT count(*) FROM hierarchy_organization c
            WHERE depth > 1 AND NOT EXISTS (SELECT 1 FROM hierarchy_organization p
                WHERE p.path = substr(c.path, 1, length(c.path) - 4))
            """
        )
        orphans = cursor.fetchone()[0]
    print(f"  tree check after merges: {bad_depth} wrong depths, {orphans} orphans")


if __name__ == "__main__":
    main()
