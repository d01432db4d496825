#!/usr/bin/env python
"""Content model cost with 10,000 articles in one tenant.

Prints, on this machine and database:
  * time to bulk-load the articles (page rows, article rows, search index entries);
  * admin page-edit save time: POST to the Wagtail admin edit view of an article, as a draft
    and with "publish" (p50/p95);
  * search latency of ``cms.search.search_pages`` (first 20 results and the total count) and
    of the admin page search, for accented, unaccented, NFD and phrase queries (p50/p95).

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_bench_cms \\
      .venv/bin/python bench/bench_cms.py        (or python3 dev.py bench bench/bench_cms.py)
Options via environment: BENCH_ARTICLES (default 10000), BENCH_SAVES (default 20),
BENCH_SEARCH_ROUNDS (default 20 per query).
"""

import datetime
import os
import random
import statistics
import sys
import time
import unicodedata
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "congdoan.settings.dev")

from congdoan.embedded_pg import ensure_if_needed

ensure_if_needed()

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield  # noqa: E402

from bench.pages import leaf_page_row  # noqa: E402
from hierarchy.actions import GrantRole  # noqa: E402
from tenants.models import Role, Tenant, TenantKind  # noqa: E402
from tenants.provisioning import drop_tenant, ensure_template, provision_tenant  # noqa: E402
from tenants.public import ensure_public_tenant  # noqa: E402

settings.DEBUG = False  # no query log in memory
ARTICLES = int(os.environ.get("BENCH_ARTICLES", "10000"))
SAVES = int(os.environ.get("BENCH_SAVES", "20"))
ROUNDS = int(os.environ.get("BENCH_SEARCH_ROUNDS", "20"))
SCHEMA, DOMAIN = "bench_cms", "bench-cms.localhost"

SUBJECTS = [
    "Công đoàn cơ sở",
    "Liên đoàn Lao động tỉnh",
    "Công nhân khu công nghiệp",
    "Đoàn viên công đoàn",
    "Người lao động",
    "Ban Chấp hành",
    "Doanh nghiệp",
]
ACTIONS = [
    "tổ chức đối thoại về tiền lương",
    "giám sát việc trả lương tối thiểu vùng",
    "thăm hỏi công nhân có hoàn cảnh khó khăn",
    "trao Mái ấm Công đoàn",
    "tập huấn an toàn, vệ sinh lao động",
    "ký thỏa ước lao động tập thể",
    "nâng cao chất lượng bữa ăn ca",
    "kiểm tra số lượng lao động làm thêm giờ",
    "hỗ trợ đóng bảo hiểm xã hội",
    "tư vấn pháp luật miễn phí",
]
PLACES = ["Bắc Ninh", "Thái Nguyên", "Đồng Nai", "Hải Phòng", "Nghệ An", "Cần Thơ", "Đà Nẵng"]
QUERIES = [
    "lương",
    "luong toi thieu vung",
    "lương tối thiểu vùng",
    unicodedata.normalize("NFD", "lương tối thiểu vùng"),
    "cong doan",
    '"an toàn, vệ sinh lao động"',
    "mai am cong doan bac ninh",
    "lượng",
    "thỏa ước",
]


def pct(samples, p):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summary(label, samples, unit="ms"):
    scale = 1000 if unit == "ms" else 1
    print(
        f"  {label:<46} n={len(samples):<4} p50={statistics.median(samples) * scale:8.1f} {unit}"
        f"  p95={pct(samples, 95) * scale:8.1f} {unit}  max={max(samples) * scale:8.1f} {unit}"
    )


def fresh_tenant():
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    ensure_public_tenant()
    ensure_template()
    for tenant in Tenant.objects.filter(schema_name=SCHEMA):
        drop_tenant(tenant)
    return provision_tenant(
        schema_name=SCHEMA,
        domain=DOMAIN,
        name="Liên đoàn Lao động tỉnh thử nghiệm",
        kind=TenantKind.PROVINCIAL_FEDERATION,
    ).tenant


def article_text(rng, index):
    subject, action, place = rng.choice(SUBJECTS), rng.choice(ACTIONS), rng.choice(PLACES)
    title = f"{subject} {place} {action} (tin số {index})"
    standfirst = f"{subject} {rng.choice(ACTIONS)} cho đoàn viên tại {place}."
    paragraphs = [
        f"{rng.choice(SUBJECTS)} {rng.choice(ACTIONS)}; {rng.choice(SUBJECTS).lower()} "
        f"{rng.choice(ACTIONS)} trong năm {2020 + index % 7}."
        for _ in range(4)
    ]
    return title, standfirst, paragraphs


@transaction.atomic
def bulk_load(count):
    """Insert ``count`` live articles under one section: page rows with bulk_create and
    precomputed tree paths, article rows with one multi-row INSERT per batch, then the
    search index through the backend's bulk ``add_bulk``."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Locale, Page, Site
    from wagtail.search.backends import get_search_backend

    from cms.models import ArticlePage, SectionPage
    from cms.search import search_pages  # noqa: F401  (backend module import)
    from congdoan.text import vn_slugify

    home = Site.objects.get(is_default_site=True).root_page.specific
    section = SectionPage(title="Tin tức", intro="Tin hoạt động")
    home.add_child(instance=section)
    section.save_revision().publish()
    section.refresh_from_db()
    content_type = ContentType.objects.get_for_model(ArticlePage)
    locale = Locale.get_default()
    rng = random.Random(2026)
    now = timezone.now()
    timings = {}

    t0 = time.perf_counter()
    rows = []
    pages = []
    for i in range(count):
        title, standfirst, paragraphs = article_text(rng, i)
        slug = vn_slugify(title)
        pages.append(
            leaf_page_row(
                Page,
                section,
                i + 1,
                title,
                slug,
                when=now,
                content_type=content_type,
                locale=locale,
            )
        )
        body = [
            {"type": "paragraph", "value": f"<p>{p}</p>", "id": str(uuid.uuid4())}
            for p in paragraphs
        ]
        rows.append((standfirst, body, datetime.date(2026, 1, 1) + datetime.timedelta(i % 365)))
    Page.objects.bulk_create(pages, batch_size=1000)
    Page.objects.filter(pk=section.pk).update(numchild=count)
    timings["page rows"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    import json

    with connection.cursor() as cursor:
        for start in range(0, count, 1000):
            batch = list(zip(pages[start : start + 1000], rows[start : start + 1000], strict=True))
            values = ", ".join(["(%s, %s, %s::jsonb, '', '', '', %s, 1)"] * len(batch))
            params = []
            for page, (standfirst, body, published_on) in batch:
                params += [page.pk, standfirst, json.dumps(body, ensure_ascii=False), published_on]
            cursor.execute(
                "INSERT INTO cms_articlepage (page_ptr_id, standfirst, body, author, source, "
                f"source_url, published_on, reading_minutes) VALUES {values}",
                params,
            )
    timings["article rows"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    backend = get_search_backend()
    ids = [p.pk for p in pages]
    for start in range(0, count, 500):
        chunk = list(ArticlePage.objects.filter(pk__in=ids[start : start + 500]))
        backend.add_bulk(ArticlePage, chunk)
    timings["search index"] = time.perf_counter() - t0
    return section, timings


def edit_form(article, i):
    return nested_form_data(
        {
            "title": f"{article.title} – sửa lần {i}",
            "slug": article.slug,
            "standfirst": "Công đoàn giám sát việc trả lương tối thiểu vùng.",
            "cover_image": "",
            "body": streamfield(
                [
                    ("paragraph", rich_text(f"<p>Nội dung sửa lần {i}: lương tối thiểu vùng.</p>")),
                    ("heading", {"text": "Những điểm mới", "level": "h2"}),
                    ("paragraph", rich_text("<p>Đoàn viên được tư vấn miễn phí.</p>")),
                    ("quote", {"text": "Đoàn viên là trung tâm.", "attribution": "Chủ tịch"}),
                ]
            ),
            "author": "Hải Nguyễn",
            "source": "Ban Tuyên giáo",
            "source_url": "",
            "published_on": "2026-01-05",
            "tags": "lương, công đoàn",
        }
    )


def main():
    tenant = fresh_tenant()
    print(f"tenant {SCHEMA}: loading {ARTICLES} articles")
    with schema_context(SCHEMA):
        t0 = time.perf_counter()
        section, timings = bulk_load(ARTICLES)
        total = time.perf_counter() - t0
        for label, seconds in timings.items():
            print(f"  {label:<46} {seconds:8.2f} s")
        print(f"  {'total (one transaction)':<46} {total:8.2f} s")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
            cursor.execute("SELECT count(*) FROM wagtailsearch_indexentry")
            print(f"  index entries: {cursor.fetchone()[0]}")

    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(email="bench.moderator@example.vn")
    GrantRole(user, tenant, Role.MODERATOR).execute()
    client = Client(HTTP_HOST=DOMAIN)
    with schema_context(SCHEMA):
        client.force_login(user)
        from cms.models import ArticlePage

        articles = list(ArticlePage.objects.child_of(section).order_by("path")[: SAVES * 2])
    connection.set_schema_to_public()

    print(f"\nAdmin page-edit save (POST /admin/pages/<id>/edit/), {ARTICLES} articles in tenant")
    for label, extra in (("save draft", {}), ("save and publish", {"action-publish": "publish"})):
        samples = []
        targets = articles[:SAVES] if not extra else articles[SAVES:]
        client.get(f"/admin/pages/{targets[0].pk}/edit/")  # warm caches
        for i, article in enumerate(targets):
            data = edit_form(article, i)
            data.update(extra)
            t0 = time.perf_counter()
            response = client.post(f"/admin/pages/{article.pk}/edit/", data)
            samples.append(time.perf_counter() - t0)
            assert response.status_code == 302, response.content[-2000:]
        summary(label, samples)

    print("\nSearch latency (cms.search.search_pages: first 20 results + total count)")
    from cms.search import search_pages

    with schema_context(SCHEMA):
        every = []
        for query in QUERIES:
            samples = []
            for _ in range(ROUNDS):
                t0 = time.perf_counter()
                results = search_pages(query)
                first = list(results[:20])
                hits = results.count()
                samples.append(time.perf_counter() - t0)
            every += samples
            nfc = unicodedata.normalize("NFC", query)
            shown = nfc if nfc == query else f"{nfc} [NFD input]"
            top = first[0].title[:60] if first else "-"
            summary(f"{shown[:32]} hits={hits}", samples)
            print(f"      top: {top}")
        summary("all queries", every)

    print("\nAdmin page search (GET /admin/pages/search/?q=…)")
    samples = []
    for query in QUERIES:
        client.get("/admin/pages/search/", {"q": query})
        for _ in range(max(3, ROUNDS // 4)):
            t0 = time.perf_counter()
            response = client.get("/admin/pages/search/", {"q": query})
            samples.append(time.perf_counter() - t0)
            assert response.status_code == 200
    summary("all queries", samples)

    if os.environ.get("BENCH_KEEP") != "1":
        drop_tenant(Tenant.objects.get(schema_name=SCHEMA))
        print(f"\ntenant {SCHEMA} dropped (BENCH_KEEP=1 keeps it)")


if __name__ == "__main__":
    main()
