"""The running app under production settings (gunicorn, tests/security/live.py) attacked with
bursts of uncached GraphQL queries: 429 with Retry-After, the RateLimit fields and a
Vietnamese error once the client's rate is spent; forged X-Forwarded-For, another tenant and
an API token each change nothing for the attacker; cached hits are never counted, and a stale
cached copy is served instead of a 429."""

from __future__ import annotations

import http.client
import json
import re
import time

import pytest

from tests.security import live

pytestmark = pytest.mark.django_db
world = live.world  # module-scoped fixture

ANON, TOKEN = 5, 7
PERSISTED = "query Ten { site { name } }"


@pytest.fixture(scope="module")
def extras(world, django_db_blocker):
    """An API token of sec_a's editor and a registered persisted query, committed (the
    server cannot see the tests' transactions); dropped with the world's tenants."""
    from django.contrib.auth import get_user_model
    from django_tenants.utils import schema_context
    from wagtail.models import APIToken

    from graphql_api.models import PersistedQuery, query_hash

    with django_db_blocker.unblock(), schema_context("sec_a"):
        user = get_user_model().objects.get(email=live.EMAILS["a"])
        _row, token = APIToken.create_token(user=user, name="frontend")
        PersistedQuery.objects.get_or_create(
            sha256=query_hash(PERSISTED), defaults={"name": "Tên", "query": PERSISTED}
        )
    return {"token": token, "sha": query_hash(PERSISTED)}


@pytest.fixture(scope="module")
def server(world, extras):
    live.flush_redis()
    with live.running_server(
        RATELIMIT_ANON_RATE=f"{ANON}/minute",
        RATELIMIT_TOKEN_RATE=f"{TOKEN}/minute",
        GRAPHQL_CACHE_SECONDS="2",
        GRAPHQL_CACHE_STALE="300",
    ) as running:
        yield running


@pytest.fixture(autouse=True)
def _fresh_counters():
    live.flush_redis()  # the server's Redis: counters and cached answers of earlier tests


def send(server, method, path, *, host, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        sent = {"Host": host, "X-Forwarded-Proto": "https", **(headers or {})}
        if body is not None:
            sent["Content-Type"] = "application/json"
            body = json.dumps(body).encode()
        conn.request(method, path, body=body, headers=sent)
        raw = conn.getresponse()
        return live.Response(raw.status, {k.lower(): v for k, v in raw.getheaders()}, raw.read())
    finally:
        conn.close()


def uncached(server, i, *, host="sec-a.test", headers=None):
    """A query no cache can answer (POST, a new alias every time)."""
    return send(
        server,
        "POST",
        "/graphql/",
        host=host,
        body={"query": f"{{ q{i}: site {{ name }} }}"},
        headers=headers,
    )


def persisted_get(server, sha):
    extensions = json.dumps({"persistedQuery": {"version": 1, "sha256Hash": sha}})
    from urllib.parse import urlencode

    return send(
        server, "GET", "/graphql/?" + urlencode({"extensions": extensions}), host="sec-a.test"
    )


def test_burst_of_uncached_queries_is_refused_with_429_and_headers(server):
    answers = [uncached(server, i) for i in range(ANON + 3)]
    assert [a.status for a in answers] == [200] * ANON + [429] * 3
    ok = answers[0]
    assert ok.headers["ratelimit-policy"] == f'"ip-60s";q={ANON};w=60'
    assert re.fullmatch(rf'"ip-60s";r={ANON - 1};t=\d+', ok.headers["ratelimit"])
    refused = answers[-1]
    retry_after = int(refused.headers["retry-after"])
    assert 1 <= retry_after <= 60
    assert refused.headers["ratelimit-policy"] == f'"ip-60s";q={ANON};w=60'
    assert re.fullmatch(r'"ip-60s";r=0;t=\d+', refused.headers["ratelimit"])
    assert refused.headers["content-type"].startswith("application/json")
    (error,) = json.loads(refused.body)["errors"]
    assert error["message"].startswith("Quá nhiều yêu cầu")
    assert error["extensions"]["code"] == "RATE_LIMITED"


def test_forged_x_forwarded_for_does_not_evade_the_limit(server):
    answers = [
        uncached(server, i, headers={"X-Forwarded-For": f"198.51.100.{i}"}) for i in range(ANON + 3)
    ]
    assert [a.status for a in answers] == [200] * ANON + [429] * 3


def test_another_tenant_and_a_token_have_their_own_buckets(server, extras):
    assert [uncached(server, i).status for i in range(ANON + 1)][-1] == 429
    assert uncached(server, 100, host="sec-b.test").status == 200
    bearer = {"Authorization": f"Bearer {extras['token']}"}
    answers = [uncached(server, i, headers=bearer) for i in range(TOKEN + 1)]
    assert [a.status for a in answers] == [200] * TOKEN + [429]
    assert answers[0].headers["ratelimit-policy"] == f'"token-60s";q={TOKEN};w=60'


def test_cached_hits_are_not_counted_and_stale_beats_429(server, extras):
    first = persisted_get(server, extras["sha"])
    assert first.status == 200, first.text
    assert first.headers["x-cache"] == "MISS"
    assert "surrogate-key" in first.headers and "cache-tag" in first.headers
    hits = [persisted_get(server, extras["sha"]) for _ in range(3 * ANON)]
    assert {(h.status, h.headers["x-cache"]) for h in hits} == {(200, "HIT")}
    # The miss spent one unit; the hits none.
    answers = [uncached(server, i) for i in range(ANON)]
    assert [a.status for a in answers] == [200] * (ANON - 1) + [429]
    time.sleep(2.5)  # the cached copy is now stale (GRAPHQL_CACHE_SECONDS=2)
    stale = persisted_get(server, extras["sha"])
    assert stale.status == 200
    assert stale.headers["x-cache"] == "STALE"
    assert stale.body == first.body
