#!/usr/bin/env python
"""GraphQL API latency against its peers, on one tenant with 1,000 articles.

Each article has a cover image, two topics, two tags, an author and a StreamField body
(paragraphs with an internal link, two image blocks, a quote, a table). Four request shapes
are timed: a 20-item feed, a 100-item feed (cover image rendition, topics, tags, author, total
count), a page detail (body with rich text and image renditions) and a Vietnamese search
("cong doan", 20 best hits). Peers, side by side in the same run, each behind one gunicorn
sync worker:

* ``graphql``  this project's API (``/graphql/``);
* ``rest-v2``  Wagtail's REST API v2 serving the same fields (bench/urls_bench.py);
* ``grapple``  wagtail-grapple serving the same queries, in the separate venv
  ``.bench-venv`` (it needs graphql-core < 3.3; see docs/benchmarks.md for its set-up);
* ``floor``    one hand-written SQL statement + ``json.dumps`` per request (bench/floor.py),
  behind the same worker (``floor-http``) and called in-process (``floor-sql``).

Search asks for the 20 best hits only (grapple's search has no total count; Wagtail's REST
API always counts). ``graphql`` returns ``totalCount`` in the same statement when asked.

Requests are interleaved (one per peer in turn) so background load hits every peer alike.

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_bench_gql \\
      .venv/bin/python bench/bench_graphql.py
Options via environment: BENCH_ARTICLES (default 1000), BENCH_ROUNDS (requests per peer and
shape, default 200), BENCH_GRAPPLE_PYTHON (default .bench-venv/bin/python).
"""

from __future__ import annotations

import datetime
import http.client
import io
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings_bench")

from congdoan.embedded_pg import ensure_if_needed  # noqa: E402

ensure_if_needed()

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402

from bench import floor  # noqa: E402
from bench.pages import leaf_page_row  # noqa: E402
from tenants.models import Tenant, TenantKind  # noqa: E402
from tenants.provisioning import drop_tenant, ensure_template, provision_tenant  # noqa: E402
from tenants.public import ensure_public_tenant  # noqa: E402

ARTICLES = int(os.environ.get("BENCH_ARTICLES", "1000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "200"))
WARMUP = 10
SCHEMA, DOMAIN = "bench_gql", "bench-gql.localhost"
GRAPPLE_PYTHON = Path(os.environ.get("BENCH_GRAPPLE_PYTHON", ROOT / ".bench-venv/bin/python"))
SEARCH_TEXT = "cong doan"

SUBJECTS = ["Công đoàn cơ sở", "Liên đoàn Lao động tỉnh", "Đoàn viên công đoàn", "Người lao động"]
ACTIONS = [
    "tổ chức đối thoại về tiền lương",
    "giám sát việc trả lương tối thiểu vùng",
    "thăm hỏi công nhân có hoàn cảnh khó khăn",
    "tập huấn an toàn, vệ sinh lao động",
    "ký thỏa ước lao động tập thể",
]
PLACES = ["Bắc Ninh", "Thái Nguyên", "Đồng Nai", "Hải Phòng", "Nghệ An"]


# --- Content -------------------------------------------------------------------------


def png_bytes(rng) -> bytes:
    from PIL import Image as PILImage

    buffer = io.BytesIO()
    color = tuple(rng.randrange(256) for _ in range(3))
    PILImage.new("RGB", (800, 450), color).save(buffer, "PNG")
    return buffer.getvalue()


@transaction.atomic
def seed(count: int) -> None:
    """``count`` live articles under one section, loaded in bulk (page rows with precomputed
    tree paths, article rows and relation rows by multi-row INSERT, search index in bulk)."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.files.images import ImageFile
    from taggit.models import Tag
    from wagtail.images.models import Image
    from wagtail.models import Locale, Page, Site
    from wagtail.search.backends import get_search_backend

    from cms.models import ArticlePage, SectionPage, Topic
    from congdoan.text import vn_slugify

    rng = random.Random(2026)
    home = Site.objects.get(is_default_site=True).root_page.specific
    section = SectionPage(title="Tin tức", intro="Tin hoạt động")
    home.add_child(instance=section)
    section.save_revision().publish()
    section.refresh_from_db()
    images = [
        Image.objects.create(
            title=f"Ảnh {i}", file=ImageFile(io.BytesIO(png_bytes(rng)), name=f"bia-{i}.png")
        )
        for i in range(count)
    ]
    topics = list(Topic.objects.order_by("sort_order")[:6])
    tags = [Tag.objects.get_or_create(name=n, slug=vn_slugify(n))[0] for n in ("lương", "bhxh")]
    content_type = ContentType.objects.get_for_model(ArticlePage)
    locale = Locale.get_default()
    start = timezone.now() - datetime.timedelta(days=count)
    pages, rows = [], []
    for i in range(count):
        subject, action, place = rng.choice(SUBJECTS), rng.choice(ACTIONS), rng.choice(PLACES)
        title = f"{subject} {place} {action} (tin số {i})"
        slug = vn_slugify(title)
        published = start + datetime.timedelta(days=i)
        pages.append(
            leaf_page_row(
                Page,
                section,
                i + 1,
                title,
                slug,
                when=published,
                content_type=content_type,
                locale=locale,
            )
        )
        rows.append((f"{subject} {rng.choice(ACTIONS)} cho đoàn viên tại {place}.", published))
    Page.objects.bulk_create(pages, batch_size=1000)
    Page.objects.filter(pk=section.pk).update(numchild=count)

    with connection.cursor() as cursor:
        for offset in range(0, count, 500):
            batch = range(offset, min(count, offset + 500))
            values, params = [], []
            for i in batch:
                page, (standfirst, published) = pages[i], rows[i]
                linked = pages[(i + 1) % count]
                body = [
                    {
                        "type": "paragraph",
                        "id": str(uuid.uuid4()),
                        "value": f'<p>{standfirst} Xem <a linktype="page" id="{linked.pk}">'
                        "tin liên quan</a>.</p>",
                    },
                    *(
                        {
                            "type": "image",
                            "id": str(uuid.uuid4()),
                            "value": {
                                "image": images[(i + k) % count].pk,
                                "caption": "Ảnh hoạt động",
                                "credit": "",
                                "alt": "",
                            },
                        }
                        for k in (1, 2)
                    ),
                    *(
                        {"type": "paragraph", "id": str(uuid.uuid4()), "value": f"<p>{t}</p>"}
                        for t in (rng.choice(ACTIONS), rng.choice(ACTIONS), rng.choice(ACTIONS))
                    ),
                    {
                        "type": "quote",
                        "id": str(uuid.uuid4()),
                        "value": {"text": "Đoàn viên là trung tâm.", "attribution": "Chủ tịch"},
                    },
                    {
                        "type": "table",
                        "id": str(uuid.uuid4()),
                        "value": {
                            "data": [["Vùng", "Mức lương"], ["I", "4.960.000"]],
                            "first_row_is_table_header": True,
                            "first_col_is_header": False,
                            "table_caption": "Lương tối thiểu",
                        },
                    },
                ]
                values.append("(%s, %s, %s::jsonb, %s, %s, '', '', %s, 1)")
                params += [
                    page.pk,
                    standfirst,
                    json.dumps(body, ensure_ascii=False),
                    images[i].pk,
                    "Phóng viên Ban Tuyên giáo",
                    published.date(),
                ]
            cursor.execute(
                "INSERT INTO cms_articlepage (page_ptr_id, standfirst, body, cover_image_id, "
                "author, source, source_url, published_on, reading_minutes) VALUES "
                + ", ".join(values),
                params,
            )
        topic_rows = [
            (p.pk, topics[(i + k) % len(topics)].pk) for i, p in enumerate(pages) for k in (0, 1)
        ]
        cursor.executemany(
            "INSERT INTO cms_articlepage_topics (articlepage_id, topic_id) VALUES (%s, %s)",
            topic_rows,
        )
        cursor.executemany(
            "INSERT INTO cms_articlepagetag (content_object_id, tag_id) VALUES (%s, %s)",
            [(p.pk, tag.pk) for p in pages for tag in tags],
        )
    backend = get_search_backend()
    ids = [p.pk for p in pages]
    for offset in range(0, count, 500):
        backend.add_bulk(
            ArticlePage, list(ArticlePage.objects.filter(pk__in=ids[offset : offset + 500]))
        )


def prepare_tenant() -> None:
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    ensure_public_tenant()
    ensure_template()
    tenant = Tenant.objects.filter(schema_name=SCHEMA).first()
    if tenant is not None:
        with schema_context(SCHEMA):
            from cms.models import ArticlePage

            if ArticlePage.objects.count() == ARTICLES:
                print(f"tenant {SCHEMA}: reusing {ARTICLES} articles")
                return
        drop_tenant(tenant)
    provision_tenant(
        schema_name=SCHEMA,
        domain=DOMAIN,
        name="Liên đoàn Lao động tỉnh thử nghiệm",
        kind=TenantKind.PROVINCIAL_FEDERATION,
    )
    print(f"tenant {SCHEMA}: seeding {ARTICLES} articles …", flush=True)
    started = time.perf_counter()
    with schema_context(SCHEMA):
        seed(ARTICLES)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(f"  seeded in {time.perf_counter() - started:.1f} s")


# --- Servers and clients ---------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """One gunicorn sync worker serving the tenant host."""

    def __init__(self, python: Path, settings_module: str, name: str):
        self.name, self.port = name, free_port()
        gunicorn = python.parent / "gunicorn"
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": settings_module, "PYTHONPATH": str(ROOT)}
        self.log = open(ROOT / "bench" / "results" / f"{name}.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                str(gunicorn),
                "congdoan.wsgi:application",
                "-w",
                "1",
                "-k",
                "sync",
                "-b",
                f"127.0.0.1:{self.port}",
                "--timeout",
                "120",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{name} server exited; see bench/results/{name}.log")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"{name} server did not start; see bench/results/{name}.log")

    def request(self, method: str, path: str, body: dict | None = None) -> bytes:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {"Host": DOMAIN}
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        conn.request(method, path, body=payload, headers=headers)
        response = conn.getresponse()
        data = response.read()
        conn.close()
        if response.status != 200:
            raise RuntimeError(f"{self.name} {method} {path}: {response.status} {data[:300]!r}")
        return data

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)
        self.log.close()


FEED = """
query ($first: Int) { articles(first: $first) { totalCount edges { node {
  id title urlPath author standfirst publishedOn readingMinutes
  coverImage { title rendition(size: CARD) { url width height } }
  topics { name slug } tags { name } } } } }"""
DETAIL = """
query ($id: ID) { page(id: $id) { id title ... on ArticlePage {
  author standfirst publishedOn coverImage { rendition(size: HERO) { url width height } }
  topics { name } tags { name }
  body { __typename ... on ParagraphBlock { html } ... on QuoteBlock { text attribution }
         ... on ImageBlock { caption image { rendition(size: CONTENT) { url } } }
         ... on TableBlock { rows { cells } } } } } }"""
SEARCH = """
query ($q: String!) { search(query: $q, first: 20) { edges { node { id title urlPath } } } }"""

GRAPPLE_FEED = """
query ($n: PositiveInt) { pages(contentType: "cms.ArticlePage", limit: $n,
                                 order: "-first_published_at") {
  id title urlPath ... on ArticlePage { author standfirst publishedOn readingMinutes
  coverImage { title rendition(fill: "640x360", format: "webp") { url width height } }
  topics { name slug } tags { name } } } }"""
GRAPPLE_DETAIL = """
query ($id: ID) { page(id: $id) { id title ... on ArticlePage {
  author standfirst publishedOn
  coverImage { rendition(fill: "1600x900", format: "webp") { url width height } }
  topics { name } tags { name }
  body { id blockType
         ... on StructBlock { blocks { field ... on ImageChooserBlock {
             image { rendition(width: 1200, format: "webp") { url } } } } } } } } }"""
GRAPPLE_SEARCH = """
query ($q: String) { pages(searchQuery: $q, limit: 20) { id title urlPath } }"""

REST_FIELDS = "standfirst,author,published_on,reading_minutes,cover_card,topics,tags"


def graphql_call(server, query, variables, path="/graphql/"):
    def call():
        body = json.loads(server.request("POST", path, {"query": query, "variables": variables}))
        if body.get("errors"):
            raise RuntimeError(f"{server.name}: {body['errors'][:2]}")
        return body

    return call


def get_call(server, path, params):
    url = f"{path}?{urlencode(params)}" if params else path
    return lambda: json.loads(server.request("GET", url))


def inprocess(fn, *args):
    def call():
        with schema_context(SCHEMA):
            return json.loads(fn(*args))

    return call


# --- Measurement -----------------------------------------------------------------------


def pct(samples, p):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run_shape(label, peers: dict, check) -> dict:
    """Interleaved: each round sends one request to every peer in turn."""
    for name, call in peers.items():
        for _ in range(WARMUP):
            result = call()
        check(name, result)
    samples = {name: [] for name in peers}
    for _ in range(ROUNDS):
        for name, call in peers.items():
            started = time.perf_counter()
            call()
            samples[name].append(time.perf_counter() - started)
    print(f"\n{label}")
    print(f"  {'peer':<12} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>8}   vs graphql (p50)")
    ours = statistics.median(samples["graphql"])
    summary = {}
    for name, values in samples.items():
        p50, p95 = statistics.median(values), pct(values, 95)
        rps = len(values) / sum(values)
        summary[name] = {"p50_ms": p50 * 1000, "p95_ms": p95 * 1000, "rps": rps}
        print(f"  {name:<12} {p50 * 1000:8.2f} {p95 * 1000:8.2f} {rps:8.1f}   x{p50 / ours:5.2f}")
    return summary


def count_items(name, body) -> int:
    data = body.get("data", body)
    for key in ("articles", "search"):
        if isinstance(data, dict) and key in data:
            return len(data[key]["edges"])
    if isinstance(data, dict) and "pages" in data:
        return len(data["pages"])
    if "items" in body:
        return len(body["items"])
    raise RuntimeError(f"{name}: unexpected response {str(body)[:200]}")


def main():
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    prepare_tenant()
    with schema_context(SCHEMA):
        from cms.models import ArticlePage

        latest = ArticlePage.objects.order_by("-published_on", "-first_published_at").first()
        detail_id, detail_path = latest.pk, latest.url_path

    servers = {"graphql": Server(Path(sys.executable), "bench.settings_bench", "graphql")}
    grapple_reason = None
    if not GRAPPLE_PYTHON.exists():
        grapple_reason = f"{GRAPPLE_PYTHON} not found (create .bench-venv, see docs)"
    else:
        try:
            servers["grapple"] = Server(GRAPPLE_PYTHON, "bench.settings_grapple", "grapple")
        except RuntimeError as exc:
            grapple_reason = str(exc)
    ours = servers["graphql"]
    grapple = servers.get("grapple")
    print(f"servers: {', '.join(f'{n} :{s.port}' for n, s in servers.items())}")
    if grapple_reason:
        print(f"wagtail-grapple not measured: {grapple_reason}")

    host = DOMAIN
    shapes = []
    for size in (20, 100):
        peers = {
            "graphql": graphql_call(ours, FEED, {"first": size}),
            "rest-v2": get_call(
                ours,
                "/api/v2/pages/",
                {
                    "type": "cms.ArticlePage",
                    "fields": REST_FIELDS,
                    "limit": size,
                    "order": "-first_published_at",
                },
            ),
        }
        if grapple:
            peers["grapple"] = graphql_call(grapple, GRAPPLE_FEED, {"n": size}, "/grapple/graphql/")
        peers["floor-http"] = get_call(ours, "/floor/feed/", {"n": size})
        peers["floor-sql"] = inprocess(floor.feed, size, host)

        def check(name, body, size=size):
            assert count_items(name, body) == size, (name, str(body)[:300])

        shapes.append((f"feed of {size} articles", peers, check))

    detail_peers = {
        "graphql": graphql_call(ours, DETAIL, {"id": str(detail_id)}),
        "rest-v2": get_call(ours, f"/api/v2/pages/{detail_id}/", {}),
    }
    if grapple:
        detail_peers["grapple"] = graphql_call(
            grapple, GRAPPLE_DETAIL, {"id": str(detail_id)}, "/grapple/graphql/"
        )
    detail_peers["floor-http"] = get_call(ours, "/floor/detail/", {"path": detail_path})
    detail_peers["floor-sql"] = inprocess(floor.detail, detail_path, host)

    def check_detail(name, body):
        assert latest.title in json.dumps(body, ensure_ascii=False), (name, str(body)[:300])

    shapes.append(
        ("page detail (StreamField body, 3 image renditions)", detail_peers, check_detail)
    )

    search_peers = {
        "graphql": graphql_call(ours, SEARCH, {"q": SEARCH_TEXT}),
        "rest-v2": get_call(ours, "/api/v2/pages/", {"search": SEARCH_TEXT, "limit": 20}),
    }
    if grapple:
        search_peers["grapple"] = graphql_call(
            grapple, GRAPPLE_SEARCH, {"q": SEARCH_TEXT}, "/grapple/graphql/"
        )
    search_peers["floor-http"] = get_call(ours, "/floor/search/", {"q": SEARCH_TEXT})
    search_peers["floor-sql"] = inprocess(floor.search, SEARCH_TEXT, 20)

    def check_search(name, body):
        assert count_items(name, body) == 20, (name, str(body)[:300])

    shapes.append((f'search "{SEARCH_TEXT}" (20 best hits)', search_peers, check_search))

    print(
        f"\n{ARTICLES} articles, {ROUNDS} requests per peer and shape after {WARMUP} warm-up, "
        "one gunicorn sync worker per server, PostgreSQL on the same host"
    )
    results = {}
    try:
        for label, peers, check in shapes:
            results[label] = run_shape(label, peers, check)
    finally:
        for server in servers.values():
            server.stop()
    out = ROOT / "bench" / "results" / "bench_graphql.json"
    out.write_text(
        json.dumps(
            {
                "articles": ARTICLES,
                "rounds": ROUNDS,
                "grapple": grapple_reason or "measured",
                "results": results,
            },
            indent=2,
        )
    )
    print(f"\nresults written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
