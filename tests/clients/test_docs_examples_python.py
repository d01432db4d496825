"""A GraphQL client built from introspection in Python (graphql-core): the standard
introspection query is accepted, ``build_client_schema`` succeeds, and every example of
docs/graphql.md validates against the client schema and returns data on the demo."""

import pytest
from graphql import build_client_schema, get_introspection_query, parse, validate

from tests.clients.docs_examples import examples, non_empty

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def client_schema(demo_server):
    query = get_introspection_query(
        descriptions=True,
        specified_by_url=True,
        directive_is_repeatable=True,
        schema_description=True,
        input_value_deprecation=True,
    )
    status, body = demo_server.graphql({"query": query})
    assert status == 200 and "errors" not in body, body
    return build_client_schema(body["data"])


def test_the_docs_have_examples_for_every_section():
    assert len(examples()) >= 9


def test_every_docs_example_validates_and_returns_data(demo_server, client_schema, docs_examples):
    failures = []
    for example in docs_examples:
        errors = validate(client_schema, parse(example.payload["query"]))
        status, body = demo_server.graphql(example.payload, example.headers, host=example.host)
        empty = [name for name, value in (body.get("data") or {}).items() if not non_empty(value)]
        if errors or status != 200 or body.get("errors") or not body.get("data") or empty:
            failures.append(
                (example.name, [e.message for e in errors], status, body.get("errors"), empty)
            )
    assert failures == []
