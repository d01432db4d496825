"""Fixtures of the CDN and rate-limit tests: CDN API imitations on loopback (receiver.py),
settings pointing at them, and the rate limiter switched on with small rates."""

from __future__ import annotations

import pytest

from delivery import cdn
from tests.delivery_edge import receiver as rcv


@pytest.fixture(autouse=True)
def _fresh_fallback_memo():
    """The suite flushes Redis before every test; forget what this process recorded too."""
    cdn.forget_recorded()
    yield
    cdn.forget_recorded()


@pytest.fixture
def receivers():
    """``receivers("cloudflare", mode=...)`` starts one imitation; all stop at the end."""
    started = []

    def make(kind, **options):
        r = rcv.start(kind, **options)
        started.append(r)
        return r

    yield make
    for r in started:
        rcv.stop(r)


@pytest.fixture
def cdns(receivers, settings):
    """One imitation of each CDN (two Varnish hosts), configured as WAGTAILFRONTENDCACHE."""
    cloudflare, fastly = receivers("cloudflare"), receivers("fastly")
    varnish = [receivers("varnish"), receivers("varnish")]
    settings.WAGTAILFRONTENDCACHE = rcv.backend_settings(cloudflare, fastly, varnish)
    settings.CDN_PURGE_TIMEOUT = 1
    settings.CDN_PURGE_DEADLINE = 5
    return {"cloudflare": cloudflare, "fastly": fastly, "varnish": varnish}


@pytest.fixture
def limited(settings):
    """Rate limits on, on this run's Redis, with small rates."""
    settings.RATELIMIT_ENABLED = True
    settings.RATELIMIT_STORAGE_URL = settings.REDIS_URL
    settings.RATELIMIT_ANON_RATE = "3/minute"
    settings.RATELIMIT_TOKEN_RATE = "5/minute"
    settings.RATELIMIT_STRATEGY = "fixed-window"
    settings.TRUSTED_PROXY_COUNT = 0
    return settings


@pytest.fixture
def rcache():
    """The response cache with a fresh Redis client (as in tests/delivery/conftest.py)."""
    from delivery.cache import response_cache

    response_cache.reset()
    yield response_cache
    response_cache.reset()
