#!/usr/bin/env python
"""Search relevance: nDCG@10 of ``cms.search.search_pages`` on labelled Vietnamese queries.

The corpus is ``bench/data/search_relevance.json`` (45 articles the queries are about, each
with graded labels per query) plus 255 filler articles generated here: neutral titles and
"weekly digest" bodies that mention the queries' words many times in passing (the pages a
naive ranking puts first). The queries cover accented and accent-less spellings, old-style
tone marks ("thoả"), typos, a phrase and a document number.

Prints nDCG@10 per query (with the top 3 titles for the worst), the mean per variant and the
overall mean. Unlabelled pages count as relevance 0; gain = 2^rel - 1, discount log2(i + 2).

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_c9 \\
      .venv/bin/python bench/bench_search_relevance.py
The corpus is written once into tenant schema ``bench_search``; later runs re-index it
(``--fresh`` rebuilds it).
"""

import json
import math
import os
import random
import statistics
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "congdoan.settings.dev")

from congdoan.embedded_pg import ensure_if_needed

ensure_if_needed()

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402

from tenants.models import Tenant, TenantKind  # noqa: E402
from tenants.provisioning import drop_tenant, ensure_template, provision_tenant  # noqa: E402
from tenants.public import ensure_public_tenant  # noqa: E402

settings.DEBUG = False
DATA = Path(__file__).resolve().parent / "data" / "search_relevance.json"
SCHEMA, DOMAIN = "bench_search", "bench-search.localhost"
FILLERS = 255
K = 10

SUBJECTS = [
    "Công đoàn cơ sở Công ty May Việt Tiến",
    "Liên đoàn Lao động huyện",
    "Công đoàn các Khu công nghiệp",
    "Công đoàn ngành Giao thông",
    "Công đoàn Viên chức tỉnh",
    "Công đoàn cơ sở Công ty Điện tử Samsung",
]
PLACES = ["Bắc Giang", "Thái Nguyên", "Bình Dương", "Hải Dương", "Nghệ An", "Long An", "Huế"]
NEUTRAL = [
    "tổ chức hội nghị Ban Chấp hành mở rộng",
    "sơ kết công tác 6 tháng đầu năm",
    "gặp mặt cán bộ công đoàn chuyên trách",
    "ra mắt câu lạc bộ nữ công",
    "tổng kết công tác năm",
    "làm việc với ban giám đốc doanh nghiệp",
    "kiện toàn bộ máy tổ chức",
    "điểm tin hoạt động trong tuần",
]
# Phrases of the queries' topics, mentioned in passing by the fillers' bodies.
MENTIONS = [
    "giám sát việc trả lương tối thiểu vùng",
    "nâng cao chất lượng bữa ăn ca",
    "tổ chức Tết Sum vầy cho đoàn viên",
    "trao Mái ấm Công đoàn tại Bắc Ninh",
    "tuyên truyền về bảo hiểm xã hội một lần",
    "tập huấn an toàn, vệ sinh lao động",
    "phòng ngừa tai nạn lao động",
    "ký thỏa ước lao động tập thể",
    "đối thoại để phòng ngừa đình công",
    "kết nạp đoàn viên và phát triển đoàn viên",
    "đề xuất nhà ở xã hội",
    "vận động mở nhà trẻ",
    "trao học bổng",
    "hướng dẫn trợ cấp thất nghiệp",
    "kiểm tra làm thêm giờ",
    "bảo vệ chế độ thai sản",
    "phòng chống quấy rối tình dục",
    "tư vấn pháp luật",
    "thu đoàn phí và kinh phí công đoàn",
    "chuyển đổi số",
    "thăm hỏi sau bão tại Đà Nẵng",
    "mở Chợ Tết Công đoàn",
    "phát động Lao động giỏi, Lao động sáng tạo",
    "khám sức khỏe cho công nhân",
    "chăm lo công nhân cao su",
    "triển khai Tháng Công nhân",
    "giải đáp về lương hưu",
    "chuẩn bị đại hội công đoàn cơ sở",
]


def filler(rng: random.Random, i: int) -> dict:
    subject, place = rng.choice(SUBJECTS), rng.choice(PLACES)
    topics = rng.sample(MENTIONS, 6)
    paragraphs = [
        f"Trong tuần, {subject.lower()} {place} đã {topics[j]}, {topics[j + 1]} và "
        f"{topics[(j + 2) % 6]}; đồng thời tiếp tục {topics[(j + 3) % 6]}."
        for j in range(0, 6, 2)
    ]
    return {
        "title": f"{subject} {place} {rng.choice(NEUTRAL)} (tin số {i})",
        "standfirst": f"Hoạt động của {subject.lower()} {place} trong tuần.",
        "body": paragraphs,
    }


def corpus(data) -> list[dict]:
    rng = random.Random(2026)
    return data["articles"] + [filler(rng, i) for i in range(1, FILLERS + 1)]


def build(articles, fresh: bool):
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    ensure_public_tenant()
    tenant = Tenant.objects.filter(schema_name=SCHEMA).first()
    if tenant is not None and fresh:
        drop_tenant(tenant)
        tenant = None
    if tenant is None:
        ensure_template()
        tenant = provision_tenant(
            schema_name=SCHEMA,
            domain=DOMAIN,
            name="Liên đoàn Lao động tỉnh thử nghiệm tìm kiếm",
            kind=TenantKind.PROVINCIAL_FEDERATION,
        ).tenant
    with schema_context(SCHEMA):
        from wagtail.models import Site
        from wagtail.search.backends import get_search_backend

        from cms.models import ArticlePage, SectionPage

        if ArticlePage.objects.count() != len(articles):
            ArticlePage.objects.all().delete()
            home = Site.objects.get(is_default_site=True).root_page.specific
            section = SectionPage(title="Tin tức tìm kiếm", intro="")
            home.add_child(instance=section)
            for n, a in enumerate(articles):
                body = [{"type": "paragraph", "value": f"<p>{p}</p>"} for p in a["body"]]
                section.add_child(
                    instance=ArticlePage(title=a["title"], standfirst=a["standfirst"], body=body)
                )
                if n % 50 == 49:
                    print(f"  {n + 1} articles written", flush=True)
        else:  # same corpus: re-index only (ranking fields may have changed)
            get_search_backend().add_bulk(ArticlePage, list(ArticlePage.objects.all()))


def ndcg(ranked: list[str], labels: dict[str, int], k: int = K) -> float:
    dcg = sum((2 ** labels.get(t, 0) - 1) / math.log2(i + 2) for i, t in enumerate(ranked[:k]))
    ideal = sorted(labels.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def main(argv):
    data = json.loads(DATA.read_text(encoding="utf-8"))
    articles = corpus(data)
    print(f"corpus: {len(articles)} articles, {len(data['queries'])} labelled queries")
    build(articles, fresh="--fresh" in argv)
    from cms.models import ArticlePage
    from cms.search import search_pages

    scores, by_variant = [], defaultdict(list)
    with schema_context(SCHEMA):
        for q in data["queries"]:
            results = search_pages(q["query"], ArticlePage.objects.live())
            ranked = list(results.values_list("title", flat=True)[:K])
            score = ndcg(ranked, q["relevant"])
            scores.append(score)
            by_variant[q["variant"]].append(score)
            line = f"  {score:5.3f}  {q['query']!r:40} [{q['variant']}]"
            if score < 0.8:
                line += "\n         top: " + " | ".join(t[:45] for t in ranked[:3])
            print(line)
    print("mean nDCG@10 per variant:")
    for variant, values in sorted(by_variant.items()):
        print(f"  {variant:22} n={len(values):<3} {statistics.mean(values):.3f}")
    print(f"MEAN nDCG@10 over {len(scores)} queries: {statistics.mean(scores):.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
