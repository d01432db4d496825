"""Property: whatever mix of drafts, scheduled, expired, login-restricted,
password-protected and live pages (with unpublished changes) exists, no GraphQL entry point
returns anything but live, public, unexpired content to an anonymous client."""

import json

from django.db import transaction
from django_tenants.utils import schema_context
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.graphql_helpers import add_page, gql, gql_errors

STATES = ("live", "changed", "draft", "scheduled", "expired", "login", "password")
RESTRICTING = ("login", "password")

# Each node: (state, index of its parent among the earlier nodes, or None for the section).
trees = st.lists(
    st.tuples(st.sampled_from(STATES), st.integers(min_value=-1, max_value=6)),
    min_size=1,
    max_size=7,
)

ENTRY_POINTS = """
query ($id: ID!, $path: String!, $slug: String!, $section: ID!) {
  byId: page(id: $id) { ...P }
  byPath: page(urlPath: $path) { ...P }
  bySlug: page(slug: $slug) { ...P }
  list: pages(first: 100, order: TREE, filters: {descendantOf: $section}) {
    totalCount edges { node { ...P } }
  }
  children: page(id: $section) {
    children(first: 100) { edges { node { ...P children { edges { node { title } } } } } }
  }
}
fragment P on Page { title parent { title } ancestors { title } }
"""


def _titles(value, found):
    """Every ``title`` anywhere in a GraphQL response."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "title" and isinstance(item, str):
                found.add(item)
            else:
                _titles(item, found)
    elif isinstance(value, list):
        for item in value:
            _titles(item, found)
    return found


def _build(tenant, spec):
    nodes, expected = [], set()
    with schema_context(tenant.schema_name):
        section = add_page(title="Chuyên mục kiểm thử", slug="kiem-thu")
        for i, (state, parent_index) in enumerate(spec):
            parent_node = nodes[parent_index] if 0 <= parent_index < len(nodes) else None
            parent = parent_node["page"] if parent_node else section
            title = f"P{i} {state}"
            page = add_page(parent, title, state=state, slug=f"p{i}")
            restricted = state in RESTRICTING or (parent_node and parent_node["restricted"])
            node = {"page": page, "title": title, "restricted": restricted, "state": state}
            nodes.append(node)
            if state in ("live", "changed") and not restricted:
                expected.add(title)
    return section, nodes, expected


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=trees)
def test_no_entry_point_leaks_hidden_pages(tenant_a, client_for, spec):
    with transaction.atomic():
        section, nodes, expected = _build(tenant_a, spec)
        client = client_for(tenant_a)
        allowed = expected | {"Chuyên mục kiểm thử", "Liên đoàn Lao động tỉnh A"}
        listed = set()
        for node in nodes:
            page = node["page"]
            variables = {
                "id": str(page.pk),
                "path": page.url_path.split("/", 2)[2],
                "slug": page.slug,
                "section": str(section.pk),
            }
            data = gql(client, ENTRY_POINTS, variables)
            seen = _titles(data, set())
            assert seen <= allowed, (node["state"], seen - allowed)
            assert not any(title.startswith("NHÁP") for title in seen)
            visible = node["title"] in expected
            for lookup in ("byId", "byPath", "bySlug"):
                assert (data[lookup] is not None) == visible, (lookup, node["state"])
            listed = {edge["node"]["title"] for edge in data["list"]["edges"]}
            assert data["list"]["totalCount"] == len(expected)
        assert listed == expected
        # No token, no draft: a made-up token is refused, never answered with content.
        errors = gql_errors(client, 'query { previewPage(token: "khong-hop-le") { title } }')
        assert "không hợp lệ" in errors[0]
        assert json.dumps(errors).find("P0") == -1
        transaction.set_rollback(True)
