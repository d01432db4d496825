"""RSS, Atom and JSON feeds: valid, Vietnamese intact, the GraphQL feed's items in its order,
nothing private, tenants apart, 404s in Vietnamese, constant statement counts."""

from __future__ import annotations

import json
import unicodedata

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django_tenants.utils import schema_context

from tests.factories import make_article
from tests.feeds.conftest import (
    NEVER,
    TITLE_A,
    TITLE_TOPIC,
    check_atom,
    check_json,
    check_rss,
    get,
)
from tests.sharing.factories import gql, make_share
from tests.statements import statements

FORMATS = ("rss.xml", "atom.xml", "feed.json")
FEED_IDS = """
query ($org: String, $first: Int) {
  feed(organization: $org, first: $first) { edges { node { id title } } }
}
"""


def parse(fmt: str, body: bytes):
    return {"rss.xml": check_rss, "atom.xml": check_atom, "feed.json": check_json}[fmt](body)


def item_titles(fmt: str, body: bytes) -> list[str]:
    parsed = parse(fmt, body)
    if fmt == "feed.json":
        return [item["title"] for item in parsed["items"]]
    return [entry.title for entry in parsed.entries]


def item_ids(fmt: str, body: bytes) -> list[str]:
    parsed = parse(fmt, body)
    if fmt == "feed.json":
        return [item["id"] for item in parsed["items"]]
    return [entry.id for entry in parsed.entries]


def as_guid(schema: str, graphql_id: str) -> str:
    kind, _, pk = graphql_id.partition(":")
    return f"urn:congdoan:share:{pk}" if kind == "share" else f"urn:congdoan:{schema}:page:{pk}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_tenant_feed_is_valid_and_keeps_vietnamese_text(feed_world, tenant_a, client_for, fmt):
    response = get(client_for(tenant_a), f"/feeds/{fmt}")
    assert response.status_code == 200, response.content.decode()
    assert response["Content-Type"].endswith("charset=utf-8")
    titles = item_titles(fmt, response.content)
    assert TITLE_A in titles  # read back exactly as written (&, <, >, quotes, marks)
    assert all(unicodedata.is_normalized("NFC", t) for t in titles)
    assert "Hướng dẫn 18/HD-TLĐ về Tháng Công nhân" in titles  # shared down to A
    assert "Tết Sum vầy tại Công ty May Việt Tiến" not in titles  # G1's microsite, not A's
    text = response.content.decode("utf-8")
    assert "Đoàn viên được hỗ trợ 500.000 đồng." in text  # UTF-8, not escaped to entities
    if fmt != "feed.json":
        assert "&amp; &lt;phúc lợi&gt;" in text


@pytest.mark.parametrize("code", ["XG1", None])
def test_org_feed_has_the_graphql_feeds_items_in_its_order(feed_world, tenant_a, client_for, code):
    from django.conf import settings

    client = client_for(tenant_a)
    data = gql(client, FEED_IDS, {"org": code, "first": settings.FEEDS_ITEMS})["data"]
    expected = [as_guid("test_a", e["node"]["id"]) for e in data["feed"]["edges"]]
    assert len(expected) >= 4
    base = f"/feeds/org/{code}/" if code else "/feeds/"
    for fmt in FORMATS:
        response = get(client, base + fmt)
        assert response.status_code == 200
        assert item_ids(fmt, response.content) == expected, fmt
    if code == "XG1":
        titles = item_titles("feed.json", get(client, "/feeds/org/xg1/feed.json").content)
        assert titles[0] == "Kế hoạch 20/11"  # pinned by G1, first as in GraphQL


def test_item_links_and_fields(feed_world, tenant_a, client_for):
    document = check_json(get(client_for(tenant_a), "/feeds/org/XG1/feed.json").content)
    items = {item["title"]: item for item in document["items"]}
    own = items["Tết Sum vầy tại Công ty May Việt Tiến"]
    assert own["url"].startswith("http://a.test") and own["url"].endswith(
        "/tet-sum-vay-tai-cong-ty-may-viet-tien/"
    )
    assert own["authors"] == [{"name": "Công đoàn cơ sở Công ty TNHH May Việt Tiến"}]
    directive = items["Chỉ đạo 28/7 của Đoàn Chủ tịch"]
    assert directive["tags"] == ["Chỉ đạo bắt buộc"]
    assert directive["authors"] == [{"name": "Tổng Liên đoàn Lao động Việt Nam"}]
    assert document["title"] == "Công đoàn cơ sở Công ty TNHH May Việt Tiến"
    assert document["feed_url"] == "http://a.test/feeds/org/XG1/feed.json"


def test_private_unpublished_expired_hidden_and_retracted_never_appear(
    feed_world, tenant_a, client_for
):
    client = client_for(tenant_a)
    for base in ("/feeds/", "/feeds/org/XG1/", "/feeds/org/XPA/"):
        for fmt in FORMATS:
            body = get(client, base + fmt).content.decode("utf-8")
            for title in NEVER:
                assert title not in body, (base, fmt, title)
            assert "Chỉ cho tỉnh B" not in body


def test_topic_feed(feed_world, tenant_a, tenant_b, client_for):
    for fmt in FORMATS:
        response = get(client_for(tenant_a), f"/feeds/topic/tien-luong/{fmt}")
        assert response.status_code == 200
        assert item_titles(fmt, response.content) == [TITLE_TOPIC]
    # Tenant B has a topic of the same slug and no page in it: nothing of A's.
    empty = get(client_for(tenant_b), "/feeds/topic/tien-luong/feed.json")
    assert check_json(empty.content)["items"] == []
    for fmt in ("rss.xml", "atom.xml"):
        parse(fmt, get(client_for(tenant_b), f"/feeds/topic/tien-luong/{fmt}").content)


def test_tenants_are_isolated(feed_world, tenant_a, tenant_b, client_for):
    a_body = get(client_for(tenant_a), "/feeds/feed.json").content.decode()
    b_body = get(client_for(tenant_b), "/feeds/feed.json").content.decode()
    assert "Chỉ có ở tỉnh B" in b_body and "Chỉ có ở tỉnh B" not in a_body
    assert TITLE_A.split(":")[0] not in b_body
    assert "Hướng dẫn 18/HD-TLĐ về Tháng Công nhân" in b_body  # the federation's, to B too
    # G1 publishes on A's site only: B refuses its feed.
    refused = get(client_for(tenant_b), "/feeds/org/XG1/rss.xml")
    assert refused.status_code == 404
    assert "không đăng trên trang này" in refused.content.decode()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/feeds/org/KHONG-CO/rss.xml", "Không tìm thấy đơn vị có mã"),
        ("/feeds/topic/khong-co-chu-de/atom.xml", "Không có chủ đề nào"),
        ("/feeds/topic/chủ-đề-lạ/feed.json", "Không có chủ đề nào"),
    ],
)
def test_unknown_organisation_or_topic_is_a_404_in_vietnamese(
    feed_world, tenant_a, client_for, url, message
):
    response = get(client_for(tenant_a), url)
    assert response.status_code == 404
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert message in response.content.decode("utf-8")
    assert response["Cache-Control"] == "private, no-store"


def test_only_get_and_head(feed_world, tenant_a, client_for):
    client = client_for(tenant_a)
    assert client.post("/feeds/rss.xml").status_code == 405
    assert client.head("/feeds/rss.xml").status_code == 200


def _uncached(client, url):
    cache.clear()  # the response cache lives in this run's Redis database
    connection.set_schema_to_public()
    with statements() as sql:
        response = get(client, url)
    assert response.status_code == 200 and response["X-Cache"] == "MISS"
    return len(sql)


def test_statement_count_does_not_grow_with_items(feed_world, tenant_a, client_for):
    client = client_for(tenant_a)
    urls = ["/feeds/org/XG1/rss.xml", "/feeds/feed.json", "/feeds/topic/tien-luong/atom.xml"]
    for url in urls:
        _uncached(client, url)  # warm (site roots, content types, renditions)
    before = {url: _uncached(client, url) for url in urls}
    t = feed_world["t"]
    for i in range(12):
        make_share(t["tld"], title=f"Tin chia sẻ số {i}")
    with schema_context(tenant_a.schema_name):
        from wagtail.models import Page

        root = Page.objects.get(pk=feed_world["g1"].microsite_page_id)
        for i in range(8):
            make_article(f"Tin riêng số {i}", parent=root)
            make_article(f"Tin của tỉnh số {i}")
    after = {url: _uncached(client, url) for url in urls}
    assert before == after, (before, after)
    assert max(after.values()) <= 8, after


@override_settings(FEEDS_ITEMS=3)
def test_feed_length_is_capped(feed_world, tenant_a, client_for):
    body = get(client_for(tenant_a), "/feeds/org/XG1/feed.json").content
    assert len(json.loads(body)["items"]) == 3
