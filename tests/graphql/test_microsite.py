"""Hosted microsites: a request scoped to one organisation (argument or X-Organization
header) sees only that organisation's page subtree of its host tenant."""

import pytest
from django_tenants.utils import schema_context

from graphql_api.content.preview import issue_token
from hierarchy.models import Kind, Level, Organization
from tests.graphql.helpers import add_page, gql, gql_errors

LIST = """
query ($org: String) {
  pages(organization: $org, order: TREE, first: 50) {
    totalCount edges { node { id title urlPath } }
  }
}
"""
PAGE = """
query ($id: ID, $path: String, $org: String) {
  page(id: $id, urlPath: $path, organization: $org) {
    id title urlPath parent { title } ancestors { title }
    children { edges { node { title urlPath } } }
  }
}
"""


@pytest.fixture
def microsites(tenant_a, tenant_b):
    with schema_context(tenant_a.schema_name):
        host_news = add_page(title="Tin của tỉnh", slug="tin-tinh")
        roots, pages = {}, {}
        for code, slug in (("CS-A", "cd-may-a"), ("CS-B", "cd-det-b")):
            roots[code] = add_page(title=f"Trang {code}", slug=slug)
            pages[code] = add_page(roots[code], f"Tin {code}", slug="tin")
            add_page(roots[code], f"Nháp {code}", state="draft")
    with schema_context(tenant_b.schema_name):
        elsewhere = add_page(title="Trang CS-X", slug="cd-x")
    province = Organization.add_root(
        code="MS-T-A",
        name="Liên đoàn Lao động tỉnh A",
        level=Level.PROVINCIAL,
        kind=Kind.PROVINCIAL_FEDERATION,
        tenant=tenant_a,
    )
    for code in ("CS-A", "CS-B"):
        province.add_child(
            code=code,
            name=f"Công đoàn cơ sở {code}",
            level=Level.GRASSROOTS,
            kind=Kind.GRASSROOTS,
            microsite_host=tenant_a,
            microsite_page_id=roots[code].pk,
        )
    province.add_child(
        code="CS-X",
        name="Công đoàn cơ sở X",
        level=Level.GRASSROOTS,
        kind=Kind.GRASSROOTS,
        microsite_host=tenant_b,
        microsite_page_id=elsewhere.pk,
    )
    return {"roots": roots, "pages": pages, "host_news": host_news}


def titles(data):
    return sorted(edge["node"]["title"] for edge in data["pages"]["edges"])


def test_argument_and_header_scope_lists(microsites, tenant_a, client_for):
    client = client_for(tenant_a)
    by_argument = gql(client, LIST, {"org": "CS-A"})
    assert titles(by_argument) == ["Tin CS-A", "Trang CS-A"]
    paths = {e["node"]["title"]: e["node"]["urlPath"] for e in by_argument["pages"]["edges"]}
    assert paths == {"Trang CS-A": "/", "Tin CS-A": "/tin/"}
    by_header = gql(client, LIST, {}, HTTP_X_ORGANIZATION="CS-B")
    assert titles(by_header) == ["Tin CS-B", "Trang CS-B"]
    # The host tenant itself sees everything, and so does its own organisation code.
    host = titles(gql(client, LIST, {}))
    assert {"Tin CS-A", "Tin CS-B", "Tin của tỉnh"} <= set(host)
    assert titles(gql(client, LIST, {"org": "MS-T-A"})) == host


def test_neighbours_pages_are_invisible_by_every_lookup(microsites, tenant_a, client_for):
    client = client_for(tenant_a)
    neighbour = microsites["pages"]["CS-B"]
    assert gql(client, PAGE, {"id": str(neighbour.pk), "org": "CS-A"})["page"] is None
    assert gql(client, PAGE, {"id": str(microsites["host_news"].pk), "org": "CS-A"})["page"] is None
    home = gql(client, PAGE, {"path": "/", "org": "CS-A"})["page"]
    assert home["title"] == "Trang CS-A"
    # The microsite root has no parent and no ancestors inside the scope.
    assert home["parent"] is None and home["ancestors"] == []
    assert [c["node"]["urlPath"] for c in home["children"]["edges"]] == ["/tin/"]
    news = gql(client, PAGE, {"path": "/tin/", "org": "CS-A"})["page"]
    assert news["title"] == "Tin CS-A" and [a["title"] for a in news["ancestors"]] == ["Trang CS-A"]


def test_scope_errors_are_clear(microsites, tenant_a, client_for):
    client = client_for(tenant_a)
    assert "Không tìm thấy đơn vị có mã 'KHONG'" in gql_errors(client, LIST, {"org": "KHONG"})[0]
    assert "không đăng trên trang này" in gql_errors(client, LIST, {"org": "CS-X"})[0]
    both = '{ a: pages(organization: "CS-A") { totalCount } b: pages { totalCount } }'
    assert "một tổ chức" in gql_errors(client, both, {}, HTTP_X_ORGANIZATION="CS-B")[0]


def test_preview_of_a_neighbours_draft_is_refused(microsites, tenant_a, client_for):
    with schema_context(tenant_a.schema_name):
        token = issue_token(microsites["pages"]["CS-B"].pk, 1)
    query = "query ($t: String!) { previewPage(token: $t) { title } }"
    errors = gql_errors(client_for(tenant_a), query, {"t": token}, HTTP_X_ORGANIZATION="CS-A")
    assert "ngoài phạm vi" in errors[0]
    ok = gql(client_for(tenant_a), query, {"t": token}, HTTP_X_ORGANIZATION="CS-B")
    assert ok["previewPage"]["title"] == "Tin CS-B"


def test_other_tenant_cannot_scope_to_a_microsite_it_does_not_host(
    microsites, tenant_b, client_for
):
    errors = gql_errors(client_for(tenant_b), LIST, {"org": "CS-A"})
    assert "không đăng trên trang này" in errors[0]
