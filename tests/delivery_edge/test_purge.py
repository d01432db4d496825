"""Tag purges against real HTTP imitations of each CDN API on loopback: the requests each
CDN documents (paths, auth headers, bodies), batching under each CDN's limits, URL purges
kept working as Wagtail sends them, and failures that never reach the write."""

from __future__ import annotations

import logging
import math
import time

import pytest
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

from delivery import purge
from delivery.cdn import cdn_keys, tag_headers
from delivery.purge import header_batches, purge_tags, purge_tags_on_commit
from tests.delivery_edge import receiver as rcv

TAGS = [f"p:tenant_{i:04d}:{1000 + i}" for i in range(2000)]


def sent_tags(receiver) -> list[str]:
    found = []
    for request in receiver.requests:
        if receiver.kind == "cloudflare":
            found += request.json()["tags"]
        elif receiver.kind == "fastly":
            found += request.json()["surrogate_keys"]
        else:
            found += request.headers["xkey-purge"].split(" ")
    return found


def test_cloudflare_tags_batched_by_100_with_the_api_token(cdns):
    cloudflare = cdns["cloudflare"]
    calls = purge.CloudflareBackend(
        rcv.backend_settings(cloudflare=cloudflare)["cloudflare"]
    ).purge_tags(cdn_keys(TAGS))
    assert calls == 20
    assert len(cloudflare.requests) == 20
    for request in cloudflare.requests:
        assert request.method == "POST"
        assert request.path == "/client/v4/zones/zone-123/purge_cache"
        assert request.headers["authorization"] == "Bearer cf-token-abc"
        assert request.headers["content-type"] == "application/json"
        assert len(request.json()["tags"]) <= 100
    assert sorted(sent_tags(cloudflare)) == sorted(cdn_keys(TAGS))


def test_fastly_surrogate_keys_batched_by_256_with_fastly_key(receivers):
    fastly = receivers("fastly")
    params = rcv.backend_settings(fastly=fastly, options={"fastly": {"SOFT": True}})["fastly"]
    calls = purge.FastlyBackend(params).purge_tags(cdn_keys(TAGS))
    assert calls == math.ceil(2000 / 256) == 8
    for request in fastly.requests:
        assert (request.method, request.path) == ("POST", "/service/svc-456/purge")
        assert request.headers["fastly-key"] == "fastly-key-xyz"
        assert request.headers["fastly-soft-purge"] == "1"
        assert len(request.json()["surrogate_keys"]) <= 256
    assert sorted(sent_tags(fastly)) == sorted(cdn_keys(TAGS))


def test_varnish_xkey_purge_to_every_host_under_the_header_limit(receivers):
    hosts = [receivers("varnish"), receivers("varnish")]
    params = rcv.backend_settings(varnish=hosts)["varnish"]
    keys = cdn_keys(TAGS)
    expected_batches = len(list(header_batches(keys, 7680)))
    assert expected_batches > 1
    calls = purge.VarnishXkeyBackend(params).purge_tags(keys)
    assert calls == 2 * expected_batches
    for host in hosts:
        assert len(host.requests) == expected_batches
        for request in host.requests:
            assert request.method == "PURGE"
            assert len(request.headers["xkey-purge"]) <= 7680
        assert sorted(sent_tags(host)) == sorted(keys)


def test_varnish_soft_purge_and_method(receivers):
    host = receivers("varnish")
    params = rcv.backend_settings(
        varnish=host, options={"varnish": {"SOFT": True, "METHOD": "PURGEKEYS"}}
    )["varnish"]
    assert purge.VarnishXkeyBackend(params).purge_tags(["a", "b"]) == 1
    (request,) = host.requests
    assert request.method == "PURGEKEYS"
    assert request.headers["xkey-softpurge"] == "a b"


def test_purge_tags_reaches_every_configured_backend(cdns):
    calls = purge_tags(TAGS)
    varnish_batches = len(list(header_batches(cdn_keys(TAGS), 7680)))
    assert calls == 20 + 8 + 2 * varnish_batches
    assert sorted(sent_tags(cdns["cloudflare"])) == sorted(cdn_keys(TAGS))
    assert sorted(sent_tags(cdns["fastly"])) == sorted(cdn_keys(TAGS))


def test_no_backend_configured_means_no_call(settings):
    settings.WAGTAILFRONTENDCACHE = {}
    assert purge_tags(TAGS) == 0
    assert purge_tags([]) == 0


def test_headers_and_purges_use_the_same_keys(cdns):
    tags = ["t:test_a", "P:Test_A:7", "topic:test_a:an-toàn lao động", "x" * 2000]
    headers = tag_headers(tags, fallback=["t:test_a"])
    keys = headers["Surrogate-Key"].split(" ")
    assert headers["Cache-Tag"].split(",") == keys
    assert keys[:2] == ["t:test_a", "p:test_a:7"]  # lower-case: Cloudflare ignores case
    assert all(k.isascii() and " " not in k and "," not in k and len(k) <= 1024 for k in keys)
    purge_tags(tags[2:])
    assert set(sent_tags(cdns["fastly"])) == set(keys[2:])


def test_too_many_tags_fall_back_to_the_tenant_tag_and_purges_follow(cdns, settings):
    settings.CDN_TAG_HEADER_MAX_BYTES = 200
    tags = [f"p:test_a:{i}" for i in range(100)]
    headers = tag_headers(tags, fallback=["t:test_a"])
    kept = headers["Surrogate-Key"].split(" ")
    assert kept[0] == "t:test_a"
    assert len(headers["Surrogate-Key"]) <= 200
    assert len(headers["Cache-Tag"]) <= 200
    dropped = [t for t in tags if t not in kept]
    assert dropped
    # Purging a dropped tag purges the fallback too: the CDN copy cannot outlive the change.
    purge_tags([dropped[-1]])
    assert set(sent_tags(cdns["cloudflare"])) == {dropped[-1], "t:test_a"}
    # A tag that fit is purged alone.
    cdns["cloudflare"].requests.clear()
    purge_tags([kept[1]])
    assert sent_tags(cdns["cloudflare"]) == [kept[1]]


def test_tag_count_limit(settings):
    settings.CDN_TAG_MAX_COUNT = 10
    headers = tag_headers([f"p:s:{i}" for i in range(50)], fallback=["t:s"])
    assert len(headers["Surrogate-Key"].split(" ")) == 10


def test_url_purges_still_work_as_wagtail_sends_them(cdns):
    purge_urls_from_cache(["https://a.test/tin-tuc/bai-1/?trang=2"])
    (cf,) = cdns["cloudflare"].requests
    assert cf.json() == {"files": ["https://a.test/tin-tuc/bai-1/?trang=2"]}
    assert cf.headers["authorization"] == "Bearer cf-token-abc"
    (fastly,) = cdns["fastly"].requests
    assert (fastly.method, fastly.path) == ("POST", "/purge/a.test/tin-tuc/bai-1/?trang=2")
    assert fastly.headers["fastly-key"] == "fastly-key-xyz"
    for host in cdns["varnish"]:
        (request,) = host.requests
        assert (request.method, request.path) == ("PURGE", "/tin-tuc/bai-1/?trang=2")
        assert request.headers["host"] == "a.test"


# --- failures never break anything ---------------------------------------------------------


@pytest.mark.parametrize("mode", ["error", "refuse", "garbage"])
def test_cdn_errors_are_logged_and_the_other_batches_still_sent(receivers, settings, mode, caplog):
    cloudflare = receivers("cloudflare", mode=mode)
    fastly = receivers("fastly")
    settings.WAGTAILFRONTENDCACHE = rcv.backend_settings(cloudflare, fastly)
    with caplog.at_level(logging.ERROR, logger="delivery.purge"):
        calls = purge_tags(TAGS[:300])
    assert calls == 3 + 2
    assert len(cloudflare.requests) == 3
    assert "Cloudflare" in caplog.text and "Không xoá được" in caplog.text
    assert sorted(sent_tags(fastly)) == sorted(cdn_keys(TAGS[:300]))


@pytest.mark.parametrize("mode", ["slow", "throttle"])
def test_unreachable_cdn_stops_that_backend_only(receivers, settings, mode, caplog):
    cloudflare = receivers("cloudflare", mode=mode, delay=3)
    fastly = receivers("fastly")
    settings.WAGTAILFRONTENDCACHE = rcv.backend_settings(cloudflare, fastly)
    settings.CDN_PURGE_TIMEOUT = 0.5
    started = time.monotonic()
    with caplog.at_level(logging.ERROR, logger="delivery.purge"):
        calls = purge_tags(TAGS)
    elapsed = time.monotonic() - started
    assert len(cloudflare.requests) == 1  # the first batch failed: the other 19 are skipped
    assert calls == 1 + 8
    assert elapsed < 2.5
    assert "bỏ qua 19 lô còn lại" in caplog.text
    assert sorted(sent_tags(fastly)) == sorted(cdn_keys(TAGS))


def test_connection_refused_and_misconfiguration_never_raise(settings, caplog):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "delivery.purge.VarnishXkeyBackend",
            "LOCATIONS": ["http://127.0.0.1:9"],
        }
    }
    with caplog.at_level(logging.ERROR, logger="delivery.purge"):
        assert purge_tags(["a"]) == 1
    settings.WAGTAILFRONTENDCACHE = {"x": {"BACKEND": "delivery.purge.FastlyBackend"}}
    with caplog.at_level(logging.ERROR, logger="delivery.purge"):
        assert purge_tags(["a"]) == 0
    assert "Lỗi không mong đợi" in caplog.text


def test_the_whole_purge_has_a_deadline(receivers, settings):
    slow = [receivers("varnish", mode="slow", delay=1) for _ in range(4)]
    settings.WAGTAILFRONTENDCACHE = rcv.backend_settings(varnish=slow)
    settings.CDN_PURGE_TIMEOUT = 5
    settings.CDN_PURGE_DEADLINE = 1.5
    started = time.monotonic()
    purge_tags(["a"])
    assert time.monotonic() - started < 2.5
    assert sum(len(h.requests) for h in slow) < 4


# --- after commit ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_purge_runs_after_commit_and_a_failing_cdn_never_breaks_the_write(
    receivers, settings, django_capture_on_commit_callbacks
):
    from accounts.models import User

    broken = receivers("cloudflare", mode="error")
    settings.WAGTAILFRONTENDCACHE = rcv.backend_settings(cloudflare=broken)
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        User.objects.create(email="bientap@purge.test")
        purge_tags_on_commit(["p:test_a:1"])
        purge_tags_on_commit(["p:test_a:2", "p:test_a:1"])
        assert broken.requests == []  # nothing before commit
    assert len(callbacks) == 1  # one batch for the whole transaction
    assert User.objects.filter(email="bientap@purge.test").exists()
    (request,) = broken.requests
    assert sorted(request.json()["tags"]) == ["p:test_a:1", "p:test_a:2"]


@pytest.mark.django_db
def test_rolled_back_savepoint_purges_nothing(cdns, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        try:
            with transaction.atomic():
                purge_tags_on_commit(["p:test_a:9"])
                raise RuntimeError("huỷ")
        except RuntimeError:
            pass
        purge_tags_on_commit(["p:test_a:10"])
    assert sent_tags(cdns["cloudflare"]) == ["p:test_a:10"]
