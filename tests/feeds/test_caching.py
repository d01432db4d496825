"""Feeds and sitemaps through the response cache: strong ETags, 304s, tag headers, and the
writes (publish, unpublish, share, retract) that change the next response."""

from __future__ import annotations

import pytest
from django.test import override_settings
from django_tenants.utils import schema_context

from delivery import tags
from sharing.actions import RetractShare
from tests.factories import make_article
from tests.feeds.conftest import check_json, get
from tests.sharing.factories import make_share
from tests.statements import statements

URLS = ["/feeds/org/XG1/rss.xml", "/feeds/atom.xml", "/feeds/topic/tien-luong/feed.json"]


@pytest.mark.parametrize("url", [*URLS, "/sitemap.xml", "/sitemaps/1.xml"])
def test_miss_then_hit_then_304(feed_world, tenant_a, client_for, url):
    client = client_for(tenant_a)
    first = get(client, url)
    assert first.status_code == 200 and first["X-Cache"] == "MISS"
    etag = first["ETag"]
    assert etag.startswith('"') and etag.endswith('"') and not etag.startswith("W/")
    assert first["Cache-Control"] == "public, max-age=300, stale-while-revalidate=3600"
    with statements() as sql:
        second = get(client, url)
    assert second["X-Cache"] == "HIT" and second["ETag"] == etag
    assert not sql.mentioning("wagtailcore_page") and not sql.mentioning("sharing_"), list(sql)
    assert int(second["Age"]) >= 0
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    for header in (etag, f"W/{etag}", '"autre", ' + etag, "*"):
        not_modified = get(client, url, **{"If-None-Match": header})
        assert not_modified.status_code == 304, header
        assert not_modified.content == b"" and not_modified["ETag"] == etag
        assert "stale-while-revalidate" in not_modified["Cache-Control"]
    assert get(client, url, **{"If-None-Match": '"autre"'}).status_code == 200


@pytest.mark.parametrize("header", ["abc", '"abc', 'W/"a" "b"', ",", 'W/ "a"'])
def test_malformed_if_none_match_is_a_400(feed_world, tenant_a, client_for, header):
    response = get(client_for(tenant_a), "/feeds/rss.xml", **{"If-None-Match": header})
    assert response.status_code == 400
    assert "If-None-Match không hợp lệ" in response.content.decode("utf-8")
    assert response["Cache-Control"] == "private, no-store"


def test_tag_headers_name_everything_in_the_feed(feed_world, tenant_a, client_for):
    response = get(client_for(tenant_a), "/feeds/org/XG1/feed.json")
    keys = response["Surrogate-Key"].split(" ")
    assert response["Cache-Tag"].split(",") == keys
    t, shares, pages = feed_world["t"], feed_world["shares"], feed_world["pages"]
    assert tags.tenant("test_a") in keys and tags.org(t["g1"].pk) in keys
    for org in ("tld", "a", "ua1", "g1"):  # every ancestor's subtree, its own included
        assert tags.subtree(t[org].path) in keys, org
    assert tags.share(shares["federation"].pk) in keys
    assert tags.page("test_a", pages["g1"].pk) in keys
    assert tags.share(shares["retracted"].pk) not in keys
    topic = get(client_for(tenant_a), "/feeds/topic/tien-luong/rss.xml")
    assert tags.topic("test_a", "tien-luong") in topic["Surrogate-Key"].split(" ")


def test_cached_copies_are_per_tenant(feed_world, tenant_a, tenant_b, client_for):
    a = get(client_for(tenant_a), "/feeds/feed.json")
    b = get(client_for(tenant_b), "/feeds/feed.json")
    assert b["X-Cache"] == "MISS" and a.content != b.content
    assert get(client_for(tenant_b), "/feeds/feed.json").content == b.content


def titles(response):
    return [item["title"] for item in check_json(response.content)["items"]]


def test_publish_unpublish_share_and_retract_change_the_next_response(
    feed_world, tenant_a, client_for, django_capture_on_commit_callbacks
):
    client = client_for(tenant_a)
    url = "/feeds/org/XG1/feed.json"
    assert get(client, url)["X-Cache"] == "MISS" and get(client, url)["X-Cache"] == "HIT"
    sitemap = get(client, "/sitemaps/1.xml")

    with django_capture_on_commit_callbacks(execute=True), schema_context(tenant_a.schema_name):
        from wagtail.models import Page

        root = Page.objects.get(pk=feed_world["g1"].microsite_page_id)
        fresh = make_article("Tin mới đăng: Đại hội Công đoàn cơ sở lần thứ VII", parent=root)
    after_publish = get(client, url)
    assert after_publish["X-Cache"] == "MISS"
    assert titles(after_publish)[1] == "Tin mới đăng: Đại hội Công đoàn cơ sở lần thứ VII"
    assert fresh.slug in get(client, "/sitemaps/1.xml").content.decode()
    assert get(client, "/sitemaps/1.xml").content != sitemap.content

    with django_capture_on_commit_callbacks(execute=True):
        share = make_share(feed_world["t"]["tld"], title="Thông báo khẩn của Tổng Liên đoàn")
    assert "Thông báo khẩn của Tổng Liên đoàn" in titles(get(client, url))

    with django_capture_on_commit_callbacks(execute=True):
        RetractShare(share, actor=None).execute()
    assert "Thông báo khẩn của Tổng Liên đoàn" not in titles(get(client, url))

    with django_capture_on_commit_callbacks(execute=True), schema_context(tenant_a.schema_name):
        Page.objects.get(pk=fresh.pk).specific.unpublish()
    assert "Tin mới đăng: Đại hội Công đoàn cơ sở lần thứ VII" not in titles(get(client, url))
    assert fresh.slug not in get(client, "/sitemaps/1.xml").content.decode()


def test_no_copy_outlives_the_first_expiring_item(feed_world, tenant_a, client_for):
    import datetime

    from django.utils import timezone

    from delivery.views import lifetimes

    now = timezone.now()
    assert lifetimes(None) == (300, 3600)
    assert lifetimes(now + datetime.timedelta(seconds=100), now) == (100, 0)
    assert lifetimes(now + datetime.timedelta(seconds=1000), now) == (300, 700)
    assert lifetimes(now - datetime.timedelta(seconds=5), now) == (0, 0)
    make_share(
        feed_world["t"]["tld"],
        title="Thông báo hết hạn sau 2 phút",
        expires_at=timezone.now() + datetime.timedelta(seconds=120),
    )
    response = get(client_for(tenant_a), "/feeds/org/XG1/rss.xml")
    max_age = int(response["Cache-Control"].split("max-age=")[1].split(",")[0])
    assert 100 <= max_age <= 120 and "stale-while-revalidate=0" in response["Cache-Control"]


@override_settings(RATELIMIT_ENABLED=True, RATELIMIT_ANON_RATE="2/minute", FEEDS_MAX_AGE=1)
def test_misses_are_rate_limited_and_a_stale_copy_beats_a_429(feed_world, tenant_a, client_for):
    import time

    client = client_for(tenant_a)
    first = get(client, "/feeds/rss.xml")
    assert first.status_code == 200
    assert get(client, "/feeds/rss.xml")["X-Cache"] == "HIT"  # hits are not counted
    assert get(client, "/feeds/atom.xml").status_code == 200  # second miss: the last allowed
    refused = get(client, "/feeds/feed.json")
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert refused["Content-Type"] == "text/plain; charset=utf-8"
    time.sleep(1.2)  # the RSS copy is now stale (max-age 1 s) but kept
    stale = get(client, "/feeds/rss.xml")
    assert stale.status_code == 200 and stale["X-Cache"] == "STALE"
    assert stale.content == first.content
