"""SQL statements per request stay constant as lists grow, and a page detail with a
StreamField body, images and linked documents stays within a fixed budget. Counted from the
request's first statement (SET search_path included), with the domain lookup cached."""

import pytest
from django_tenants.utils import schema_context

from cms.models import ArticlePage
from tests.factories import home_page, make_image
from tests.graphql.content_factories import make_full_article, publish, topics
from tests.graphql.helpers import gql
from tests.statements import warm_statements

FEED = """
query ($first: Int) {
  articles(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id title urlPath author publishedOn readingMinutes standfirst
      coverImage { title rendition(size: CARD) { url width height }
                   srcSet(sizes: [THUMBNAIL, CARD]) }
      topics { name slug }
      tags { name }
    } }
  }
}
"""

DETAIL = """
query ($path: String!) {
  page(urlPath: $path) {
    id title urlPath pageType
    ancestors { title urlPath }
    ... on ArticlePage {
      standfirst author publishedOn
      coverImage { rendition(size: HERO) { url width height } }
      topics { name } tags { name }
      body {
        __typename
        ... on ParagraphBlock { html }
        ... on HeadingBlock { text level }
        ... on ImageBlock { caption alt image { title rendition(size: CONTENT) { url } } }
        ... on QuoteBlock { text attribution }
        ... on EmbedBlock { url provider }
        ... on DocumentLinkBlock { label document { url fileSize }
                                   officialDocument { documentNumber title urlPath } }
        ... on FactBoxBlock { title html }
        ... on CallToActionBlock { text page { title urlPath } }
        ... on TableBlock { rows { cells } }
      }
    }
  }
}
"""

# The budgets stated in docs/graphql.md.
FEED_STATEMENTS = 2
DETAIL_STATEMENTS = 9


def count_statements(client, query, variables):
    return warm_statements(gql, client, query, variables)


@pytest.fixture
def hundred_articles(tenant_a):
    with schema_context(tenant_a.schema_name):
        wages, insurance = topics("Tiền lương", "Bảo hiểm xã hội")
        home = home_page()
        for i in range(100):
            article = ArticlePage(
                title=f"Tin số {i}", author="Phóng viên", cover_image=make_image(f"Ảnh {i}")
            )
            home.add_child(instance=article)
            article.topics.set([wages, insurance])
            article.tags.add("tin-tuc")
            publish(article)


@pytest.mark.parametrize("size", [1, 20, 100])
def test_feed_costs_the_same_statements_for_1_20_100(hundred_articles, tenant_a, client_for, size):
    data, sql = count_statements(client_for(tenant_a), FEED, {"first": size})
    edges = data["articles"]["edges"]
    assert len(edges) == size and data["articles"]["totalCount"] == 100
    assert all(edge["node"]["coverImage"]["rendition"]["url"] for edge in edges)
    assert all(len(edge["node"]["topics"]) == 2 for edge in edges)
    assert sum(s.startswith("SET search_path") for s in sql) == 1
    # SET search_path; the articles with their total count (window function), topics, tags
    # and cover image (visible only) with its renditions (JSON sub-selects).
    assert len(sql) == FEED_STATEMENTS, "\n".join(s[:150] for s in sql)


@pytest.mark.parametrize("images", [1, 12])
def test_detail_stays_within_a_fixed_budget(tenant_a, client_for, images):
    with schema_context(tenant_a.schema_name):
        linked = make_full_article("Bài được liên kết", images=1)
        make_full_article("Bài chi tiết", images=images, linked_page=linked)
    data, sql = count_statements(client_for(tenant_a), DETAIL, {"path": "/bai-chi-tiet/"})
    body = data["page"]["body"]
    assert sum(block["__typename"] == "ImageBlock" for block in body) == images
    assert all(b["image"]["rendition"]["url"] for b in body if b["__typename"] == "ImageBlock")
    # SET search_path; the article (its type known from the warm-up look-up of the same path)
    # with its topics, tags and cover image + renditions; ancestors (base + specific); body:
    # images + renditions, documents (blocks and rich-text links), pages (blocks and links)
    # and their specific rows (2 types). A first look-up of a path adds one statement.
    assert len(sql) == DETAIL_STATEMENTS, "\n".join(s[:150] for s in sql)


SEARCH = """
query ($q: String!) { search(query: $q, first: 20) { totalCount edges { node { id title } } } }
"""


@pytest.fixture
def searchable(tenant_a):
    with schema_context(tenant_a.schema_name):
        home = home_page()
        for title in ("Tăng lương tối thiểu vùng", "Lương làm thêm giờ", "An toàn lao động"):
            article = ArticlePage(title=title, author="Phóng viên")
            home.add_child(instance=article)
            publish(article)


@pytest.mark.parametrize(
    ("query", "titles", "statements"),
    [
        # SET search_path; the ranked page with its total count: no existence check first
        ("luong toi thieu", ["Tăng lương tối thiểu vùng"], 2),
        ("lương", ["Lương làm thêm giờ", "Tăng lương tối thiểu vùng"], 2),
        # nothing matches "luong vugn": the empty page, then one check per word, then the
        # search without the word that matches no page
        ("luong vugn", ["Lương làm thêm giờ", "Tăng lương tối thiểu vùng"], 2 + 2 + 1),
        # no word matches anything: the empty page, the checks, nothing to retry; the total
        # of an empty page is counted apart (as for any empty list)
        ("xyzt qwrv", [], 2 + 2 + 1),
    ],
)
def test_search_runs_its_typo_fallback_only_after_an_empty_page(
    searchable, tenant_a, client_for, query, titles, statements
):
    data, sql = count_statements(client_for(tenant_a), SEARCH, {"q": query})
    found = sorted(edge["node"]["title"] for edge in data["search"]["edges"])
    assert found == sorted(titles)
    assert data["search"]["totalCount"] == len(titles)
    assert len(sql) == statements, "\n".join(s[:150] for s in sql)


def test_search_typo_fallback_only_on_the_first_page(searchable, tenant_a, client_for):
    """A later page of a search that matched nothing is empty: the fallback belongs to the
    first page (its cursors would not fit the other result)."""
    paged = """
    query ($q: String!, $a: String) { search(query: $q, first: 20, after: $a) {
      edges { node { title } } } }
    """
    after = "YXJyYXljb25uZWN0aW9uOjA="  # offset 0
    data = gql(client_for(tenant_a), paged, {"q": "luong vugn", "a": after})
    assert data["search"]["edges"] == []
    first = gql(client_for(tenant_a), paged, {"q": "luong vugn"})
    assert len(first["search"]["edges"]) == 2
