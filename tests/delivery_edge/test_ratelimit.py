"""Rate limits of uncached executions on real Redis: the 429 (headers, Vietnamese body in
GraphQL's shape), one bucket per token, user, address and tenant, X-Forwarded-For ignored
unless proxies are trusted, IPv6 counted per network, and Redis trouble never refusing."""

from __future__ import annotations

import json
import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory
from django_tenants.utils import schema_context

from delivery import ratelimit
from delivery.ratelimit import check

pytestmark = pytest.mark.django_db


class Token:
    def __init__(self, pk):
        self.pk = pk


def request_from(ip="203.0.113.7", *, xff=None, token=None):
    extra = {"REMOTE_ADDR": ip}
    if xff is not None:
        extra["HTTP_X_FORWARDED_FOR"] = xff
    request = RequestFactory().get("/graphql/", **extra)
    request.user = AnonymousUser()
    request.api_token = token
    return request


def spend(n, **kwargs):
    return [check(request_from(**kwargs)) for _ in range(n)]


def test_off_unless_enabled(settings):
    settings.RATELIMIT_ENABLED = False
    decisions = spend(50)
    assert all(d.allowed and d.headers == {} for d in decisions)


def test_the_429_has_retry_after_ratelimit_headers_and_a_vietnamese_graphql_error(limited):
    with schema_context("test_a"):
        first, second, third, refused = spend(4)
    assert [d.allowed for d in (first, second, third, refused)] == [True, True, True, False]
    assert first.headers["RateLimit-Policy"] == '"ip-60s";q=3;w=60'
    assert re.fullmatch(r'"ip-60s";r=2;t=\d+', first.headers["RateLimit"])
    assert re.fullmatch(r'"ip-60s";r=0;t=\d+', refused.headers["RateLimit"])
    assert 1 <= refused.retry_after <= 60

    response = refused.response()
    assert response.status_code == 429
    assert response["Retry-After"] == str(refused.retry_after)
    assert response["RateLimit-Policy"] == '"ip-60s";q=3;w=60'
    assert response["RateLimit"] == refused.headers["RateLimit"]
    assert response["Cache-Control"] == "no-store"
    assert response["Content-Type"].startswith("application/json")
    body = json.loads(response.content)
    (error,) = body["errors"]
    assert error["message"] == (
        "Quá nhiều yêu cầu không có sẵn trong bộ nhớ đệm từ địa chỉ IP này (tối đa 3 yêu cầu "
        f"mỗi phút). Vui lòng thử lại sau {refused.retry_after} giây."
    )
    assert error["extensions"] == {
        "code": "RATE_LIMITED",
        "retryAfter": refused.retry_after,
        "limit": 3,
        "windowSeconds": 60,
    }
    assert "ệ" in response.content.decode("utf-8")  # not \u-escaped


def test_apply_sets_headers_and_retry_after_only_on_a_429(limited):
    decision = spend(4)[-1]
    stale = decision.apply(HttpResponse("cũ"))
    assert stale["RateLimit"] == decision.headers["RateLimit"]
    assert "Retry-After" not in stale
    refused = decision.apply(HttpResponse(status=429))
    assert refused["Retry-After"] == str(decision.retry_after)


def test_tokens_have_their_own_rate_and_bucket(limited):
    assert all(d.allowed for d in spend(3))
    assert not check(request_from()).allowed  # this address is spent
    token_decisions = spend(6, token=Token(1))  # the same address, with a token: 5/minute
    assert [d.allowed for d in token_decisions] == [True] * 5 + [False]
    assert token_decisions[0].headers["RateLimit-Policy"] == '"token-60s";q=5;w=60'
    assert "API token này" in token_decisions[-1].message()
    assert check(request_from(token=Token(2))).allowed  # another token: its own bucket


def test_signed_in_users_count_per_account(limited, django_user_model):
    user = django_user_model.objects.create(email="bientap@limit.test")
    request = request_from()
    request.user = user
    assert [check(request).allowed for _ in range(6)] == [True] * 5 + [False]
    assert check(request_from()).allowed  # the address itself is untouched


def test_each_address_and_each_tenant_has_its_own_bucket(limited):
    with schema_context("test_a"):
        assert [d.allowed for d in spend(4)] == [True, True, True, False]
        assert check(request_from("198.51.100.9")).allowed
    with schema_context("test_b"):
        assert [d.allowed for d in spend(4)] == [True, True, True, False]


def test_x_forwarded_for_does_not_evade_the_limit_by_default(limited):
    decisions = [check(request_from(xff=f"10.0.0.{i}")) for i in range(5)]
    assert [d.allowed for d in decisions] == [True, True, True, False, False]


def test_behind_trusted_proxies_the_proxy_seen_address_counts(limited):
    limited.TRUSTED_PROXY_COUNT = 1
    # The client forges hops on the left; the proxy appends the address it saw.
    forged = [check(request_from("10.0.0.1", xff=f"1.1.1.{i}, 198.51.100.20")) for i in range(4)]
    assert [d.allowed for d in forged] == [True, True, True, False]
    assert check(request_from("10.0.0.1", xff="198.51.100.21")).allowed


def test_ipv6_clients_count_per_64_network(limited):
    first = [check(request_from(f"2001:db8:1:2::{i:x}")) for i in range(1, 5)]
    assert [d.allowed for d in first] == [True, True, True, False]
    assert check(request_from("2001:db8:1:3::1")).allowed
    assert ratelimit._network("::ffff:198.51.100.7") == "198.51.100.7"


def test_several_rates_each_reported(limited):
    limited.RATELIMIT_ANON_RATE = "2/second;10/minute"
    decisions = spend(3)
    assert decisions[0].headers["RateLimit-Policy"] == ('"ip-1s";q=2;w=1, "ip-60s";q=10;w=60')
    assert re.fullmatch(r'"ip-1s";r=1;t=\d+, "ip-60s";r=9;t=\d+', decisions[0].headers["RateLimit"])
    refused = decisions[2]
    assert not refused.allowed
    assert refused.limit.amount == 2
    assert "tối đa 2 yêu cầu mỗi giây" in refused.message()
    # The refused request was not counted against the per-minute rate.
    assert '"ip-60s";r=8' in refused.headers["RateLimit"]


@pytest.mark.parametrize("strategy", ["sliding-window-counter", "moving-window"])
def test_other_strategies(limited, strategy):
    limited.RATELIMIT_STRATEGY = strategy
    decisions = spend(4)
    assert [d.allowed for d in decisions] == [True, True, True, False]
    assert decisions[-1].retry_after >= 1


def test_redis_unreachable_lets_requests_through(limited, caplog):
    limited.RATELIMIT_STORAGE_URL = "redis://127.0.0.1:9/0"
    assert all(d.allowed for d in spend(5))
    assert "Không kiểm tra được giới hạn tần suất" in caplog.text
