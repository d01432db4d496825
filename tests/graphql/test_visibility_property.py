"""Property: whatever mix of drafts, scheduled, expired, login-restricted,
password-protected and live pages (with unpublished changes) exists, no GraphQL entry point
returns anything but live, public, unexpired content to an anonymous client: look-ups by id,
path and slug, generic and typed lists, children, parents and ancestors, search, menus, and
the pages a StreamField body or a rich-text link points at."""

from django.db import transaction
from django_tenants.utils import schema_context
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cms.models import ArticlePage, Menu, MenuItem
from tests.graphql.content_factories import publish
from tests.graphql.helpers import add_page, gql, gql_errors

STATES = ("live", "changed", "draft", "scheduled", "expired", "login", "password")
RESTRICTING = ("login", "password")
WORD = "kiemthu"

# Each node: (state, index of its parent among the earlier nodes; others: the section).
trees = st.lists(
    st.tuples(st.sampled_from(STATES), st.integers(min_value=-1, max_value=6)),
    min_size=1,
    max_size=7,
)

PER_PAGE = """
query ($id: ID!, $path: String!, $slug: String!) {
  byId: page(id: $id) { ...P }
  byPath: page(urlPath: $path) { ...P }
  bySlug: page(slug: $slug) { ...P }
}
fragment P on Page {
  title parent { title } ancestors { title }
  children(first: 100) { edges { node { title } } }
}
"""

# Nested per-page ``children`` run statements for every page: 5 x 5 keeps the request within
# the API's statement limit (docs/graphql.md, "Estimated work").
LISTS = """
query ($section: ID!, $pointer: String!, $word: String!) {
  pages(first: 100, order: TREE, filters: {descendantOf: $section}) {
    totalCount edges { node { title } }
  }
  articles(first: 100, filters: {descendantOf: $section}) {
    totalCount edges { node { title } }
  }
  section: page(id: $section) {
    children(first: 5) {
      edges { node { title children(first: 5) { edges { node { title } } } } }
    }
  }
  search(query: $word, first: 100) { totalCount edges { node { title } } }
  menu(slug: "kiem-thu") { items { label page { title } } }
  pointer: page(urlPath: $pointer) {
    ... on ArticlePage {
      body {
        ... on ParagraphBlock { html }
        ... on CallToActionBlock { page { title } }
      }
    }
  }
}
"""


def _titles(value, found):
    """Every ``title`` and menu ``label`` anywhere in a GraphQL response."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("title", "label") and isinstance(item, str):
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
        section = add_page(title="Chuyên mục kiểm thử", slug="chuyen-muc")
        for i, (state, parent_index) in enumerate(spec):
            parent_node = nodes[parent_index] if 0 <= parent_index < len(nodes) else None
            parent = parent_node["page"] if parent_node else section
            title = f"P{i} {state} {WORD}"
            page = add_page(parent, title, state=state, slug=f"p{i}", instance=ArticlePage())
            restricted = state in RESTRICTING or (parent_node and parent_node["restricted"])
            nodes.append({"page": page, "title": title, "restricted": restricted, "state": state})
            if state in ("live", "changed") and not restricted:
                expected.add(title)
        links = " ".join(
            f'<a linktype="page" id="{node["page"].pk}">liên kết {i}</a>'
            for i, node in enumerate(nodes)
        )
        pointer = ArticlePage(
            title="Bài trỏ tới",
            slug="bai-tro-toi",
            body=[{"type": "paragraph", "value": f"<p>{links}</p>"}]
            + [
                {
                    "type": "call_to_action",
                    "value": {"text": "Xem", "button_label": "Xem", "page": node["page"].pk},
                }
                for node in nodes
            ],
        )
        section.get_parent().add_child(instance=pointer)
        publish(pointer)
        menu = Menu.objects.create(name="Kiểm thử", slug="kiem-thu")
        for i, node in enumerate(nodes):
            MenuItem.objects.create(menu=menu, page=node["page"], sort_order=i)
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
        allowed = expected | {
            "Chuyên mục kiểm thử",
            "Liên đoàn Lao động tỉnh A",
            "Bài trỏ tới",
            "Kiểm thử",
        }
        for node in nodes:
            page = node["page"]
            variables = {
                "id": str(page.pk),
                "path": page.url_path.split("/", 2)[2],
                "slug": page.slug,
            }
            data = gql(client, PER_PAGE, variables)
            seen = _titles(data, set())
            assert seen <= allowed, (node["state"], seen - allowed)
            visible = node["title"] in expected
            for lookup in ("byId", "byPath", "bySlug"):
                assert (data[lookup] is not None) == visible, (lookup, node["state"])

        data = gql(
            client, LISTS, {"section": str(section.pk), "pointer": "/bai-tro-toi/", "word": WORD}
        )
        seen = _titles(data, set())
        assert seen <= allowed, seen - allowed
        assert not any("NHÁP" in title for title in seen)
        for name in ("pages", "articles", "search"):
            listed = {edge["node"]["title"] for edge in data[name]["edges"]}
            assert listed == expected, name
            assert data[name]["totalCount"] == len(expected), name
        assert {item["label"] for item in data["menu"]["items"]} == expected
        ctas = [b["page"]["title"] for b in data["pointer"]["body"] if b.get("page")]
        assert set(ctas) == expected
        html = data["pointer"]["body"][0]["html"]
        assert html.count("href=") == len(expected)
        # No token, no draft: a made-up token is refused, never answered with content.
        errors = gql_errors(client, 'query { previewPage(token: "khong-hop-le") { title } }')
        assert "không hợp lệ" in errors[0]
        transaction.set_rollback(True)
