"""Sitemaps: an index per tenant, files of at most SITEMAP_URLS_PER_FILE URLs with lastmod,
public pages only, tenants apart, 404 past the last file, constant statement counts."""

from __future__ import annotations

import datetime
from xml.etree import ElementTree

from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django_tenants.utils import schema_context

from tests.factories import make_article
from tests.feeds.conftest import NEVER, get
from tests.statements import statements

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _lastmod(text: str | None) -> datetime.datetime | None:
    """lastmod, or None for a page never published through the admin (a provisioned home)."""
    if text is None:
        return None
    value = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    assert value.tzinfo is not None
    return value


def read_index(client):
    response = get(client, "/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{NS}sitemapindex"
    return [
        (s.findtext(f"{NS}loc"), _lastmod(s.findtext(f"{NS}lastmod")))
        for s in root.findall(f"{NS}sitemap")
    ]


def read_file(client, url):
    response = get(client, url)
    assert response.status_code == 200, response.content.decode()
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{NS}urlset"
    return [
        (u.findtext(f"{NS}loc"), _lastmod(u.findtext(f"{NS}lastmod")))
        for u in root.findall(f"{NS}url")
    ]


def all_urls(client):
    urls = []
    for loc, lastmod in read_index(client):
        path = loc.split("://", 1)[1].split("/", 1)[1]
        rows = read_file(client, "/" + path)
        # The index's lastmod is the newest of the file's.
        assert max((m for _, m in rows if m), default=None) == lastmod
        urls += rows
    return urls


def test_sitemap_lists_every_public_page_once(feed_world, tenant_a, client_for):
    client = client_for(tenant_a)
    index = read_index(client)
    assert [loc for loc, _ in index] == ["http://a.test/sitemaps/1.xml"]
    urls = [loc for loc, _ in all_urls(client)]
    assert len(urls) == len(set(urls))
    assert "http://a.test/" in urls  # the home page
    pages = feed_world["pages"]
    for key in ("a", "topical", "g1"):
        assert any(u.endswith(f"/{pages[key].slug}/") for u in urls), key
    for key in ("draft", "secret", "expired"):
        assert pages[key].slug and not any(u.endswith(f"/{pages[key].slug}/") for u in urls), (
            key,
            pages[key].slug,
        )
    body = get(client, "/sitemaps/1.xml").content.decode()
    for title in NEVER:
        assert title not in body


@override_settings(SITEMAP_URLS_PER_FILE=2)
def test_sitemap_splits_into_files_of_the_configured_size(feed_world, tenant_a, client_for):
    client = client_for(tenant_a)
    with schema_context(tenant_a.schema_name):
        from wagtail.models import Page

        from cms.visibility import Visibility

        expected = Visibility().pages(Page.objects.all()).count()
    index = read_index(client)
    assert len(index) == (expected + 1) // 2 >= 3
    assert [loc for loc, _ in index] == [
        f"http://a.test/sitemaps/{n}.xml" for n in range(1, len(index) + 1)
    ]
    urls = all_urls(client)
    assert len(urls) == expected and len({u for u, _ in urls}) == expected
    for n in range(1, len(index) + 1):
        assert 1 <= len(read_file(client, f"/sitemaps/{n}.xml")) <= 2
    past = get(client, f"/sitemaps/{len(index) + 1}.xml")
    assert past.status_code == 404
    assert "Không có sơ đồ trang số" in past.content.decode("utf-8")
    assert get(client, "/sitemaps/0.xml").status_code == 404


def test_sitemaps_are_per_tenant(feed_world, tenant_a, tenant_b, client_for):
    a_urls = [u for u, _ in all_urls(client_for(tenant_a))]
    b_urls = [u for u, _ in all_urls(client_for(tenant_b))]
    assert all(u.startswith("http://a.test/") for u in a_urls)
    assert all(u.startswith("http://b.test/") for u in b_urls)
    assert any(feed_world["pages"]["b"].slug in u for u in b_urls)
    assert not any(feed_world["pages"]["a"].slug in u for u in b_urls)


def test_sitemap_statements_do_not_grow_with_pages(feed_world, tenant_a, client_for):
    client = client_for(tenant_a)
    seen: list[str] = []

    def count():
        out = {}
        for url in ("/sitemap.xml", "/sitemaps/1.xml"):
            cache.clear()
            connection.set_schema_to_public()
            with statements() as sql:
                assert get(client, url).status_code == 200
            out[url] = len(sql)
        seen[:] = list(sql)
        return out

    count()  # warm
    before = count()
    with schema_context(tenant_a.schema_name):
        for i in range(10):
            make_article(f"Tin thêm số {i}")
    assert count() == before
    assert max(before.values()) <= 5, (before, seen)
