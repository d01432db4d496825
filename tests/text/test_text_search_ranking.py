"""Search ranking: a title match comes before pages that only mention the words in their
text (however often), exact accents first, and one mistyped word does not empty the result."""

import pytest
from django_tenants.utils import schema_context

from cms.search import search_pages
from tests.factories import make_article

DIGEST = (
    "<p>Trong tuần, công đoàn đã trao Mái ấm Công đoàn, bàn giao Mái ấm Công đoàn và kiểm "
    "tra việc trả lương; công đoàn tiếp tục vận động quỹ Mái ấm Công đoàn.</p>"
)


@pytest.fixture
def pages(tenant_a):
    with schema_context(tenant_a.schema_name):
        return {
            "title": make_article(
                "Mái ấm Công đoàn: bàn giao 20 căn nhà", body="<p>Mỗi căn 50 triệu đồng.</p>"
            ),
            "digest": make_article("Điểm tin hoạt động trong tuần", body=DIGEST * 3),
            "wage": make_article("Tăng lương cho công nhân", body="<p>Từ năm 2026.</p>"),
            "amount": make_article("Sản lượng điện tăng mạnh", body="<p>Quý I.</p>"),
        }


def titles(tenant, query):
    with schema_context(tenant.schema_name):
        return [p.title for p in search_pages(query)]


@pytest.mark.parametrize("query", ["mái ấm công đoàn", "mai am cong doan", "MÁI ẤM"])
def test_title_match_ranks_above_body_only_match(tenant_a, pages, query):
    assert titles(tenant_a, query) == [pages["title"].title, pages["digest"].title]


def test_exact_accent_first_then_title(tenant_a, pages):
    # "lương" as typed: in a title, then in a body only; "lượng" (same folded form) last.
    assert titles(tenant_a, "lương") == [
        pages["wage"].title,
        pages["digest"].title,
        pages["amount"].title,
    ]


def test_a_mistyped_word_is_dropped_when_nothing_matches(tenant_a, pages):
    assert titles(tenant_a, "mai am cong doan xyzw") == [
        pages["title"].title,
        pages["digest"].title,
    ]
    assert titles(tenant_a, "xyzw qqqz") == []
