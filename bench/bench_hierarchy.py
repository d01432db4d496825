#!/usr/bin/env python
"""The organisation tree at national scale (about 130,000 organisations).

Prints, on this machine and database:
  * generating and importing the full generated tree: time, peak memory (process max RSS
    and Python allocations under tracemalloc), an idempotent re-import of the same rows;
    export to CSV;
  * ancestors / descendants / subtree count for a grassroots union and a province (time and
    SQL statements) and the plan of the subtree count (the path pattern index);
  * what the admin's organisation list runs for a provincial admin (role scope, count, one
    page, accent-insensitive search);
  * a re-import that renames 2,000 and re-parents 10,000 organisations, then once more;
  * moving a commune union and merging provinces of thousands of organisations each: time
    and statements, which must not grow with the number of organisations moved.

It always works in its own database, ``congdoan_bench_hier`` (``BENCH_DB``), created when
missing: on the server of ``DATABASE_URL`` (a database name in that URL is replaced unless it
contains "bench"), or in the embedded PostgreSQL when ``DATABASE_URL`` is unset. It empties
that database's organisation tree first and leaves the last run's tree behind.

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_bench_hier \\
      .venv/bin/python bench/bench_hierarchy.py        (or: python3 dev.py bench)
Options via environment: BENCH_RUNS (default 20) repetitions per query.
Targets (checked and printed, not asserted): import < 60 s, each merge < 10 s with the same
statement count for large and small provinces.
"""

import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "congdoan.settings.dev")

BENCH_DB = os.environ.get("BENCH_DB", "congdoan_bench_hier")


def use_bench_database() -> str:
    """Point DATABASE_URL at the bench's own database, creating it if needed."""
    url = os.environ.get("DATABASE_URL")
    if not url:
        os.environ["CONGDOAN_PG_DB"] = BENCH_DB
        from congdoan.embedded_pg import ensure_running

        url = ensure_running()  # creates the database
    else:
        import psycopg

        parts = urlsplit(url)
        if "bench" not in parts.path.lstrip("/"):
            url = urlunsplit(parts._replace(path="/" + BENCH_DB))
            parts = urlsplit(url)
        name = parts.path.lstrip("/")
        admin_url = urlunsplit(parts._replace(path="/postgres"))
        with psycopg.connect(admin_url, autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
    os.environ["DATABASE_URL"] = url
    return url


BENCH_URL = use_bench_database()

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from hierarchy import tree  # noqa: E402
from hierarchy.actions import (  # noqa: E402
    GrantRole,
    MergeOrganizations,
    MoveOrganization,
)
from hierarchy.generator import generate  # noqa: E402
from hierarchy.importer import export_rows, import_rows, write_csv  # noqa: E402
from hierarchy.models import Kind, Level, Organization, OrgRole, search_key  # noqa: E402
from hierarchy.roles import organizations_for  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "20"))
TABLES = (
    "hierarchy_organization, hierarchy_organizationevent, "
    "hierarchy_organizationevent_organizations, hierarchy_orgrole"
)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(label, fn, runs=RUNS):
    with CaptureQueriesContext(connection) as ctx:
        fn()
    statements = len(ctx.captured_queries)
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
        reset_queries()
    print(
        f"  {label:<50} p50={statistics.median(samples):8.2f} ms  "
        f"max={max(samples):8.2f} ms  statements={statements}"
    )


def empty_tree():
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {TABLES} RESTART IDENTITY")


def bench_user(email):
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(email=email)
    return user


def section_import():
    print("Generating and importing the full tree")
    t0 = time.perf_counter()
    rows = generate("full")
    print(f"  generated {len(rows):,} rows in {time.perf_counter() - t0:.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "cay-to-chuc.csv"
        with open(csv_path, "w", encoding="utf-8", newline="") as out:
            write_csv(rows, out)
        size = csv_path.stat().st_size / 2**20
        # The command an operator runs, in its own process: wall time and that process's
        # peak memory (ru_maxrss of the child), with its progress bar.
        t0 = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "manage.py", "import_org_tree", str(csv_path)],
            cwd=Path(__file__).resolve().parent.parent,
            capture_output=True,
            text=True,
            check=True,
        )
        elapsed = time.perf_counter() - t0
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    verdict = "met" if elapsed < 60 else "MISSED"
    print(f"  manage.py import_org_tree ({size:.1f} MiB CSV): {done.stdout.strip()}")
    for line in done.stderr.replace("\r", "\n").splitlines():
        if line.endswith("%") or "100%" in line:
            print(f"    progress: {line.strip()}")
    print(
        f"  import time {elapsed:.2f} s including process start-up (target < 60 s: {verdict}); "
        f"peak memory of the import process (max RSS) {child_rss:.0f} MiB"
    )
    empty_tree()
    tracemalloc.start()
    t0 = time.perf_counter()
    report = import_rows(rows, source="bench-tracemalloc")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"  in-process import_rows() under tracemalloc: {report.created:,} created in "
        f"{time.perf_counter() - t0:.2f} s (slowed by tracing), Python allocations peak "
        f"{peak / 2**20:.0f} MiB"
    )
    t0 = time.perf_counter()
    again = import_rows(rows, source="bench-again")
    print(f"  re-import, same rows: {again.summary()} in {time.perf_counter() - t0:.2f} s")

    out = io.StringIO()
    t0 = time.perf_counter()
    n = write_csv(export_rows(), out)
    print(
        f"  export to CSV: {n:,} rows, {len(out.getvalue()) / 2**20:.1f} MiB "
        f"in {time.perf_counter() - t0:.2f} s"
    )
    levels = dict(
        Organization.objects.values_list("level").annotate(n=Count("id")).order_by("level")
    )
    print(f"  organisations per level: {levels}")
    print(f"  process max RSS at the end of the import section: {rss_mb():.0f} MiB")
    return rows


def section_queries():
    print("\nQueries")
    grassroots = Organization.objects.filter(level=Level.GRASSROOTS, depth=4).order_by("path")[
        50_000
    ]
    hanoi = Organization.objects.get(code="LDLD-HA-NOI")
    for label, org in (("grassroots " + grassroots.code, grassroots), ("province Hà Nội", hanoi)):
        print(f" {label} (depth {org.depth}, subtree {org.subtree().count():,})")
        measure("ancestors (one query over path prefixes)", lambda o=org: list(o.get_ancestors()))
        measure(
            "descendants (list of id, code)",
            lambda o=org: list(o.subtree().exclude(pk=o.pk).values_list("id", "code")),
        )
        measure("subtree count", lambda o=org: o.subtree().count())
        measure(
            "organisations per level below (GROUP BY)",
            lambda o=org: list(
                o.subtree().values("level").annotate(n=Count("id")).order_by("level")
            ),
        )
    sql, params = hanoi.subtree().values("id").order_by().query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN SELECT count(*) FROM (" + sql + ") s", params)
        print("  plan of the province subtree count:")
        for (line,) in cursor.fetchall():
            print("    " + line)

    print("\nAdmin organisation list of a provincial admin (Hà Nội)")
    admin = bench_user("bench.admin.hanoi@example.vn")
    OrgRole.objects.get_or_create(user=admin, organization=hanoi, role="admin")
    national = Organization.objects.get(depth=1)

    def scoped():
        return organizations_for(admin).filter(path__startswith=national.path)

    measure("role scope + count (index header)", lambda: scoped().count())
    measure(
        "first page of 50 (ordered by path)",
        lambda: list(scoped().order_by("path").values_list("code", "name")[:50]),
    )
    key = search_key("cong ty may")
    measure(
        "search 'cong ty may' (accent-folded) + count",
        lambda: scoped().filter(search_text__contains=key).count(),
    )
    OrgRole.objects.filter(user=admin).delete()


def section_reimport_changes(rows):
    print("\nRe-importing a restructured file (the 2025 kind: re-parented grassroots unions)")
    changed = [dict(r) for r in rows]
    grassroots = [r for r in changed if r["level"] == Level.GRASSROOTS]
    for r in grassroots[:2000]:
        r["name"] += " (đổi tên)"
    communes = [r["code"] for r in changed if r["kind"] == Kind.COMMUNE_UNION]
    for i, r in enumerate(grassroots[5000:15000]):
        r["parent_code"] = communes[i % len(communes)]
    t0 = time.perf_counter()
    report = import_rows(changed, source="bench-changed")
    print(
        f"  re-import, 2,000 renamed and 10,000 re-parented: {report.summary()} "
        f"in {time.perf_counter() - t0:.2f} s"
    )
    t0 = time.perf_counter()
    again = import_rows(changed, source="bench-changed-again")
    print(f"  the same file once more: {again.summary()} in {time.perf_counter() - t0:.2f} s")


def section_restructure():
    print("\nRestructuring")
    commune = (
        Organization.objects.filter(kind=Kind.COMMUNE_UNION, status="active")
        .order_by("-numchild")
        .first()
    )
    target = (
        Organization.objects.filter(kind=Kind.PROVINCIAL_FEDERATION)
        .exclude(path=commune.path[:8])
        .order_by("path")
        .first()
    )
    size = commune.subtree().count()
    t0 = time.perf_counter()
    with CaptureQueriesContext(connection) as ctx:
        MoveOrganization(commune, target).execute()
    print(
        f"  move {commune.code} ({size:,} organisations) to {target.code}: "
        f"{(time.perf_counter() - t0) * 1000:.0f} ms, {len(ctx.captured_queries)} statements"
    )

    provinces = list(Organization.objects.filter(kind="provincial_federation").order_by("path"))
    sizes = sorted(((p.subtree().count(), p) for p in provinces), key=lambda x: -x[0])
    for i, (_, province) in enumerate(sizes):
        # One admin per province: roles are carried over too.
        GrantRole(bench_user(f"bench.admin{i}@example.vn"), province, "admin").execute()
    results = []
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
        statements = len(ctx.captured_queries)
        moved = merged.subtree().count() - 1
        results.append((elapsed, statements))
        print(
            f"  merge {label}: {p1.code} ({n1:,}) + {p2.code} ({n2:,}) -> {merged.code} "
            f"({moved:,} organisations moved): {elapsed:.2f} s, {statements} statements"
        )
        if label == "two largest":
            updates = [q for q in ctx.captured_queries if q["sql"].lstrip().startswith("UPDATE")]
            print(f"    of which UPDATE statements: {len(updates)}")
    slowest = max(t for t, _ in results)
    same = len({s for _, s in results}) == 1
    print(
        f"  targets: merge < 10 s: {'met' if slowest < 10 else 'MISSED'} (slowest "
        f"{slowest:.2f} s); statements independent of size: {'yes' if same else 'NO'}"
    )
    t0 = time.perf_counter()
    problems = tree.integrity_problems()
    print(
        f"  tree check after the restructurings ({(time.perf_counter() - t0) * 1000:.0f} ms, "
        f"3 statements): {problems}"
    )


def main():
    print(f"database: {BENCH_URL.rsplit('@', 1)[-1]}; {os.cpu_count()} CPUs\n")
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    connection.set_schema_to_public()
    empty_tree()
    rows = section_import()
    section_queries()
    section_reimport_changes(rows)
    section_restructure()
    print(f"\nprocess max RSS overall: {rss_mb():.0f} MiB")


if __name__ == "__main__":
    main()
