#!/usr/bin/env python
"""The programme dashboard (``programme.dashboard``, ``programme.charts``) on the national tree
(about 130,000 organisations) with a year of figures.

1. The generated tree (``hierarchy.generator``), imported once into the benchmark's own
   database (``h_dashboard_bench``, ``BENCH_DB``) and reused.
2. A year of figures written straight into ``OrgMonth`` (random monthly counts of the
   per-unit series for 70% of the organisations at levels 2-4, cases due/answered for
   levels 2-3) and ``SubtreeMonth`` computed from them by one grouped INSERT: the same rows
   ``programme.recording`` keeps, without replaying millions of events (the events helper's
   ``bench/bench_programme.py`` measures recording and folding).
3. For the federation, a province (the largest) and a grassroots union: what one dashboard
   page reads (overview with per-unit counts, monthly trend, distribution by branch, kind
   and level, laggards of a per-unit and of a rate indicator) and the charts rendered: the
   statement count, p50 and max over ``BENCH_RUNS`` runs (default 5), the p50 of reading and
   computing and of drawing the SVG charts, and the number of units counted.

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_dashboard_bench \\
      .venv/bin/python bench/bench_programme_dashboard.py
"""

import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "congdoan.settings.dev")

BENCH_DB = os.environ.get("BENCH_DB", "h_dashboard_bench")
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
YEAR = 2025


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


use_bench_database()

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from hierarchy.generator import generate  # noqa: E402
from hierarchy.importer import import_rows  # noqa: E402
from hierarchy.models import Organization  # noqa: E402
from programme.admin.dashboard import _charts  # noqa: E402
from programme.dashboard import Dashboard  # noqa: E402
from programme.figures import Period  # noqa: E402
from programme.metrics import INDICATORS  # noqa: E402


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
        import_rows(generate("full"), source="bench-dashboard")
        count = Organization.objects.count()
        print(f"  {count:,} organisations in {time.perf_counter() - t0:.1f} s")
    return count


def ensure_figures() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM programme_orgmonth")
        rows = cursor.fetchone()[0]
        if rows:
            return rows
        print("writing a year of figures (once)...")
        t0 = time.perf_counter()
        cursor.execute("SELECT setseed(0.2025)")
        cursor.execute(
            """
            INSERT INTO programme_orgmonth (organization_id, month, series, value)
            SELECT o.id, make_date(%s, m, 1), s.series,
                   CASE s.series WHEN 'campaigns' THEN (random() < 0.1)::int
                                 ELSE (random() * 6)::int END
            FROM hierarchy_organization o
            CROSS JOIN generate_series(1, 12) AS m
            CROSS JOIN (VALUES ('sent_up'), ('published'), ('campaigns')) AS s(series)
            WHERE o.level BETWEEN 2 AND 4 AND random() < 0.7
            """,
            [YEAR],
        )
        cursor.execute(
            """
            INSERT INTO programme_orgmonth (organization_id, month, series, value)
            SELECT o.id, make_date(%s, m, 1), s.series, d.due - (s.series = 'cases_on_time')::int
                   * (random() * 2)::int
            FROM hierarchy_organization o
            CROSS JOIN generate_series(1, 12) AS m
            CROSS JOIN (VALUES ('cases_due'), ('cases_on_time')) AS s(series)
            CROSS JOIN LATERAL (SELECT 2 + m %% 3 AS due) d
            WHERE o.level IN (2, 3)
            """,
            [YEAR],
        )
        cursor.execute(
            """
            INSERT INTO programme_subtreemonth (organization_id, month, series, org_kind, value)
            SELECT a.id, m.month, m.series, o.kind, sum(m.value)
            FROM programme_orgmonth m
            JOIN hierarchy_organization o ON o.id = m.organization_id
            CROSS JOIN LATERAL generate_series(1, length(o.path) / 4) AS n
            JOIN hierarchy_organization a ON a.path = substr(o.path, 1, n * 4)
            GROUP BY a.id, m.month, m.series, o.kind
            """
        )
        cursor.execute("ANALYZE programme_orgmonth")
        cursor.execute("ANALYZE programme_subtreemonth")
        cursor.execute("ANALYZE hierarchy_organization")
        cursor.execute("SELECT count(*) FROM programme_orgmonth")
        rows = cursor.fetchone()[0]
        took = time.perf_counter() - t0
        print(f"  {rows:,} OrgMonth rows and their subtree sums in {took:.1f} s")
        return rows


def page(org: Organization) -> tuple[int, int, float, float]:
    """What the dashboard view reads and renders for ``org`` (but the admin's chrome):
    (units, laggards, ms reading and computing, ms drawing the charts)."""
    t0 = time.perf_counter()
    board = Dashboard(org, Period.year(YEAR))
    sent_up, cases = INDICATORS["articles_sent_up"], INDICATORS["cases_on_time"]
    board.groups()
    Dashboard.named(board.laggards(sent_up)[:25])
    board.laggards(cases)
    for indicator in (sent_up, cases):
        board.by_branch(indicator), board.by_kind(indicator), board.by_level(indicator)
    board.trend()
    t1 = time.perf_counter()
    _charts(board, sent_up, board.period)
    t2 = time.perf_counter()
    return len(board.units), len(board.laggards(sent_up)), (t1 - t0) * 1000, (t2 - t1) * 1000


def measure(label: str, org: Organization) -> None:
    with CaptureQueriesContext(connection) as ctx:
        units, laggards, _, _ = page(org)
    data, drawing = [], []
    for _ in range(RUNS):
        _, _, read, drawn = page(org)
        data.append(read)
        drawing.append(drawn)
    total = [a + b for a, b in zip(data, drawing, strict=True)]
    print(
        f"  {label:<40} {statistics.median(total):8.1f} {max(total):8.1f}"
        f" {statistics.median(data):8.1f} {statistics.median(drawing):8.1f}"
        f"  {len(ctx.captured_queries):>10}  {units:>7,}  {laggards:>8,}"
    )


def main():
    count = ensure_tree()
    rows = ensure_figures()
    print(f"\n{count:,} organisations, {rows:,} OrgMonth rows, year {YEAR}; {RUNS} runs each")
    print(
        f"  {'dashboard of':<40} {'p50 ms':>8} {'max ms':>8} {'data ms':>8} {'SVG ms':>8}"
        "  statements    units  laggards"
    )
    national = Organization.objects.get(depth=1)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT substr(path, 1, 8) FROM hierarchy_organization WHERE depth >= 2 "
            "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
        )
        province = Organization.objects.get(path=cursor.fetchone()[0])
    unit = Organization.objects.filter(level=4, path__startswith=province.path).first()
    measure(f"the federation ({national.code})", national)
    measure(f"the largest province ({province.code})", province)
    measure(f"a grassroots union ({unit.code})", unit)


if __name__ == "__main__":
    main()
