"""Property: every query the cost model accepts stays within the budget.

Hypothesis generates nested (``children`` inside ``children``, ``parent``, ``ancestors``),
aliased and fragment-spread queries over a page tree, with page sizes up to the maximum.
For each one either the request is refused before execution (400, not one SQL statement
run), or it runs and (a) the statements it really ran, counted by the request's budget, are
within both the estimate and the limit, and (b) the values in the answer are within the
estimated nodes."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphql_api.security import limits
from tests.graphql.helpers import add_page

pytestmark = pytest.mark.django_db

LEAVES = st.sampled_from(["title", "urlPath", "pageType", "slug", "__typename"])


def _aliased(selections):
    return " ".join(f"f{i}: {selection}" for i, selection in enumerate(selections))


def _extend(inner):
    selection_set = st.lists(inner, min_size=1, max_size=3).map(_aliased)
    return st.one_of(
        selection_set.map(lambda s: f"parent {{ {s} }}"),
        selection_set.map(lambda s: f"ancestors {{ {s} }}"),
        st.tuples(st.integers(0, 100), selection_set).map(
            lambda t: f"children(first: {t[0]}) {{ totalCount edges {{ node {{ {t[1]} }} }} }}"
        ),
        st.tuples(st.integers(0, 100), selection_set).map(
            lambda t: f"children(first: {t[0]}) {{ edges {{ node {{ ...P {t[1]} }} }} }}"
        ),
    )


NODE_SELECTIONS = st.lists(st.recursive(LEAVES, _extend, max_leaves=6), min_size=1, max_size=3)


@st.composite
def queries(draw):
    fragment = _aliased(draw(st.lists(LEAVES, min_size=1, max_size=3)))
    roots = []
    for index in range(draw(st.integers(1, 4))):
        first = draw(st.integers(0, 100))
        body = _aliased(draw(NODE_SELECTIONS))
        spread = "...P " if index == 0 or draw(st.booleans()) else ""
        roots.append(f"r{index}: pages(first: {first}) {{ edges {{ node {{ {spread}{body} }} }} }}")
    return "{ " + " ".join(roots) + " } fragment P on Page { " + fragment + " }"


def count_values(value) -> int:
    if isinstance(value, dict):
        return sum(1 + count_values(v) for v in value.values())
    if isinstance(value, list):
        return sum(count_values(v) for v in value)
    return 0


@pytest.fixture
def page_tree(tenant_a):
    """4 sections x 4 pages x 3 pages below the home page: 68 pages, depth 4."""
    with schema_context(tenant_a.schema_name):
        for s in range(4):
            section = add_page(title=f"Mục {s}", slug=f"muc-{s}")
            for p in range(4):
                page = add_page(section, f"Trang {s}.{p}", slug=f"trang-{p}")
                for c in range(3):
                    add_page(page, f"Bài {s}.{p}.{c}", slug=f"bai-{c}")


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=queries())
def test_accepted_queries_stay_within_the_budget(page_tree, tenant_a, client_for, query):
    lim = limits()
    client = client_for(tenant_a)
    with CaptureQueriesContext(connection) as captured:
        response = client.post(
            "/graphql/",
            json.dumps({"query": query}),
            content_type="application/json",
            HTTP_X_GRAPHQL_COST="1",
        )
    body = response.json()
    if response.status_code == 400:
        assert body["data"] is None and body["errors"], (query, body)
        assert len(captured) == 0
        return
    assert response.status_code == 200, (query, body)
    assert "errors" not in body, (query, body)
    cost = body["extensions"]["cost"]
    assert cost["statements"] <= cost["estimatedStatements"] <= lim.max_statements, (query, cost)
    assert cost["estimatedNodes"] <= lim.max_cost
    assert count_values(body["data"]) <= cost["estimatedNodes"], query
