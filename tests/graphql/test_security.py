"""The GraphQL endpoint: tenant resolution, hostile documents refused before execution,
production hardening, persisted queries, and the committed schema file."""

import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context

from graphql_api.models import ApiSettings, PersistedQuery, query_hash

SITE_QUERY = "query Site { site { name kind } }"


def post(client, query, **extra):
    """The response and the number of SQL statements the request ran."""
    with CaptureQueriesContext(connection) as captured:
        response = client.post(
            "/graphql/", json.dumps({"query": query, **extra}), content_type="application/json"
        )
    return response, len(captured)


@pytest.fixture(autouse=True)
def _warm(tenant_a, client_for):
    """A warm worker (imports, URLconf, the tenant's cached settings done)."""
    post(client_for(tenant_a), SITE_QUERY)


def test_schema_file_is_current():
    call_command("export_graphql_schema", "--check")


def test_each_host_answers_for_its_own_tenant(tenant_a, tenant_b, client_for):
    for tenant in (tenant_a, tenant_b):
        response, _ = post(client_for(tenant), SITE_QUERY)
        assert response.status_code == 200
        assert response.json()["data"]["site"]["name"] == tenant.name


def _assert_refused(response, statements, needle):
    """Refused with a clear message before any work: not one SQL statement ran."""
    assert response.status_code in (400, 413), response.content[:300]
    body = response.json()
    assert body.get("data") is None and body["errors"]
    assert needle in json.dumps(body, ensure_ascii=False)
    assert statements == 0


def test_depth_10000_is_refused(tenant_a, client_for):
    client = client_for(tenant_a)
    query = "{" + "site {" * 10_000 + "name" + "}" * 10_001
    _assert_refused(*post(client, query), "quá")


def test_10000_aliases_are_refused(tenant_a, client_for):
    query = "{" + " ".join(f"a{i}: site {{ name }}" for i in range(10_000)) + "}"
    _assert_refused(*post(client_for(tenant_a), query), "quá")


def test_aliases_multiplied_through_fragments_are_refused(tenant_a, client_for):
    aliases = " ".join(f"x{i}: name" for i in range(10))
    fragments = ["fragment F0 on Site { " + aliases + " }"]
    for level in range(1, 6):
        spreads = " ".join(f"...F{level - 1}" for _ in range(8))
        fragments.append(f"fragment F{level} on Site {{ {spreads} }}")
    query = "{ site { ...F5 } } " + " ".join(fragments)
    assert len(query) < 2_000
    _assert_refused(*post(client_for(tenant_a), query), "quá nhiều")


def test_circular_fragments_are_refused(tenant_a, client_for):
    query = "{ site { ...A } } fragment A on Site { name ...B } fragment B on Site { kind ...A }"
    _assert_refused(*post(client_for(tenant_a), query), "A")


def test_one_megabyte_of_comments_is_refused(tenant_a, client_for):
    query = ("# bình luận rất dài\n" * 60_000) + SITE_QUERY
    assert len(query.encode()) > 1_000_000
    _assert_refused(*post(client_for(tenant_a), query), "quá lớn")


def test_introspection_and_field_suggestions_are_off_in_production(tenant_a, client_for):
    response, _ = post(client_for(tenant_a), "{ __schema { types { name } } }")
    assert response.status_code == 400
    assert response.json().get("data") is None
    response, _ = post(client_for(tenant_a), "{ site { nam } }")
    assert "Did you mean" not in response.content.decode()


def test_introspection_and_suggestions_are_on_in_dev_schema(tenant_a):
    from graphql_api.schema import build_schema

    dev = build_schema(introspection=True, mask_errors=False)
    result = dev.execute_sync("{ __schema { queryType { name } } }")
    assert result.errors is None and result.data["__schema"]["queryType"]["name"] == "Query"
    result = dev.execute_sync("{ site { nam } }")
    assert "Did you mean" in result.errors[0].message


def test_mutation_over_get_is_refused(tenant_a, client_for):
    response = client_for(tenant_a).get("/graphql/", {"query": "mutation { site { name } }"})
    assert response.status_code == 400


def _graphiql(tenant, debug: bool, settings):
    """GET /graphql/ as a browser does, through the view built under ``settings.DEBUG``."""
    from django.test import RequestFactory
    from django_tenants.utils import tenant_context

    from graphql_api.views import graphql_view

    settings.DEBUG = debug
    request = RequestFactory().get("/graphql/", HTTP_ACCEPT="text/html")
    with tenant_context(tenant):
        return graphql_view()(request)


def test_graphiql_only_in_dev(tenant_a, settings):
    dev = _graphiql(tenant_a, True, settings)
    assert dev.status_code == 200
    html = dev.content.decode()
    assert "/static/graphql_api/graphiql/graphiql.min.js" in html
    assert "unpkg.com" not in html and "https://" not in html.split("<body>")[0]
    production = _graphiql(tenant_a, False, settings)
    assert production.status_code == 404


def test_persisted_queries_by_hash(tenant_a, tenant_b, client_for):
    with schema_context(tenant_a.schema_name):
        PersistedQuery.objects.create(name="Trang chủ", query=SITE_QUERY)
    digest = query_hash(SITE_QUERY)
    params = {"extensions": json.dumps({"persistedQuery": {"version": 1, "sha256Hash": digest}})}
    response = client_for(tenant_a).get("/graphql/", params)
    assert response.status_code == 200, response.content
    assert response.json()["data"]["site"]["name"] == tenant_a.name
    # The allow-list is per tenant.
    response = client_for(tenant_b).get("/graphql/", params)
    assert "PersistedQueryNotFound" in response.content.decode()


@pytest.fixture
def _forget_api_settings(tenant_a):
    """The switch is cached per tenant; the test's rollback does not reach the cache."""
    yield
    from django.core.cache import cache

    from graphql_api.models import PERSISTED_ONLY_KEY

    with schema_context(tenant_a.schema_name):
        cache.delete(PERSISTED_ONLY_KEY)


def test_persisted_only_mode_refuses_free_queries(tenant_a, client_for, _forget_api_settings):
    with schema_context(tenant_a.schema_name):
        settings = ApiSettings.load()
        settings.persisted_queries_only = True
        settings.save()
        PersistedQuery.objects.create(name="Trang chủ", query=SITE_QUERY)
    response, _ = post(client_for(tenant_a), SITE_QUERY)
    assert response.status_code == 403
    assert "đã đăng ký" in response.json()["errors"][0]["message"]
    digest = query_hash(SITE_QUERY)
    response, _ = post(
        client_for(tenant_a), None, extensions={"persistedQuery": {"sha256Hash": digest}}
    )
    assert response.status_code == 200


@pytest.mark.parametrize("bad", ["{ site { name }", "query { site(x: 1) { name } }"])
def test_bad_queries_get_clear_errors(tenant_a, client_for, bad):
    response, _ = post(client_for(tenant_a), bad)
    errors = response.json()["errors"]
    assert errors and errors[0]["message"]


def _mutation_view():
    import strawberry
    from django.views.decorators.csrf import csrf_exempt

    from graphql_api.schema import build_schema
    from graphql_api.views import TenantGraphQLView

    @strawberry.type
    class Mutation:
        @strawberry.mutation
        def ping(self) -> str:
            return "pong"

    schema = build_schema(introspection=False, mask_errors=True, mutation=Mutation)
    return csrf_exempt(TenantGraphQLView.as_view(schema=schema, allow_queries_via_get=True))


def _call(view, tenant, method="post", headers=None, cookies=None, query="mutation { ping }"):
    from django.test import RequestFactory

    factory = RequestFactory()
    for name, value in (cookies or {}).items():
        factory.cookies[name] = value
    if method == "post":
        request = factory.post(
            "/graphql/", json.dumps({"query": query}), content_type="application/json",
            **(headers or {}),
        )
    else:
        request = factory.get("/graphql/", {"query": query}, **(headers or {}))
    from django_tenants.utils import tenant_context

    with tenant_context(tenant):
        response = view(request)
    return response.status_code, json.loads(response.content)


def test_mutations_need_post_with_csrf_or_an_api_token(tenant_a, tenant_b):
    from django.middleware.csrf import _get_new_csrf_string
    from wagtail.models import APIToken

    from graphql_api.security import MUTATION_REFUSED
    from tests.factories import make_user

    view = _mutation_view()
    status, body = _call(view, tenant_a)
    assert body["errors"][0]["message"] == MUTATION_REFUSED and body.get("data") is None
    status, body = _call(view, tenant_a, method="get")
    assert (status == 400 and "data" not in body) or body.get("data") is None
    secret = _get_new_csrf_string()
    status, body = _call(
        view, tenant_a, cookies={"csrftoken": secret}, headers={"HTTP_X_CSRFTOKEN": secret}
    )
    assert body == {"data": {"ping": "pong"}}
    status, body = _call(
        view, tenant_a, cookies={"csrftoken": secret}, headers={"HTTP_X_CSRFTOKEN": "x" * 32}
    )
    assert body["errors"][0]["message"] == MUTATION_REFUSED

    user = make_user()
    with schema_context(tenant_a.schema_name):
        token_row, token = APIToken.create_token(user=user, name="frontend")
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    assert _call(view, tenant_a, headers=bearer)[1] == {"data": {"ping": "pong"}}
    # Queries never need either; a token of tenant A means nothing on tenant B.
    assert _call(view, tenant_a, query="{ site { name } }")[1]["data"]["site"]
    status, body = _call(view, tenant_b, headers=bearer)
    assert status == 401 and "không hợp lệ" in body["errors"][0]["message"]
    with schema_context(tenant_a.schema_name):
        token_row.revoke()
    assert _call(view, tenant_a, headers=bearer)[0] == 401
    status, body = _call(view, tenant_a, headers={"HTTP_AUTHORIZATION": "Basic abc"})
    assert status == 401 and "Bearer" in body["errors"][0]["message"]
