"""Sharing and org-tree events reach the right tenant's endpoints."""

from __future__ import annotations

import pytest

from tests.sharing.factories import make_share
from tests.webhooks.conftest import run_until_quiet

pytestmark = pytest.mark.django_db


def test_share_lifecycle_events_go_to_the_issuer(
    tenant_a, tenant_b, org_tree, receiver, make_endpoint
):
    from sharing.actions import AcknowledgeShare, RetractShare

    a, b = receiver(), receiver()
    make_endpoint(
        tenant_a, a.url, events=["share.issued", "share.retracted", "directive.acknowledged"]
    )
    make_endpoint(tenant_b, b.url)
    share = make_share(org_tree["a"], mandatory=True)
    run_until_quiet()
    AcknowledgeShare(share, org_tree["g1"], actor=None).execute()
    run_until_quiet()
    RetractShare(share, reason="Thu hồi để sửa", actor=None).execute()
    run_until_quiet()
    payloads = [r.payload for r in a.requests]
    assert [p["type"] for p in payloads] == [
        "share.issued",
        "directive.acknowledged",
        "share.retracted",
    ]
    assert {p["object"]["id"] for p in payloads} == {share.pk}
    assert [p["sequence"] for p in payloads] == [1, 2, 3]
    assert payloads[1]["data"]["acknowledged_by_organization_id"] == org_tree["g1"].pk
    assert b.requests == []


def test_restructuring_reaches_tenants_above_the_change(
    tenant_a, tenant_b, org_tree, receiver, make_endpoint
):
    from hierarchy.actions import MoveOrganization

    a, b = receiver(), receiver()
    make_endpoint(tenant_a, a.url, events=["organization.restructured"])
    make_endpoint(tenant_b, b.url, events=["organization.restructured"])
    MoveOrganization(org_tree["g3"], org_tree["ua1"]).execute()
    run_until_quiet()
    assert [r.payload["type"] for r in a.requests] == ["organization.restructured"]
    assert org_tree["g3"].pk in a.requests[0].payload["data"]["organization_ids"]
    assert b.requests == []


def test_page_moved_and_deleted_events(tenant_a, receiver, make_endpoint):
    from django_tenants.utils import schema_context

    from cms.models import SectionPage
    from tests.factories import home_page
    from tests.webhooks.conftest import publish

    server = receiver()
    make_endpoint(tenant_a, server.url, events=["page.moved", "page.deleted"])
    page = publish(tenant_a, "Bài sẽ chuyển rồi xóa")
    with schema_context(tenant_a.schema_name):
        section = SectionPage(title="Chuyên mục mới")
        home_page().add_child(instance=section)
        page.move(section, pos="last-child")
    run_until_quiet()
    with schema_context(tenant_a.schema_name):
        page.refresh_from_db()
        page.delete()
    run_until_quiet()
    payloads = [server.verify(server_secret(tenant_a), r) for r in server.requests]
    assert [(p["type"], p["object"]["id"]) for p in payloads] == [
        ("page.moved", page.pk),
        ("page.deleted", page.pk),
    ]
    assert payloads[0]["data"]["parent_after_id"] == section.pk
    assert payloads[1]["sequence"] == payloads[0]["sequence"] + 1


def server_secret(tenant):
    from webhooks.models import Endpoint

    return Endpoint.objects.get(tenant=tenant).secret
