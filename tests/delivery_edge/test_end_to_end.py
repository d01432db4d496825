"""Through the real GraphQL view and response cache: cached answers carry their tags as CDN
headers, a publish purges exactly those tags at every CDN after commit, and the rate limit
counts only executions (misses), serving a stale copy rather than a 429."""

from __future__ import annotations

import re
import time

import pytest
from django_tenants.utils import schema_context

from delivery import tags
from tests.delivery.helpers import persisted_get, register
from tests.delivery_edge.test_purge import sent_tags
from tests.graphql.helpers import add_page

pytestmark = pytest.mark.django_db

PAGES = "query Pages($first: Int) { pages(first: $first) { edges { node { id title } } } }"


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_tags_go_out_as_headers_and_a_publish_purges_them_everywhere(
    tenant_a, client_for, rcache, cdns, commit
):
    with schema_context(tenant_a.schema_name):
        page = add_page(title="Tin một")
    sha = register(tenant_a, PAGES)
    client = client_for(tenant_a)
    first = persisted_get(client, sha, {"first": 5})
    assert first["X-Cache"] == "MISS"
    keys = first["Surrogate-Key"].split(" ")
    assert first["Cache-Tag"].split(",") == keys
    assert tags.page("test_a", page.pk) in keys
    assert tags.tenant("test_a") in keys
    hit = persisted_get(client, sha, {"first": 5})
    assert hit["X-Cache"] == "HIT"
    assert hit["Surrogate-Key"] == first["Surrogate-Key"]

    with schema_context(tenant_a.schema_name), commit():
        page.title = "Tin một (sửa)"
        page.save_revision().publish()
        assert sent_tags(cdns["fastly"]) == []  # nothing before the commit
    expected = {tags.page("test_a", page.pk), tags.pages("test_a")}
    for name in ("cloudflare", "fastly"):
        assert expected <= set(sent_tags(cdns[name])), name
    for host in cdns["varnish"]:
        assert expected <= set(sent_tags(host))
    again = persisted_get(client, sha, {"first": 5})
    assert again["X-Cache"] == "MISS"
    assert "Tin một (sửa)" in [e["node"]["title"] for e in again.json()["data"]["pages"]["edges"]]


def test_only_misses_are_counted_and_stale_beats_429(
    tenant_a, tenant_b, client_for, rcache, limited, settings
):
    settings.GRAPHQL_CACHE_SECONDS = 1
    sha = register(tenant_a, PAGES)
    client = client_for(tenant_a)
    first = persisted_get(client, sha, {"first": 1})
    assert first["X-Cache"] == "MISS"
    assert first["RateLimit-Policy"] == '"ip-60s";q=3;w=60'
    assert re.fullmatch(r'"ip-60s";r=2;t=\d+', first["RateLimit"])
    for _ in range(10):
        assert persisted_get(client, sha, {"first": 1})["X-Cache"] == "HIT"
    assert persisted_get(client, sha, {"first": 2})["X-Cache"] == "MISS"
    assert persisted_get(client, sha, {"first": 3})["X-Cache"] == "MISS"
    refused = persisted_get(client, sha, {"first": 4})
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert re.fullmatch(r'"ip-60s";r=0;t=\d+', refused["RateLimit"])
    (error,) = refused.json()["errors"]
    assert error["message"].startswith("Quá nhiều yêu cầu")
    assert error["extensions"]["code"] == "RATE_LIMITED"
    # The same address on another tenant has its own bucket.
    other = persisted_get(client_for(tenant_b), register(tenant_b, PAGES), {"first": 4})
    assert (other.status_code, other["X-Cache"]) == (200, "MISS")
    time.sleep(1.2)  # the first answer is stale now; a refused client still gets it
    stale = persisted_get(client, sha, {"first": 1})
    assert stale.status_code == 200
    assert stale["X-Cache"] == "STALE"
    assert stale.content == first.content
