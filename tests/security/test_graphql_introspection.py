"""Standard tooling in production: the standard introspection queries (graphql-core's, and
graphql-js's/GraphiQL's options) are refused anonymously but answered, despite the depth
limit, for an API token whose user may use the tenant's admin; the result builds a client
schema. Recursive introspection stays bounded."""

import json

import pytest
from django_tenants.utils import schema_context
from graphql import build_client_schema, get_introspection_query
from wagtail.models import APIToken

from tests.factories import make_user

pytestmark = pytest.mark.django_db

STANDARD = get_introspection_query(
    descriptions=True,
    specified_by_url=True,
    directive_is_repeatable=True,
    schema_description=True,
    input_value_deprecation=True,
)


def post(client, query, **headers):
    return client.post(
        "/graphql/", json.dumps({"query": query}), content_type="application/json", **headers
    )


def bearer(tenant, **user_fields):
    user = make_user(**user_fields)
    with schema_context(tenant.schema_name):
        _row, token = APIToken.create_token(user=user, name="codegen")
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def test_anonymous_introspection_is_refused_in_production(tenant_a, client_for):
    response = post(client_for(tenant_a), STANDARD)
    assert response.status_code == 400
    assert response.json()["data"] is None


def test_a_token_that_may_use_the_admin_gets_the_standard_introspection(tenant_a, client_for):
    response = post(client_for(tenant_a), STANDARD, **bearer(tenant_a, is_superuser=True))
    assert response.status_code == 200, response.content[:500]
    body = response.json()
    assert "errors" not in body
    schema = build_client_schema(body["data"])
    rows = schema.get_type("TableBlock").fields["rows"].type
    assert str(rows) == "[TableRow!]!"


def test_a_token_without_admin_access_gets_no_introspection(tenant_a, client_for):
    response = post(client_for(tenant_a), STANDARD, **bearer(tenant_a))
    assert response.status_code == 400


def test_recursive_introspection_is_refused_even_with_a_token(tenant_a, client_for):
    bomb = "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }"  # noqa: E501
    response = post(client_for(tenant_a), bomb, **bearer(tenant_a, is_superuser=True))
    assert response.status_code == 400
    assert "introspection depth" in response.json()["errors"][0]["message"]
