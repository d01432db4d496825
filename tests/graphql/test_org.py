"""The org tree over GraphQL: look-ups, children, ancestors, counts, content homes, filters,
and a constant number of SQL statements per list whatever its length."""

import json

import pytest

from hierarchy.models import Kind, Level, Organization
from tests.statements import warm_statements


def gql(client, query, variables=None):
    response = client.post(
        "/graphql/",
        json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
    )
    body = response.json()
    assert "errors" not in body, body
    return body["data"]


@pytest.fixture
def tree(tenant_a):
    root = Organization.add_root(
        code="T-TLD",
        name="Tổng Liên đoàn Lao động Việt Nam",
        level=Level.NATIONAL,
        kind=Kind.NATIONAL_FEDERATION,
    )
    province = root.add_child(
        code="T-A",
        name="Liên đoàn Lao động tỉnh A",
        level=Level.PROVINCIAL,
        kind=Kind.PROVINCIAL_FEDERATION,
        tenant=tenant_a,
        sort_order=1,
    )
    zone = province.add_child(
        code="T-KCN",
        name="Công đoàn các Khu công nghiệp tỉnh A",
        level=Level.UPPER_GRASSROOTS,
        kind=Kind.INDUSTRIAL_ZONE_UNION,
        sort_order=1,
    )
    grassroots = [
        zone.add_child(
            code=f"T-CS{i:03d}",
            name=f"Công đoàn cơ sở Công ty May Đức Giang {i}",
            level=Level.GRASSROOTS,
            kind=Kind.GRASSROOTS,
            member_count=100 + i,
            sort_order=i,
        )
        for i in range(1, 121)
    ]
    return {"root": root, "province": province, "zone": zone, "grassroots": grassroots}


ORG = """
query ($code: String!) {
  organization(code: $code) {
    code name level kind status memberCount childCount subtreeCount
    ancestors { code }
    parent { code }
    contentHome { tenantName hostname isOwnTenant }
  }
}
"""


def test_organization_by_code(tree, tenant_a, tenant_b, client_for):
    data = gql(client_for(tenant_b), ORG, {"code": "T-CS007"})["organization"]
    assert data["name"] == "Công đoàn cơ sở Công ty May Đức Giang 7"
    assert data["level"] == "GRASSROOTS" and data["kind"] == "GRASSROOTS"
    assert [a["code"] for a in data["ancestors"]] == ["T-TLD", "T-A", "T-KCN"]
    assert data["parent"]["code"] == "T-KCN"
    # Hosted by its nearest ancestor that runs a tenant.
    assert data["contentHome"] == {
        "tenantName": tenant_a.name,
        "hostname": "a.test",
        "isOwnTenant": False,
    }
    zone = gql(client_for(tenant_a), ORG, {"code": "T-KCN"})["organization"]
    assert zone["childCount"] == 120 and zone["subtreeCount"] == 120
    root = gql(client_for(tenant_a), ORG, {"code": "T-TLD"})["organization"]
    assert root["subtreeCount"] == 122 and root["parent"] is None and root["contentHome"] is None


def test_unknown_code_is_null(tree, tenant_a, client_for):
    assert gql(client_for(tenant_a), ORG, {"code": "KHONG-CO"})["organization"] is None


CHILDREN = """
query ($code: String!, $first: Int, $after: String) {
  children(code: $code, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { code memberCount } }
  }
}
"""


def test_children_paginate_in_sort_order_with_total(tree, tenant_a, client_for):
    client = client_for(tenant_a)
    first = gql(client, CHILDREN, {"code": "T-KCN", "first": 50})["children"]
    assert first["totalCount"] == 120
    assert [e["node"]["code"] for e in first["edges"]][:3] == ["T-CS001", "T-CS002", "T-CS003"]
    assert first["pageInfo"]["hasNextPage"]
    last = gql(
        client, CHILDREN, {"code": "T-KCN", "first": 100, "after": first["pageInfo"]["endCursor"]}
    )["children"]
    assert len(last["edges"]) == 70 and not last["pageInfo"]["hasNextPage"]
    assert last["edges"][-1]["node"]["code"] == "T-CS120"


def test_page_size_is_capped(tree, tenant_a, client_for):
    response = client_for(tenant_a).post(
        "/graphql/",
        json.dumps({"query": CHILDREN, "variables": {"code": "T-KCN", "first": 1000}}),
        content_type="application/json",
    )
    body = response.json()
    assert body["data"] is None
    assert [e["message"] for e in body["errors"]] == [
        "Tham số first tối đa là 100 mục mỗi trang (nhận 1000)."
    ]


SEARCH = """
query ($search: String!) {
  organizations(filters: {search: $search}, first: 5) { totalCount edges { node { code } } }
}
"""


def test_search_without_accents(tree, tenant_a, client_for):
    data = gql(client_for(tenant_a), SEARCH, {"search": "cong ty may duc giang 12"})
    codes = {e["node"]["code"] for e in data["organizations"]["edges"]}
    assert codes == {"T-CS012", "T-CS120"} and data["organizations"]["totalCount"] == 2


LIST = """
query ($first: Int) {
  organizations(filters: {within: "T-KCN", level: GRASSROOTS}, first: $first) {
    totalCount edges { node { code name level kind memberCount childCount } }
  }
}
"""


@pytest.mark.parametrize("size", [1, 20, 100])
def test_list_statement_count_is_constant(tree, tenant_a, client_for, size):
    client = client_for(tenant_a)
    data, sql = warm_statements(gql, client, LIST, {"first": size})
    assert len(data["organizations"]["edges"]) == size
    # SET search_path, within-root look-up, page with its total count (window function): the
    # same for 1, 20 or 100 items (the tenant's API settings are cached).
    assert len(sql) == 3, sql
    assert sum(s.startswith("SET search_path") for s in sql) == 1
