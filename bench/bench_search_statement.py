#!/usr/bin/env python
"""The ranked search statement alone: PostgreSQL's own timing, before and after issue 12.

On the tenant of ``bench/bench_graphql.py`` (1,000 articles, seeded or reused the same way)
and its rotated search queries (every query with at least 20 hits), this runs the floor's
statement (``bench/floor.py``: the 20 best hits as ``cms.search`` ranks them) under
``EXPLAIN (ANALYZE, BUFFERS)`` and reports planning + execution ms and shared buffers, in four
variants interleaved query by query (so background load hits each alike):

* ``before``       the title tiers as they were (``ts_filter(body, '{a}') @@ q``, three per
  row) against the index table with the vector in TOAST (PostgreSQL's default storage);
* ``storage-only`` the old title tiers against the vector stored in the row;
* ``query-only``   the new title tiers (``body @@ q:A``) against the TOASTed vector;
* ``after``        what ``cms.search`` runs now: new tiers, vector in the row.

The TOASTed variants read a copy of the tenant's index table made with the default storage in
a side schema put first on ``search_path`` (same rows, same indexes, same statistics); the
"old" statement is today's with its title tiers rewritten back (``old_title_tiers``). Every
variant returns the same ids in the same order (checked). It also prints the median time
``cms.search`` and Django take to build the statement in Python (what the floor pays per
request besides running it).

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_bench_gql \\
      .venv/bin/python bench/bench_search_statement.py
Options via environment: BENCH_ROUNDS (passes over the queries, default 3).
"""

from __future__ import annotations

import datetime
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench.bench_graphql as gql  # sets Django up: import it first
from bench import floor
from bench.bench_graphql import connection, schema_context

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
SIDE = "bench_search_toast"
NEW_TIER = "regexp_replace(("
NEW_TIER_END = ")::text, %s, '\\1:A', 'g')::tsquery"
VECTOR = '"wagtailsearch_indexentry"."body"'


def old_title_tiers(sql: str, params: list) -> tuple[str, list]:
    """Today's statement with each title tier ``body @@ <q with lexemes at :A>`` written back
    as ``ts_filter(body, '{a}') @@ <q>`` (the statement before this change)."""
    params = list(params)
    out, pos, removed = [], 0, 0
    prefix = f"{VECTOR} @@ {NEW_TIER}"
    while (start := sql.find(prefix, pos)) >= 0:
        inner_start = start + len(prefix)
        depth, i = 1, inner_start
        while depth:
            depth += {"(": 1, ")": -1}.get(sql[i], 0)
            i += 1
        inner = sql[inner_start : i - 1]
        if not sql.startswith(NEW_TIER_END, i - 1):
            raise ValueError("unexpected title tier shape")
        # The pattern parameter of this tier: the placeholders before it, plus the inner ones.
        index = sql[:inner_start].count("%s") + inner.count("%s") - removed
        del params[index]
        removed += 1
        out.append(sql[pos:start] + f"ts_filter({VECTOR}, '{{a}}') @@ ({inner})")
        pos = i - 1 + len(NEW_TIER_END)
    out.append(sql[pos:])
    return "".join(out), params


def make_toasted_copy(schema: str) -> None:
    """``SIDE.wagtailsearch_indexentry``: the tenant's index rows with default storage."""
    with connection.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {SIDE} CASCADE")
        cursor.execute(f"CREATE SCHEMA {SIDE}")
        cursor.execute(
            f"CREATE TABLE {SIDE}.wagtailsearch_indexentry "
            f"(LIKE {schema}.wagtailsearch_indexentry INCLUDING ALL)"
        )
        cursor.execute(
            f"ALTER TABLE {SIDE}.wagtailsearch_indexentry ALTER COLUMN body SET STORAGE EXTENDED"
        )
        # ``|| ''`` hands the toaster a fresh value (a plain copy would keep inline values).
        cursor.execute(
            f"INSERT INTO {SIDE}.wagtailsearch_indexentry "
            "(id, object_id, title_norm, content_type_id, autocomplete, title, body, "
            "title_text, body_text) SELECT id, object_id, title_norm, content_type_id, "
            "autocomplete, title, body || ''::tsvector, title_text, body_text "
            f"FROM {schema}.wagtailsearch_indexentry"
        )
        cursor.execute(f"VACUUM ANALYZE {SIDE}.wagtailsearch_indexentry")
        cursor.execute(f"VACUUM ANALYZE {schema}.wagtailsearch_indexentry")


def explain(sql: str, params: list, search_path: str) -> tuple[float, int, list]:
    with connection.cursor() as cursor:
        cursor.execute(f"SET search_path TO {search_path}")
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0][0]
        cursor.execute(sql, params)
        ids = [row[0] for row in cursor.fetchall()]
    root = plan["Plan"]
    ms = plan["Planning Time"] + plan["Execution Time"]
    return ms, root["Shared Hit Blocks"] + root["Shared Read Blocks"], ids


def main() -> None:
    from wagtail.models import Page

    from cms.search import _search, parse

    gql.RESULTS.mkdir(exist_ok=True)
    gql.prepare_tenant()
    terms = gql.search_terms()
    with schema_context(gql.SCHEMA):
        root = floor._root()
        pages = Page.objects.live().public().filter(depth__gt=1, url_path__startswith=root)
        statements, build_ms = [], []
        for text in terms:
            started = time.perf_counter()
            queryset = _search(pages, parse(text)).values("id", "title", "url_path")[:20]
            new = queryset.query.sql_with_params()
            build_ms.append((time.perf_counter() - started) * 1000)
            statements.append((text, new, old_title_tiers(*new)))
        make_toasted_copy(gql.SCHEMA)
        main_path = f"{gql.SCHEMA}, public"
        toast_path = f"{SIDE}, {gql.SCHEMA}, public"
        variants = {
            "before": (1, toast_path),
            "storage-only": (1, main_path),
            "query-only": (0, toast_path),
            "after": (0, main_path),
        }
        ms = {name: [] for name in variants}
        buffers = {name: [] for name in variants}
        for _ in range(ROUNDS):
            for text, new, old in statements:
                seen = {}
                for name, (use_old, path) in variants.items():
                    sql, params = old if use_old else new
                    took, blocks, ids = explain(sql, params, path)
                    ms[name].append(took)
                    buffers[name].append(blocks)
                    seen[name] = ids
                if len({tuple(ids) for ids in seen.values()}) != 1:
                    raise SystemExit(f"variants disagree on {text!r}: {seen}")
        with connection.cursor() as cursor:
            cursor.execute(f"DROP SCHEMA {SIDE} CASCADE")
    summary = {}
    before = statistics.median(ms["before"])
    print(f"{len(terms)} queries x {ROUNDS} rounds, statement planning + execution:")
    header = ("variant", "median ms", "mean ms", "p95 ms", "buffers", "x")
    print("  {:<13} {:>10} {:>8} {:>7} {:>8} {:>6}".format(*header))
    for name in variants:
        values = sorted(ms[name])
        row = {
            "median_ms": round(statistics.median(values), 2),
            "mean_ms": round(statistics.mean(values), 2),
            "p95_ms": round(values[int(len(values) * 0.95)], 2),
            "median_buffers": statistics.median(buffers[name]),
            "before_over": round(before / statistics.median(values), 2),
        }
        summary[name] = row
        print(
            f"  {name:<13} {row['median_ms']:>10.2f} {row['mean_ms']:>8.2f} {row['p95_ms']:>7.2f}"
            f" {row['median_buffers']:>8.0f} {row['before_over']:>5.2f}x"
        )
    build = round(statistics.median(build_ms), 2)
    print(f"  building the statement in Python (cms.search + Django's compiler): median {build} ms")
    summary["build_median_ms"] = build
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    path = gql.RESULTS / f"search_statement-{stamp}.json"
    path.write_text(
        json.dumps(
            {"queries": len(terms), "rounds": ROUNDS, "articles": gql.ARTICLES, **summary},
            indent=2,
        )
    )
    print(f"raw results: {path.relative_to(gql.ROOT)}")


if __name__ == "__main__":
    main()
