"""Tenant A's endpoints never receive tenant B's events, and neither tenant's admins see or
reach the other's endpoints."""

from __future__ import annotations

import pytest

from tests.webhooks.conftest import admin_of, publish, run_until_quiet
from webhooks.models import Delivery, Endpoint

pytestmark = pytest.mark.django_db


def test_events_stay_in_their_tenant(tenant_a, tenant_b, receiver, make_endpoint):
    a, b = receiver(), receiver()
    make_endpoint(tenant_a, a.url)
    make_endpoint(tenant_b, b.url)
    page_b = publish(tenant_b, "Tin tỉnh B")
    run_until_quiet()
    assert a.requests == []
    assert [r.payload["tenant"]["schema"] for r in b.requests] == ["test_b"]
    assert b.requests[0].payload["object"]["id"] == page_b.pk
    page_a = publish(tenant_a, "Tin tỉnh A")
    run_until_quiet()
    assert [r.payload["object"]["id"] for r in a.requests] == [page_a.pk]
    assert len(b.requests) == 1


def test_admin_sees_and_reaches_only_its_own_endpoints(
    tenant_a, tenant_b, receiver, make_endpoint, client_for
):
    server = receiver()
    mine = make_endpoint(tenant_b, server.url, description="Cổng tỉnh B")
    theirs = make_endpoint(tenant_a, server.url, description="Cổng tỉnh A")
    admin_b = admin_of(tenant_b)
    client = client_for(tenant_b, admin_b)
    listing = client.get("/admin/webhook/").content.decode()
    assert "Cổng tỉnh B" in listing and "Cổng tỉnh A" not in listing
    assert client.get(f"/admin/webhook/edit/{mine.pk}/").status_code == 200
    assert client.get(f"/admin/webhook/history/{mine.pk}/").status_code == 200
    for url in (
        f"/admin/webhook/edit/{theirs.pk}/",
        f"/admin/webhook/delete/{theirs.pk}/",
        f"/admin/webhook/log/{theirs.pk}/",
    ):
        assert client.get(url).status_code == 404, url
    for url in (
        f"/admin/webhook/history/{theirs.pk}/",
        f"/admin/webhook/history-results/{theirs.pk}/",
        f"/admin/webhook/usage/{theirs.pk}/",
    ):
        assert client.get(url).status_code == 404, url
    assert client.post(f"/admin/webhook/rotate/{theirs.pk}/").status_code == 404
    theirs.refresh_from_db()
    assert Endpoint.objects.filter(pk=theirs.pk).exists()
    # An admin of A opening B's host is refused at the door (no role there).
    admin_a = admin_of(tenant_a)
    assert client_for(tenant_b, admin_a).get("/admin/webhook/").status_code in (302, 403)
    assert not Delivery.objects.exists()


def test_editors_cannot_manage_webhooks(tenant_a, client_for):
    from accounts.roles import Role
    from hierarchy.actions import GrantRole
    from tests.factories import make_user

    editor = make_user()
    GrantRole(editor, tenant_a, Role.EDITOR).execute()
    client = client_for(tenant_a, editor)
    assert client.get("/admin/webhook/").status_code in (302, 403)
    assert client.get("/admin/webhook/new/").status_code in (302, 403)
