"""Handlers over GraphQL: only the cases of their organisation's subtree; anything else is
"not found"; every view logged; list statements constant in the page size."""

from __future__ import annotations

from django.test import Client
from django_tenants.utils import schema_context
from strawberry.relay import to_base64
from wagtail.models import APIToken

from tests.statements import statements
from voice.models import CaseAccess, CaseMessage, IdentityMode, MessageKind

CASES = """
query Cases($filter: CaseFilter, $first: Int) {
  cases(filters: $filter, first: $first) {
    totalCount
    edges { node { id code kind status statusLabel title overdue organization { code name } } }
  }
}"""

CASE = """
query Case($id: ID!) {
  case(id: $id) {
    case { code status organization { code } }
    body
    identity { name phone email }
    messages { kind body }
  }
}"""


def _client(tenant, user):
    """A signed-in session on the tenant's host (sessions need a role there: reader)."""
    from accounts.roles import Role
    from hierarchy.actions import GrantRole

    GrantRole(user, tenant, Role.READER).execute()
    client = Client(HTTP_HOST=tenant.domains.get(is_primary=True).domain)
    with schema_context(tenant.schema_name):
        client.force_login(user)
    return client


def test_a_sibling_handler_gets_not_found(org_tree, tenant_a, api, make_case, handler_of):
    case = make_case(org_tree["g1"])
    sibling = _client(tenant_a, handler_of(org_tree["g2"]))
    gid = to_base64("VoiceCase", case.pk)
    body = api(sibling, CASE, {"id": gid})
    assert body["data"] is None
    assert body["errors"][0]["message"] == "Không tìm thấy vụ việc."
    # A made-up id gives the same answer.
    assert api(sibling, CASE, {"id": to_base64("VoiceCase", 10**9)})["errors"] == body["errors"]
    listed = api(sibling, CASES)["data"]["cases"]
    assert listed["totalCount"] == 0 and listed["edges"] == []
    assert not CaseAccess.objects.exists()

    # The grassroots' own handler and the upper level see it; each view is logged.
    own = handler_of(org_tree["g1"])
    upper = handler_of(org_tree["ua1"])
    for user in (own, upper):
        body = api(_client(tenant_a, user), CASE, {"id": gid})
        assert body["data"]["case"]["case"]["code"] == case.code
        assert body["data"]["case"]["body"].startswith("Công ty trả lương")
    assert set(CaseAccess.objects.values_list("case_id", "user_id", "action")) == {
        (case.pk, own.pk, "view"),
        (case.pk, upper.pk, "view"),
    }


def test_anonymous_callers_see_no_case(org_tree, tenant_a, api, make_case):
    case = make_case(org_tree["g1"])
    client = Client(HTTP_HOST="a.test")
    assert api(client, CASES)["data"]["cases"]["totalCount"] == 0
    body = api(client, CASE, {"id": to_base64("VoiceCase", case.pk)})
    assert body["errors"][0]["message"] == "Không tìm thấy vụ việc."


def test_an_api_token_works_like_the_session(org_tree, tenant_a, api, make_case, handler_of):
    make_case(org_tree["g3"])
    user = handler_of(org_tree["ua2"])
    with schema_context(tenant_a.schema_name):
        _row, token = APIToken.create_token(user=user, name="cổng xử lý")
    client = Client(HTTP_HOST="a.test")
    body = api(client, CASES, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert body["data"]["cases"]["totalCount"] == 1
    assert body["_response"]["Cache-Control"] == "private, no-store"


def test_identity_of_a_pseudonymous_case_stays_sealed(
    org_tree, tenant_a, api, make_case, handler_of
):
    sealed = make_case(
        org_tree["g1"], identity_mode=IdentityMode.PSEUDONYMOUS, contact_name="Trần Thị Bí Mật"
    )
    open_ = make_case(org_tree["g1"], contact_name="Lê Văn Công Khai")
    CaseMessage.objects.create(case=sealed, kind=MessageKind.NOTE, body="ghi chú")
    client = _client(tenant_a, handler_of(org_tree["g1"]))
    body = api(client, CASE, {"id": to_base64("VoiceCase", sealed.pk)})
    assert body["data"]["case"]["identity"] is None
    assert "Bí Mật" not in str(body)
    assert body["data"]["case"]["messages"] == [{"kind": "NOTE", "body": "ghi chú"}]
    body = api(client, CASE, {"id": to_base64("VoiceCase", open_.pk)})
    assert body["data"]["case"]["identity"]["name"] == "Lê Văn Công Khai"


def test_filters(org_tree, tenant_a, api, make_case, handler_of):
    make_case(org_tree["g1"], topic="wages")
    make_case(org_tree["g3"], kind="grievance")
    client = _client(tenant_a, handler_of(org_tree["a"]))
    total = api(client, CASES)["data"]["cases"]["totalCount"]
    assert total == 2
    within = api(client, CASES, {"filter": {"within": "XUA2"}})["data"]["cases"]
    assert [e["node"]["kind"] for e in within["edges"]] == ["GRIEVANCE"]
    assert api(client, CASES, {"filter": {"topic": "WAGES"}})["data"]["cases"]["totalCount"] == 1
    assert api(client, CASES, {"filter": {"open": False}})["data"]["cases"]["totalCount"] == 0


def test_list_statements_do_not_grow_with_the_page(org_tree, tenant_a, api, make_case, handler_of):
    client = _client(tenant_a, handler_of(org_tree["a"]))
    counts = []
    for n in (2, 12):
        for _ in range(n - ((counts and 2) or 0)):
            make_case(org_tree["g1"])
        with statements() as sql:
            body = api(client, CASES, {"first": 50})
        assert len(body["data"]["cases"]["edges"]) == n
        counts.append(len([s for s in sql if "voice_" in s or "hierarchy_" in s]))
    assert counts[0] == counts[1], counts
    assert counts[0] <= 3, counts
