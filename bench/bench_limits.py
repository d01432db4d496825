#!/usr/bin/env python
"""What the GraphQL limits let an anonymous client do, on the demo's data.

For several families of expensive queries (nested connections, aliases, every rendition of
every cover, per-object statements, a full article page, the widest search) the largest
variant the limits accept is found with the cost estimate (graphql_api.security), then sent
over HTTP to the app (production-like settings: DEBUG off, masked errors, no introspection;
a threaded WSGI server in this process) and measured: median wall time of ``BENCH_ROUNDS``
requests, SQL statements (every statement of every connection, counted by an
``execute_wrapper`` installed on each new connection) and answer bytes. The smallest variant
of each family that is refused is measured the same way. Printed: the most expensive accepted
query next to the cheapest refused one, then every family.

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_demo \\
      .venv/bin/python bench/bench_limits.py
The database is seeded with ``manage.py demo --no-serve`` first when it has no demo tenant.
Options via environment: BENCH_ROUNDS (default 5).
"""

from __future__ import annotations

import http.client
import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings_limits")

from congdoan.embedded_pg import ensure_if_needed  # noqa: E402

ensure_if_needed()

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.db.backends.signals import connection_created  # noqa: E402
from graphql import get_operation_ast, parse  # noqa: E402

from graphql_api.schema import schema  # noqa: E402
from graphql_api.security import estimate_cost, limits  # noqa: E402
from tenants.models import Tenant  # noqa: E402

HOST = "hanoi.localhost"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
SIZES = "[THUMBNAIL, CARD, HERO, CONTENT, SQUARE, PORTRAIT, OG, ORIGINAL]"
BODY = """body { __typename ... on ParagraphBlock { html } ... on ImageBlock { caption
  image { rendition(size: CONTENT) { url width height } } } ... on QuoteBlock { text }
  ... on DocumentLinkBlock { label document { url } }
  ... on CallToActionBlock { url page { urlPath } }
  ... on TableBlock { rows { cells } } }"""
ARTICLE = f"""id title urlPath publishedOn author standfirst
  coverImage {{ rendition(size: CARD) {{ url width height }} srcSet(sizes: {SIZES}) }}
  topics {{ name slug }} tags {{ name slug }}"""


def families():
    """name -> (parameter range, query for a parameter)."""
    return {
        "aliased article lists": (
            range(1, 31),
            lambda n: "{ "
            + " ".join(
                f"a{i}: articles(first: 100) {{ totalCount edges {{ node {{ {ARTICLE} }} }} }}"
                for i in range(n)
            )
            + " }",
        ),
        "articles with bodies": (
            range(1, 101),
            lambda n: f"{{ articles(first: {n}) {{ edges {{ node {{ {ARTICLE} {BODY} }} }} }} }}",
        ),
        "nested children": (
            range(1, 101),
            lambda n: f"{{ pages(first: {n}) {{ edges {{ node {{ title children(first: {n}) "
            f"{{ edges {{ node {{ title children(first: {n}) {{ edges {{ node {{ title }} }} }} "
            "} } } } } } }",
        ),
        "per-object parent/ancestors": (
            range(1, 101),
            lambda n: f"{{ pages(first: {n}) {{ edges {{ node {{ title parent {{ title }} "
            "ancestors { title urlPath } } } } }",
        ),
        "widest search": (
            range(1, 101),
            lambda n: f'{{ search(query: "cong doan", first: {n}) {{ totalCount edges {{ node '
            "{ title urlPath pageType ... on ArticlePage { standfirst } } } } }",
        ),
        "organisations": (
            range(1, 31),
            lambda n: "{ "
            + " ".join(
                f"o{i}: organizations(first: 100) {{ totalCount edges {{ node {{ code name "
                "ancestors { code name } } } }"
                for i in range(n)
            )
            + " }",
        ),
    }


def accepted(query: str) -> bool:
    lim = limits()
    try:
        document = parse(query)
        estimate = estimate_cost(schema._schema, document, get_operation_ast(document), {})
    except Exception:  # a refusal of the estimator itself
        return False
    return estimate.nodes <= lim.max_cost and estimate.statements <= lim.max_statements


class Counter:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    def __call__(self, execute, sql, params, many, context):
        with self.lock:
            self.count += 1
        return execute(sql, params, many, context)


COUNTER = Counter()
def _count_on(sender, connection, **kwargs):
    connection.execute_wrappers.append(COUNTER)


connection_created.connect(_count_on, weak=False)


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def serve() -> tuple[ThreadedWSGIServer, int]:
    server = ThreadedWSGIServer(("127.0.0.1", 0), QuietHandler)
    server.set_app(get_wsgi_application())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def measure(port: int, query: str) -> dict:
    times, statements, size, status, errors = [], [], 0, 0, None
    for _ in range(ROUNDS + 1):  # the first run warms renditions and caches, not counted
        body = json.dumps({"query": query}).encode()
        before = COUNTER.count
        started = time.perf_counter()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        conn.request("POST", "/graphql/", body, {"Host": HOST, "Content-Type": "application/json"})
        response = conn.getresponse()
        content = response.read()
        conn.close()
        times.append(time.perf_counter() - started)
        statements.append(COUNTER.count - before)
        size, status = len(content), response.status
        answer = json.loads(content)
        errors = [e["message"] for e in answer.get("errors", [])]
    return {
        "ms": statistics.median(times[1:]) * 1000,
        "statements": statistics.median(statements[1:]),
        "bytes": size,
        "status": status,
        "error": errors[0] if errors else "",
        "query_bytes": len(query.encode()),
    }


def main():
    if not Tenant.objects.filter(schema_name="ldld_hanoi").exists():
        call_command("demo", "--no-serve")
    lim = limits()
    print(
        f"Limits: {lim.max_cost} nodes, {lim.max_statements} statements estimated; budget "
        f"{lim.budget_statements} statements / {lim.max_seconds:g} s; answers ≤ "
        f"{lim.max_response_bytes} bytes; {ROUNDS} timed requests each (median).\n"
    )
    server, port = serve()
    rows = []
    try:
        for name, (parameters, build) in families().items():
            ok = [n for n in parameters if accepted(build(n))]
            largest = max(ok) if ok else None
            refused = next((n for n in parameters if largest is None or n > largest), None)
            if largest is not None:
                rows.append((name, "accepted", largest, measure(port, build(largest))))
            if refused is not None and not accepted(build(refused)):
                rows.append((name, "refused", refused, measure(port, build(refused))))
    finally:
        server.shutdown()
    print(
        f"{'family':30} {'verdict':9} {'n':>4} {'status':>6} {'ms':>9} {'SQL':>5} {'bytes':>10}"
    )
    for name, verdict, n, m in rows:
        print(
            f"{name:30} {verdict:9} {n:>4} {m['status']:>6} {m['ms']:>9.1f} "
            f"{m['statements']:>5g} {m['bytes']:>10}"
        )
    accepted_rows = [r for r in rows if r[1] == "accepted" and r[3]["status"] == 200]
    refused_rows = [r for r in rows if r[1] == "refused"]
    if accepted_rows and refused_rows:
        worst = max(accepted_rows, key=lambda r: r[3]["ms"])
        cheapest = min(refused_rows, key=lambda r: r[3]["ms"])
        print("\nMost expensive accepted vs cheapest refused (anonymous):")
        for label, (name, _verdict, n, m) in (("accepted", worst), ("refused", cheapest)):
            print(
                f"  {label:9} {name} (n={n}): {m['ms']:.1f} ms, {m['statements']:g} statements, "
                f"{m['bytes']} bytes answer, {m['query_bytes']} bytes query"
                + (f" — {m['error'][:110]}" if m["error"] else "")
            )


if __name__ == "__main__":
    main()
