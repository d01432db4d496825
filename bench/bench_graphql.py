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

import base64
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

from bench.servers import wait_listening  # noqa: E402
from congdoan.embedded_pg import ensure_if_needed  # noqa: E402

ensure_if_needed()

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402

from bench.pages import leaf_page_row  # noqa: E402
from tenants.models import Tenant, TenantKind  # noqa: E402
from tenants.provisioning import drop_tenant, ensure_template, provision_tenant  # noqa: E402
from tenants.public import ensure_public_tenant  # noqa: E402

ARTICLES = int(os.environ.get("BENCH_ARTICLES", "1000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "200"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "10"))
FEED_PAGES = 5
RESULTS = ROOT / "bench" / "results"
SCHEMA, DOMAIN = "bench_gql", "bench-gql.localhost"
GRAPPLE_PYTHON = Path(os.environ.get("BENCH_GRAPPLE_PYTHON", ROOT / ".bench-venv/bin/python"))

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

            reuse = ArticlePage.objects.count() == ARTICLES
        if reuse:
            # A tenant kept from an earlier run gets the migrations added since.
            call_command("migrate_schemas", schema_name=SCHEMA, interactive=False, verbosity=0)
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


def ensure_renditions() -> None:
    """Every rendition the requests ask for exists before timing (detail inputs rotate over
    all articles, so none may be generated inside a timed request)."""
    from django.conf import settings
    from wagtail.images.models import Image

    specs = [settings.CMS_RENDITIONS[name] for name in ("card", "hero", "content")]
    with schema_context(SCHEMA):
        rendition_model = Image.get_rendition_model()
        have = set(rendition_model.objects.values_list("image_id", "filter_spec"))
        missing = 0
        for image in Image.objects.all():
            for spec in specs:
                if (image.pk, spec) not in have:
                    image.get_rendition(spec)
                    missing += 1
    if missing:
        print(f"  generated {missing} renditions")


# --- Servers and clients ---------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """One gunicorn process with one sync worker serving the tenant host."""

    def __init__(self, python: Path, settings_module: str, name: str):
        self.name, self.port = name, free_port()
        gunicorn = python.parent / "gunicorn"
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": settings_module, "PYTHONPATH": str(ROOT)}
        self.log = open(RESULTS / f"{name}.log", "w")  # noqa: SIM115
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
        log = f"bench/results/{name}.log"
        wait_listening(self.process, self.port, what=f"{name} server", log=log, timeout=90)

    def request(self, method: str, path: str, payload: bytes | None = None):
        """(body bytes, seconds): only sending the request and reading the whole response
        are timed; the payload is encoded before and nothing is decoded here."""
        headers = {"Host": DOMAIN}
        if payload is not None:
            headers["Content-Type"] = "application/json"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=300)
        started = time.perf_counter()
        conn.request(method, path, body=payload, headers=headers)
        response = conn.getresponse()
        data = response.read()
        elapsed = time.perf_counter() - started
        conn.close()
        if response.status != 200:
            raise RuntimeError(f"{self.name} {method} {path}: {response.status} {data[:300]!r}")
        return data, elapsed

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)
        self.log.close()


# The same fields for every peer; key order of the API's answer follows the query.
FEED = """
query ($first: Int, $after: String) { articles(first: $first, after: $after) {
  totalCount edges { node {
  id title urlPath author standfirst publishedOn readingMinutes
  coverImage { title rendition(size: CARD) { url width height } }
  topics { name slug } tags { name } } } } }"""
DETAIL = """
query ($id: ID) { page(id: $id) { id title ... on ArticlePage {
  urlPath author standfirst publishedOn coverImage { rendition(size: HERO) { url width height } }
  topics { name } tags { name }
  body { __typename ... on ParagraphBlock { html } ... on QuoteBlock { text attribution }
         ... on ImageBlock { caption image { rendition(size: CONTENT) { url } } }
         ... on TableBlock { rows { cells } } } } } }"""
SEARCH = """
query ($q: String!) { search(query: $q, first: 20) { edges { node { id title urlPath } } } }"""

GRAPPLE_FEED = """
query ($n: PositiveInt, $offset: PositiveInt) {
  pages(contentType: "cms.ArticlePage", limit: $n, offset: $offset,
        order: "-first_published_at") {
  id title urlPath ... on ArticlePage { author standfirst publishedOn readingMinutes
  coverImage { title rendition(fill: "640x360", format: "webp") { url width height } }
  topics { name slug } tags { name } } } }"""
GRAPPLE_DETAIL = """
query ($id: ID) { page(id: $id) { id title ... on ArticlePage {
  urlPath author standfirst publishedOn
  coverImage { rendition(fill: "1600x900", format: "webp") { url width height } }
  topics { name } tags { name }
  body { id blockType
         ... on RichTextBlock { value }
         ... on StructBlock { blocks { field ... on CharBlock { value }
             ... on ImageChooserBlock { image { rendition(width: 1200, format: "webp") { url } } }
         } }
         ... on StaticBlock { rawValue } } } } }"""
GRAPPLE_SEARCH = """
query ($q: String) { pages(searchQuery: $q, limit: 20) { id title urlPath } }"""

REST_FEED_FIELDS = (
    "_,id,title,url_path,author,standfirst,published_on,reading_minutes,cover_card,topics,tags"
)
REST_DETAIL_FIELDS = (
    "_,id,title,url_path,author,standfirst,published_on,cover_hero,topics,tags,body"
)
REST_SEARCH_FIELDS = "_,id,title,url_path"


def encode(query: str, variables: dict) -> bytes:
    return json.dumps({"query": query, "variables": variables}).encode()


def cursor(offset: int) -> str | None:
    """strawberry's offset cursor of the item before ``offset`` (None for the first page)."""
    if offset == 0:
        return None
    return base64.b64encode(f"arrayconnection:{offset - 1}".encode()).decode()


class ColdDocuments:
    """The API's query with a unique comment appended per request: the parser, validation
    and cost-precheck caches (keyed by the document text) never hit."""

    def __init__(self, query: str):
        self.query, self.n = query, 0

    def __call__(self) -> str:
        self.n += 1
        return f"{self.query}\n# cold {os.getpid()} {self.n}"


def graphql_peer(server, query, variables_for, path="/graphql/"):
    """``variables_for(input) -> dict``; ``query`` a string or a callable (cold documents)."""

    def call(item):
        text = query() if callable(query) else query
        return server.request("POST", path, encode(text, variables_for(item)))

    return call


def get_peer(server, path_for):
    """``path_for(input) -> path with query string``."""
    return lambda item: server.request("GET", path_for(item))


# --- What every peer answered ------------------------------------------------------------


def ids_of(name: str, raw: bytes) -> list[str]:
    body = json.loads(raw)
    if body.get("errors"):
        raise RuntimeError(f"{name}: {body['errors'][:2]}")
    data = body.get("data", body)
    if "articles" in data or "search" in data:
        edges = (data.get("articles") or data.get("search"))["edges"]
        return [edge["node"]["id"] for edge in edges]
    if "pages" in data:
        return [str(page["id"]) for page in data["pages"]]
    if "page" in data:
        return [str(data["page"]["id"])] if data["page"] else []
    if "items" in body:
        return [str(item["id"]) for item in body["items"]]
    if "id" in body:
        return [str(body["id"])]
    raise RuntimeError(f"{name}: unexpected response {raw[:200]!r}")


def check(label: str, item, answers: dict[str, bytes], expected: int) -> None:
    """Before timing: every peer returns the same ids in the same order, the API returns
    ``expected`` items, and the floor's bytes are the API's bytes."""
    ours = ids_of("graphql", answers["graphql"])
    if len(ours) != expected:
        raise RuntimeError(f"{label} {item!r}: graphql returned {len(ours)}, not {expected}")
    for name, raw in answers.items():
        theirs = ids_of(name, raw)
        if theirs != ours:
            raise RuntimeError(f"{label} {item!r}: {name} ids {theirs[:5]}… != {ours[:5]}…")
    for name in ("floor", "graphql-cold"):
        if name in answers and answers[name] != answers["graphql"]:
            a, b = answers[name], answers["graphql"]
            at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), None)
            at = min(len(a), len(b)) if at is None else at
            raise RuntimeError(
                f"{label} {item!r}: {name} bytes differ from graphql at {at}: "
                f"{a[max(0, at - 80) : at + 80]!r} != {b[max(0, at - 80) : at + 80]!r}"
            )


# --- Measurement -----------------------------------------------------------------------


def pct(samples, p):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def run_shape(label: str, peers: dict, inputs: list, expected: int) -> dict:
    """Warm-up rounds (each checked), then ``ROUNDS`` timed rounds; in every round each peer
    gets the round's input, in turn, so background load hits every peer alike."""
    for i in range(WARMUP):
        item = inputs[i % len(inputs)]
        answers = {name: call(item)[0] for name, call in peers.items()}
        check(label, item, answers, expected)
    samples: dict[str, list[float]] = {name: [] for name in peers}
    for i in range(ROUNDS):
        item = inputs[(WARMUP + i) % len(inputs)]
        for name, call in peers.items():
            samples[name].append(call(item)[1])
    print(f"\n{label}  ({len(set(map(repr, inputs)))} distinct inputs)")
    print(f"  {'peer':<13} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>7} {'/graphql':>9} {'/floor':>7}")
    ours = statistics.median(samples["graphql"])
    base = statistics.median(samples["floor"])
    summary = {}
    for name, values in samples.items():
        p50, p95 = statistics.median(values), pct(values, 95)
        rps = len(values) / sum(values)
        summary[name] = {
            "p50_ms": round(p50 * 1000, 3),
            "p95_ms": round(p95 * 1000, 3),
            "rps": round(rps, 2),
            "samples_ms": [round(v * 1000, 3) for v in values],
        }
        print(
            f"  {name:<13} {p50 * 1000:8.2f} {p95 * 1000:8.2f} {rps:7.1f} "
            f"{p50 / ours:8.2f}x {p50 / base:6.2f}x"
        )
    return summary


def search_terms() -> list[str]:
    """Distinct queries with at least 20 hits, shuffled (one per request)."""
    from wagtail.models import Page

    from cms.search import search_pages

    words = [
        "cong doan", "công đoàn", "lao dong", "lao động", "luong", "lương", "doan vien",
        "đoàn viên", "tien luong", "tiền lương", "an toan", "an toàn", "tham hoi", "thăm hỏi",
        "thoa uoc", "thỏa ước", "giam sat", "giám sát", "doi thoai", "đối thoại", "tap huan",
        "tập huấn", "nguoi lao dong", "cong nhan", "toi thieu vung",
    ]  # fmt: skip
    places = ["", "bac ninh", "Bắc Ninh", "thai nguyen", "Thái Nguyên", "dong nai", "Đồng Nai",
              "hai phong", "Hải Phòng", "nghe an", "Nghệ An"]  # fmt: skip
    found = []
    with schema_context(SCHEMA):
        pages = Page.objects.live().public()
        for word in words:
            for place in places:
                text = f"{word} {place}".strip()
                if search_pages(text, pages)[19:20].exists():
                    found.append(text)
    random.Random(12).shuffle(found)
    return found


def goals(results: dict) -> list[dict]:
    rows = []
    for label, limit in (("feed20", 2.0), ("feed100", 3.0), ("detail", None), ("search", None)):
        shape = results[label]
        ours = shape["graphql"]["p50_ms"]
        row = {
            "shape": label,
            "graphql_p50_ms": ours,
            "floor_p50_ms": shape["floor"]["p50_ms"],
            "graphql_over_floor": round(ours / shape["floor"]["p50_ms"], 2),
            "floor_goal": limit,
        }
        for peer in ("rest-v2", "grapple"):
            if peer in shape:
                row[f"{peer}_over_graphql"] = round(shape[peer]["p50_ms"] / ours, 2)
        if "graphql-cold" in shape:
            row["cold_over_floor"] = round(shape["graphql-cold"]["p50_ms"] / row["floor_p50_ms"], 2)
        rows.append(row)
    print("\nGoals (p50 ratios): graphql/floor <= 2 (feed 20), <= 3 (feed 100);")
    print("peer/graphql >= 2 for REST v2 and grapple on every shape")
    print(f"  {'shape':<8} {'graphql/floor':>14} {'cold/floor':>11} {'rest/graphql':>13} "
          f"{'grapple/graphql':>16}")  # fmt: skip
    for row in rows:
        floor_ok = "" if row["floor_goal"] is None else (
            " ok" if row["graphql_over_floor"] <= row["floor_goal"] else " MISSED"
        )  # fmt: skip
        peers = []
        for peer in ("rest-v2", "grapple"):
            value = row.get(f"{peer}_over_graphql")
            peers.append(
                "-" if value is None else f"{value:.2f}x{' ok' if value >= 2 else ' MISSED'}"
            )
        print(
            f"  {row['shape']:<8} {row['graphql_over_floor']:>10.2f}x{floor_ok:<7}"
            f"{row.get('cold_over_floor', 0):>7.2f}x  {peers[0]:>13} {peers[1]:>16}"
        )
    return rows


def main():
    RESULTS.mkdir(exist_ok=True)
    prepare_tenant()
    ensure_renditions()
    with schema_context(SCHEMA):
        from cms.models import ArticlePage

        article_ids = list(ArticlePage.objects.live().values_list("pk", flat=True))
    random.Random(2026).shuffle(article_ids)
    terms = search_terms()
    print(f"{len(terms)} search queries with >= 20 hits")

    servers = {
        name: Server(Path(sys.executable), "bench.settings_bench", name)
        for name in ("graphql", "rest-v2", "floor")
    }
    grapple_reason = None
    if not GRAPPLE_PYTHON.exists():
        grapple_reason = f"{GRAPPLE_PYTHON} not found (create .bench-venv, see docs)"
    else:
        try:
            servers["grapple"] = Server(GRAPPLE_PYTHON, "bench.settings_grapple", "grapple")
        except RuntimeError as exc:
            grapple_reason = str(exc)
    print(f"servers: {', '.join(f'{n} :{s.port}' for n, s in servers.items())}")
    if grapple_reason:
        print(f"wagtail-grapple not measured: {grapple_reason}")
    ours, rest, base = servers["graphql"], servers["rest-v2"], servers["floor"]
    grapple = servers.get("grapple")

    def with_grapple(peers, make):
        if grapple:
            peers["grapple"] = make()
        return peers

    shapes = []
    for size in (20, 100):
        # Rotated: the first FEED_PAGES pages of the newest articles, one per request.
        offsets = [k * size for k in range(FEED_PAGES)]
        peers = {
            "graphql": graphql_peer(ours, FEED, lambda o, s=size: {"first": s, "after": cursor(o)}),
            "graphql-cold": graphql_peer(
                ours, ColdDocuments(FEED), lambda o, s=size: {"first": s, "after": cursor(o)}
            ),
            "rest-v2": get_peer(
                rest,
                lambda o, s=size: (
                    "/api/v2/pages/?"
                    + urlencode(
                        {
                            "type": "cms.ArticlePage",
                            "fields": REST_FEED_FIELDS,
                            "limit": s,
                            "offset": o,
                            "order": "-first_published_at",
                        }
                    )
                ),
            ),
            "floor": get_peer(base, lambda o, s=size: f"/floor/feed/?n={s}&offset={o}"),
        }
        with_grapple(
            peers,
            lambda s=size: graphql_peer(
                grapple, GRAPPLE_FEED, lambda o: {"n": s, "offset": o}, "/grapple/graphql/"
            ),
        )
        shapes.append((f"feed{size}", f"feed of {size} articles", peers, offsets, size))

    detail = {
        "graphql": graphql_peer(ours, DETAIL, lambda pk: {"id": str(pk)}),
        "graphql-cold": graphql_peer(ours, ColdDocuments(DETAIL), lambda pk: {"id": str(pk)}),
        "rest-v2": get_peer(
            rest,
            lambda pk: (
                f"/api/v2/pages/{pk}/?"
                + urlencode({"type": "cms.ArticlePage", "fields": REST_DETAIL_FIELDS})
            ),
        ),
        "floor": get_peer(base, lambda pk: f"/floor/detail/?id={pk}"),
    }
    with_grapple(
        detail,
        lambda: graphql_peer(
            grapple, GRAPPLE_DETAIL, lambda pk: {"id": str(pk)}, "/grapple/graphql/"
        ),
    )
    shapes.append(("detail", "page detail (body, 3 renditions)", detail, article_ids, 1))

    search = {
        "graphql": graphql_peer(ours, SEARCH, lambda q: {"q": q}),
        "graphql-cold": graphql_peer(ours, ColdDocuments(SEARCH), lambda q: {"q": q}),
        "rest-v2": get_peer(
            rest,
            lambda q: (
                "/api/v2/pages/?"
                + urlencode({"search": q, "limit": 20, "fields": REST_SEARCH_FIELDS})
            ),
        ),
        "floor": get_peer(base, lambda q: "/floor/search/?" + urlencode({"q": q})),
    }
    with_grapple(
        search,
        lambda: graphql_peer(grapple, GRAPPLE_SEARCH, lambda q: {"q": q}, "/grapple/graphql/"),
    )
    shapes.append(("search", "search (20 best hits)", search, terms, 20))

    print(
        f"\n{ARTICLES} articles, {ROUNDS} timed requests per peer and shape after {WARMUP} "
        "checked warm-up rounds; one gunicorn process with one sync worker per peer"
    )
    results, labels = {}, {}
    try:
        for key, label, peers, inputs, expected in shapes:
            results[key] = run_shape(label, peers, inputs, expected)
            labels[key] = label
    finally:
        for server in servers.values():
            server.stop()
    summary = goals(results)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    out = RESULTS / f"bench_graphql-{stamp}.json"
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    out.write_text(
        json.dumps(
            {
                "command": "python bench/bench_graphql.py",
                "when": stamp,
                "commit": commit,
                "load_average": os.getloadavg(),
                "articles": ARTICLES,
                "rounds": ROUNDS,
                "warmup": WARMUP,
                "grapple": grapple_reason or "measured",
                "direct_resolvers": os.environ.get("BENCH_DIRECT_RESOLVERS", "1") != "0",
                "labels": labels,
                "goals": summary,
                "results": results,
            },
            indent=1,
        )
    )
    print(f"\nresults written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
