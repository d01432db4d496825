#!/usr/bin/env python
"""Where the API's time goes: CPU time of this process per request (the database's time is
not counted), in-process through Django's test client, for the shapes and rotated inputs of
bench/bench_graphql.py, and for the floor's views. CPU time moves far less than wall time
when the machine is shared; the profile (``--profile``) names the functions.

Run (after bench/bench_graphql.py has seeded its tenant):
  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_bench_gql \\
      .venv/bin/python bench/profile_graphql.py feed20 feed100 detail search [--profile] [--sql]
A/B of the direct resolvers (graphql_api/content/fast.py): BENCH_DIRECT_RESOLVERS=0.
``--sql`` prints the statements of one request per shape; PROFILE_SORT (cumulative) and
PROFILE_LINES (40) shape the profile.
"""

from __future__ import annotations

import cProfile
import json
import os
import pstats
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings_bench")

import bench.bench_graphql as b  # sets Django up

REQUESTS = int(os.environ.get("PROFILE_REQUESTS", "40"))
TERMS = ["cong doan", "lương", "lao dong", "doan vien", "an toan"]


def request_for(shape: str, ids: list[int]):
    from django.test import Client

    client = Client(HTTP_HOST=b.DOMAIN)

    def graphql(query, variables):
        response = client.post(
            "/graphql/",
            json.dumps({"query": query, "variables": variables}),
            content_type="application/json",
        )
        assert response.status_code == 200 and b'"errors"' not in response.content
        return response

    def call(i: int):
        if shape in ("feed20", "feed100"):
            size = int(shape[4:])
            return graphql(b.FEED, {"first": size, "after": b.cursor((i % 5) * size)})
        if shape == "detail":
            return graphql(b.DETAIL, {"id": str(ids[i])})
        if shape == "search":
            return graphql(b.SEARCH, {"q": TERMS[i % 5]})
        kind = shape.removeprefix("floor-")
        if kind in ("feed20", "feed100"):
            size = int(kind[4:])
            return client.get(f"/floor/feed/?n={size}&offset={(i % 5) * size}")
        if kind == "detail":
            return client.get(f"/floor/detail/?id={ids[i]}")
        return client.get("/floor/search/?" + urlencode({"q": TERMS[i % 5]}))

    return call


def main():
    from django_tenants.utils import schema_context

    from cms.models import ArticlePage

    shapes = [a for a in sys.argv[1:] if not a.startswith("--")]
    with schema_context(b.SCHEMA):
        ids = list(ArticlePage.objects.order_by("?").values_list("pk", flat=True))
    for shape in shapes or ["feed20", "feed100", "detail", "search"]:
        call = request_for(shape, ids)
        for i in range(5):
            call(i)
        samples = []
        for i in range(5, REQUESTS):
            started = time.process_time()
            call(i)
            samples.append(time.process_time() - started)
        print(f"{shape:<16} CPU per request p50 {statistics.median(samples) * 1000:7.2f} ms")
        if "--sql" in sys.argv:
            from django.db import connection
            from django.test.utils import CaptureQueriesContext

            connection.set_schema_to_public()
            with CaptureQueriesContext(connection) as captured:
                call(REQUESTS + 7)
            sql = [query["sql"] for query in captured.captured_queries]
            print(f"  {len(sql)} statements")
            for text in sql:
                print(f"    {text[:300]}")
        if "--profile" in sys.argv:
            profile = cProfile.Profile()
            profile.enable()
            for i in range(REQUESTS, 2 * REQUESTS - 5):
                call(i % len(ids))
            profile.disable()
            stats = pstats.Stats(profile).sort_stats(os.environ.get("PROFILE_SORT", "cumulative"))
            stats.print_stats(int(os.environ.get("PROFILE_LINES", "40")))


if __name__ == "__main__":
    main()
