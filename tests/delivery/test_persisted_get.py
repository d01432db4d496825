"""Persisted queries over GET: hits, misses, 304, headers, refusals, never-cached cases."""

import json

import pytest
from django_tenants.utils import schema_context

from delivery import tags
from tests.delivery.helpers import path_get, persisted_get, register
from tests.graphql.helpers import add_page

PAGES = "query Pages($first: Int) { pages(first: $first) { edges { node { id title } } } }"
PAGE = "query Page($id: ID!) { page(id: $id) { id title urlPath } }"
SITE = "{ site { name } }"


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run a block's on-commit callbacks (invalidations) as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def titles(response) -> list[str]:
    """Page titles of a ``pages`` answer, the tenant's home page left out."""
    edges = response.json()["data"]["pages"]["edges"]
    return [e["node"]["title"] for e in edges if not e["node"]["title"].startswith("Liên đoàn")]


def test_miss_then_hit_then_304(tenant_a, client_for, rcache):
    with schema_context(tenant_a.schema_name):
        add_page(title="Tin một")
    sha = register(tenant_a, PAGES)
    client = client_for(tenant_a)
    first = persisted_get(client, sha, {"first": 5})
    assert first.status_code == 200, first.content
    assert first["X-Cache"] == "MISS"
    assert titles(first) == ["Tin một"]
    etag = first["ETag"]
    assert etag.startswith('"') and etag.endswith('"')
    assert first["Cache-Control"] == "public, max-age=60, stale-while-revalidate=300"
    second = persisted_get(client, sha, {"first": 5})
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert second["ETag"] == etag
    assert second["Content-Type"] == first["Content-Type"]
    not_modified = persisted_get(client, sha, {"first": 5}, HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert not_modified["ETag"] == etag
    # Lists, weak validators and * match too; another tag does not.
    for header in (f'"x", {etag}', f"W/{etag}", "*"):
        assert (
            persisted_get(client, sha, {"first": 5}, HTTP_IF_NONE_MATCH=header).status_code == 304
        )
    assert persisted_get(client, sha, {"first": 5}, HTTP_IF_NONE_MATCH='"x"').status_code == 200


def test_path_form_and_variables_order_share_one_entry(tenant_a, client_for, rcache):
    sha = register(tenant_a, PAGES)
    client = client_for(tenant_a)
    first = path_get(client, sha, {"first": 3})
    assert first.status_code == 200 and first["X-Cache"] == "MISS"
    again = client.get(f"/graphql/persisted/{sha}/", {"variables": '{ "first" : 3 }'})
    assert again["X-Cache"] == "HIT"
    assert persisted_get(client, sha, {"first": 3})["X-Cache"] == "HIT"


def test_a_hit_is_one_redis_command(tenant_a, client_for, rcache, monkeypatch):
    sha = register(tenant_a, SITE)
    client = client_for(tenant_a)
    persisted_get(client, sha)
    sent = []
    real = rcache.client.execute_command

    def counted(*args, **options):
        sent.append(args[0])
        return real(*args, **options)

    # Counts what the response cache's own client sends (the tenant's host look-up goes
    # through Django's cache, a separate client).
    monkeypatch.setattr(rcache.client, "execute_command", counted)
    assert persisted_get(client, sha)["X-Cache"] == "HIT"
    assert persisted_get(client, sha, HTTP_IF_NONE_MATCH="*").status_code == 304
    assert sent == ["GET", "GET"]


def test_publish_invalidates_listing_and_detail(tenant_a, client_for, rcache, commit):
    with schema_context(tenant_a.schema_name):
        page = add_page(title="Bài cũ")
    list_sha = register(tenant_a, PAGES)
    page_sha = register(tenant_a, PAGE)
    client = client_for(tenant_a)
    assert titles(persisted_get(client, list_sha, {"first": 5})) == ["Bài cũ"]
    detail = persisted_get(client, page_sha, {"id": str(page.pk)})
    assert detail.json()["data"]["page"]["title"] == "Bài cũ"
    assert persisted_get(client, page_sha, {"id": str(page.pk)})["X-Cache"] == "HIT"
    with commit(), schema_context(tenant_a.schema_name):
        add_page(title="Bài mới")  # a new page: only the listing changes
    assert titles(persisted_get(client, list_sha, {"first": 5})) == ["Bài mới", "Bài cũ"]
    assert persisted_get(client, page_sha, {"id": str(page.pk)})["X-Cache"] == "HIT"
    with commit(), schema_context(tenant_a.schema_name):
        page.title = "Bài đã sửa"
        page.save_revision().publish()
    detail = persisted_get(client, page_sha, {"id": str(page.pk)})
    assert detail["X-Cache"] == "MISS"
    assert detail.json()["data"]["page"]["title"] == "Bài đã sửa"
    with commit(), schema_context(tenant_a.schema_name):
        page.unpublish()
    assert persisted_get(client, page_sha, {"id": str(page.pk)}).json()["data"]["page"] is None


def test_responses_record_their_tags(tenant_a, client_for, rcache):
    with schema_context(tenant_a.schema_name):
        page = add_page(title="Một bài")
    sha = register(tenant_a, PAGE)
    persisted_get(client_for(tenant_a), sha, {"id": str(page.pk)})
    schema = tenant_a.schema_name
    assert rcache.keys_for(tags.page(schema, page.pk))
    assert rcache.keys_for(tags.tenant(schema))
    assert rcache.keys_for(tags.query(schema, sha))
    assert not rcache.keys_for(tags.pages(schema))  # a look-up by id is not a listing


# --- never cached ---------------------------------------------------------------------------


def _never_cached(response):
    assert response["Cache-Control"] == "private, no-store"
    assert "ETag" not in response


def test_errors_are_never_cached(tenant_a, client_for, rcache):
    sha = register(tenant_a, PAGE)
    response = persisted_get(client_for(tenant_a), sha, {"id": "không-phải-số"})
    assert response.json().get("errors")
    _never_cached(response)
    assert not rcache.keys_for(tags.tenant(tenant_a.schema_name))


def test_api_token_and_session_are_never_cached(tenant_a, client_for, rcache):
    from wagtail.models import APIToken

    from tests.factories import make_user

    sha = register(tenant_a, SITE)
    with schema_context(tenant_a.schema_name):
        user = make_user("nguoi-doc@example.vn")
        _row, secret = APIToken.create_token(user=user, name="frontend")
    with_token = persisted_get(client_for(tenant_a), sha, HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert with_token.status_code == 200
    _never_cached(with_token)
    client = client_for(tenant_a)
    client.cookies["sessionid"] = "bat-ky"
    _never_cached(persisted_get(client, sha))
    assert not rcache.keys_for(tags.tenant(tenant_a.schema_name))


def test_preview_is_never_cached(tenant_a, client_for, rcache):
    from graphql_api.content.preview import issue_token

    with schema_context(tenant_a.schema_name):
        page = add_page(title="Bản nháp", state="changed")
        token = issue_token(page.pk, page.latest_revision_id)
    sha = register(tenant_a, "query P($t: String!) { previewPage(token: $t) { title } }")
    response = persisted_get(client_for(tenant_a), sha, {"t": token})
    assert response.json()["data"]["previewPage"]["title"].startswith("NHÁP")
    _never_cached(response)


def test_post_is_never_cached(tenant_a, client_for, rcache):
    response = client_for(tenant_a).post(
        "/graphql/", json.dumps({"query": SITE}), content_type="application/json"
    )
    assert response.status_code == 200
    _never_cached(response)


# --- keys never cross tenants, organisations, tokens or preview ------------------------------


def test_keys_do_not_cross_tenants(tenant_a, tenant_b, client_for, rcache):
    sha = register(tenant_a, SITE)
    register(tenant_b, SITE)
    a = persisted_get(client_for(tenant_a), sha)
    b = persisted_get(client_for(tenant_b), sha)
    assert b["X-Cache"] == "MISS"
    assert a.json()["data"]["site"]["name"] == tenant_a.name
    assert b.json()["data"]["site"]["name"] == tenant_b.name


def test_keys_do_not_cross_organisation_scope(tenant_a, client_for, rcache):
    sha = register(tenant_a, SITE)
    client = client_for(tenant_a)
    plain = persisted_get(client, sha)
    scoped = persisted_get(client, sha, HTTP_X_ORGANIZATION="KHONG-CO")
    assert scoped["X-Cache"] == "MISS"
    assert scoped.content != plain.content  # an unknown organisation: an error, not cached
    _never_cached(scoped)


# --- bad input: clear Vietnamese 4xx --------------------------------------------------------


def _refused(response, status, fragment):
    assert response.status_code == status, response.content
    message = response.json()["errors"][0]["message"]
    assert fragment in message, message
    _never_cached(response)


def test_unknown_persisted_id(tenant_a, client_for, rcache):
    register(tenant_a, SITE)
    unknown = "0" * 64
    _refused(persisted_get(client_for(tenant_a), unknown), 400, "Không tìm thấy truy vấn")
    _refused(path_get(client_for(tenant_a), unknown), 400, "PersistedQueryNotFound")
    _refused(path_get(client_for(tenant_a), "khong-phai-ma-bam"), 400, "SHA-256")


def test_an_id_registered_in_another_tenant_is_unknown(tenant_a, tenant_b, client_for, rcache):
    sha = register(tenant_a, SITE)
    persisted_get(client_for(tenant_a), sha)
    _refused(persisted_get(client_for(tenant_b), sha), 400, "Không tìm thấy truy vấn")


def test_malformed_if_none_match(tenant_a, client_for, rcache):
    sha = register(tenant_a, SITE)
    for header in ("abc", '"abc', 'W/"a" junk', '"a",,"b"'):
        _refused(
            persisted_get(client_for(tenant_a), sha, HTTP_IF_NONE_MATCH=header),
            400,
            "If-None-Match không hợp lệ",
        )


def test_oversized_variables(tenant_a, client_for, rcache, settings):
    sha = register(tenant_a, PAGES)
    big = {"first": 1, "x": "đ" * settings.GRAPHQL_MAX_VARIABLES_BYTES}
    _refused(persisted_get(client_for(tenant_a), sha, big), 400, "variables quá lớn")
    response = client_for(tenant_a).get(f"/graphql/persisted/{sha}/", {"variables": "[1]"})
    _refused(response, 400, "đối tượng JSON")


def test_unregistered_query_over_get_from_a_public_client(tenant_a, client_for, rcache):
    response = client_for(tenant_a).get("/graphql/", {"query": SITE})
    _refused(response, 400, "truy vấn đã đăng ký")
    # The same text, once registered, is served (and cached) as the persisted query.
    register(tenant_a, SITE)
    response = client_for(tenant_a).get("/graphql/", {"query": SITE})
    assert response.status_code == 200 and response["X-Cache"] == "MISS"
    # A hash sent with another text is refused.
    from graphql_api.models import query_hash

    params = {
        "query": "{ site { hostname } }",
        "extensions": json.dumps(
            {"persistedQuery": {"version": 1, "sha256Hash": query_hash(SITE)}}
        ),
    }
    _refused(client_for(tenant_a).get("/graphql/", params), 400, "không khớp")
