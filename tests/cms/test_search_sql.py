"""The search SQL compiled once per query shape (``cms.search_sql``) is exactly what Wagtail's
query compiler builds for the query's own words, and searches return the same pages in the
same order with the same scores either way."""

import pytest
from django_tenants.utils import schema_context
from wagtail.models import Page

from cms import search_sql
from cms.models import ArticlePage
from cms.search import parse, search_pages
from tests.factories import make_article

QUERIES = [
    "lương",
    "luong",
    "cong doan",
    "công đoàn",
    "lương tối thiểu vùng",
    "luong toi thieu vung",
    "an-toàn lao động",
    '"tối thiểu vùng"',
    '"toi thieu vung" lương',
    'công "an toàn lao động" 2026',
    "lương lương",
    "18/kh-cđn",
    "đ",
    "4.960.000 đồng",
    "hỗ trợ & (khó khăn) | x:*",
]


@pytest.mark.parametrize("model", [Page, ArticlePage])
def test_cached_sql_is_what_the_query_compiler_builds(tenant_a, model):
    with schema_context(tenant_a.schema_name):
        queryset = model.objects.live()
        for text in QUERIES:
            parsed = parse(text)
            expected = tuple(
                (sql, tuple(params))
                for sql, params in search_sql.compile_expressions(queryset, parsed)
            )
            # Twice: the first compiles the shape, the second is served from the cache.
            assert search_sql.cached_sql(queryset, parsed) == expected, text
            assert search_sql.cached_sql(queryset, parsed) == expected, text


def test_shapes_are_shared_across_words(tenant_a):
    with schema_context(tenant_a.schema_name):
        queryset = Page.objects.live()
        first = search_sql.shape_of(parse("lương tối"))
        second = search_sql.shape_of(parse("thiểu vùng"))
        third = search_sql.shape_of(parse("luong toi"))
        assert first[0] == second[0] != third[0]
        assert first[1] == ["lương", "tối"] and second[1] == ["thiểu", "vùng"]
        search_sql.cached_sql(queryset, parse("lương tối"))
        assert (Page, queryset.db, first[0]) in search_sql._SHAPES


def test_words_needing_escapes_take_the_uncached_path(tenant_a):
    with schema_context(tenant_a.schema_name):
        for text in ("it's", "công'đoàn", "zzw0zz"):
            assert search_sql.shape_of(parse(text)) is None, text
        make_article("It's công đoàn", body="<p>Bài về công đoàn.</p>")
        assert [p.title for p in search_pages("it's")] == ["It's công đoàn"]


def test_results_and_scores_match_the_uncached_path(tenant_a, monkeypatch):
    with schema_context(tenant_a.schema_name):
        make_article(
            "Tăng lương tối thiểu vùng từ năm 2026",
            standfirst="Công đoàn giám sát việc trả lương cho công nhân.",
            body="<p>Mức lương tối thiểu vùng I là 4.960.000 đồng.</p>",
        )
        make_article("Số lượng đoàn viên tăng", body="<p>Chất lượng công đoàn cơ sở.</p>")
        make_article("An toàn lao động", body="<p>Công đoàn kiểm tra an toàn, lương.</p>")
        make_article("Bản nháp về lương", publish=False, live=False)

        def run():
            return [list(search_pages(text).values_list("pk", "search_rank")) for text in QUERIES]

        cached = run()
        monkeypatch.setattr(search_sql, "expressions", lambda *args: None)
        uncached = run()
        assert cached == uncached
        assert any(cached)
