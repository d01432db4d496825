"""The cost model bounds work, not text: nested lists, aliases and list arguments are
estimated before execution with variables applied, refused over the limits with both
figures in the message, and refused without running a single resolver statement; the
statement/time budget and the response-size cap stop what the estimate cannot see."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context
from graphql import parse

from graphql_api.schema import schema
from graphql_api.security import estimate_cost, limits
from tests.graphql.helpers import add_page

pytestmark = pytest.mark.django_db

NESTED = """query ($n: Int) { articles(first: $n) { edges { node {
  children(first: $n) { edges { node { title } } } } } } }"""


def post(client, query, variables=None, **headers):
    return client.post(
        "/graphql/",
        json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
        **headers,
    )


def estimate(query, variables=None):
    document = parse(query)
    return estimate_cost(schema._schema, document, document.definitions[0], variables)


def statements_of(client, body: bytes) -> int:
    with CaptureQueriesContext(connection) as captured:
        client.post("/graphql/", body, content_type="application/json")
    return len(captured)


def test_nested_lists_are_estimated_with_variables_applied():
    # articles 1 + edges 1 + n x (node 1 + children 1 + edges 1 + n x (node 1 + title 1))
    assert estimate(NESTED, {"n": 100}).nodes == 2 + 100 * (3 + 100 * 2)
    assert estimate(NESTED, {"n": 2}).nodes == 2 + 2 * (3 + 2 * 2)
    # Without first: the page size a connection returns by default.
    assert estimate(NESTED, {}).nodes == estimate(NESTED, {"n": 100}).nodes


def test_nested_lists_are_refused_before_any_statement(tenant_a, client_for):
    client = client_for(tenant_a)
    response = post(client, NESTED, {"n": 100})
    assert response.status_code == 400
    message = response.json()["errors"][0]["message"]
    assert "ước tính 20.302 nút kết quả (tối đa 15.000)" in message
    assert "505 câu lệnh SQL (tối đa 60)" in message
    # The work avoided: not one SQL statement ran.
    refused = statements_of(client, json.dumps({"query": NESTED, "variables": {"n": 100}}).encode())
    assert refused == 0
    # The same shape with small pages runs.
    assert post(client, NESTED, {"n": 5}).status_code == 200


def test_aliases_and_fragments_are_summed(tenant_a, client_for):
    one = estimate("{ articles(first: 100) { edges { node { title } } } }").nodes
    aliased = "{ " + " ".join(
        f"a{i}: articles(first: 100) {{ edges {{ node {{ title }} }} }}" for i in range(8)
    ) + " }"
    assert estimate(aliased).nodes == 8 * one
    spread = """{ articles(first: 100) { edges { node { ...A ...A2 } } } }
      fragment A on ArticlePage { title topics { name } }
      fragment A2 on ArticlePage { t2: title topics { slug } }"""
    inline = """{ pages(first: 100) { edges { node {
      ... on ArticlePage { topics { name } } ... on EventPage { topics { name } } } } } }"""
    # pages 1 + edges 1 + 100 x (node 1 + 2 fragments x (title 1 + topics 1 + 10 names))
    assert estimate(spread).nodes == 2 + 100 * (1 + 2 * (1 + 1 + 10))
    # each inline fragment counts as if every item matched it
    assert estimate(inline).nodes == 2 + 100 * (1 + 2 * (1 + 10))
    # Per-object statements: ancestors on 100 pages is 100 statements, refused.
    response = post(
        client_for(tenant_a),
        "{ pages(first: 100) { edges { node { title ancestors { title } } } } }",
    )
    assert response.status_code == 400 and "câu lệnh SQL" in response.json()["errors"][0]["message"]


def test_list_arguments_are_capped_and_deduplicated(tenant_a, client_for):
    sizes = ", ".join(["CARD"] * 19 + ["HERO"])
    repeated = '{ image(id: "1") { srcSet(sizes: [' + sizes + "]) } }"
    assert estimate(repeated).nodes == 1 + 2  # two distinct sizes
    flood = "{ image(id: \"1\") { srcSet(sizes: [" + ", ".join(["CARD"] * 2000) + "]) } }"
    response = post(client_for(tenant_a), flood)
    assert response.status_code == 400
    assert "2000 phần tử (tối đa 20)" in response.json()["errors"][0]["message"]
    via_variables = "query ($s: [RenditionSize!]!) { image(id: \"1\") { srcSet(sizes: $s) } }"
    response = post(client_for(tenant_a), via_variables, {"s": ["CARD"] * 21})
    assert response.status_code == 400 and "21 phần tử" in response.json()["errors"][0]["message"]


def test_fragment_bombs_are_estimated_in_linear_time():
    fragments = ["fragment F0 on Site { name }"]
    for level in range(1, 40):
        fragments.append(f"fragment F{level} on Site {{ ...F{level - 1} ...F{level - 1} }}")
    query = "{ site { ...F39 } } " + " ".join(fragments)
    assert estimate(query).nodes == 1 + 2**39


def test_cost_figures_on_request(tenant_a, client_for):
    response = post(client_for(tenant_a), "{ site { name } }", HTTP_X_GRAPHQL_COST="1")
    cost = response.json()["extensions"]["cost"]
    assert cost["estimatedNodes"] == 2 and cost["maxNodes"] == limits().max_cost
    assert cost["statements"] <= cost["estimatedStatements"] + 1
    assert "extensions" not in post(client_for(tenant_a), "{ site { name } }").json()


@pytest.fixture
def five_pages(tenant_a):
    with schema_context(tenant_a.schema_name):
        return [add_page(title=f"Trang {i}", slug=f"trang-{i}") for i in range(5)]


def test_statement_budget_stops_what_the_estimate_lets_through(
    tenant_a, client_for, five_pages, settings
):
    settings.GRAPHQL_LIMITS = {**settings.GRAPHQL_LIMITS, "max_statements": 10_000,
                               "budget_statements": 4}
    query = "{ pages(first: 10) { edges { node { title parent { title } } } } }"
    response = post(client_for(tenant_a), query)
    assert response.status_code == 400
    assert response.json() == {
        "errors": [
            {
                "message": "Truy vấn bị dừng: đã chạy 4 câu lệnh SQL (tối đa 4 mỗi yêu cầu). "
                "Hãy chia nhỏ truy vấn."
            }
        ]
    }


def test_response_size_cap(tenant_a, client_for, five_pages, settings):
    settings.GRAPHQL_LIMITS = {**settings.GRAPHQL_LIMITS, "max_response_bytes": 200}
    response = post(client_for(tenant_a), "{ pages(first: 10) { edges { node { title } } } }")
    assert response.status_code == 400
    assert "Kết quả quá lớn" in response.json()["errors"][0]["message"]
    assert post(client_for(tenant_a), "{ site { kind } }").status_code == 200
