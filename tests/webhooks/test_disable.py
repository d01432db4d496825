"""Endpoints turn themselves off on HTTP 410 or after repeated failure, and the tenant's
admins are told by e-mail and on the endpoint's page."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import override_settings

from tests.webhooks.conftest import admin_of, publish, run_until_quiet
from webhooks.models import Delivery, DeliveryStatus

pytestmark = pytest.mark.django_db


def test_http_410_disables_the_endpoint_and_mails_the_admins(
    tenant_a, receiver, make_endpoint, client_for, django_capture_on_commit_callbacks
):
    admin = admin_of(tenant_a, "quantri.a@congdoan.vn")
    server = receiver(default=410)
    endpoint = make_endpoint(
        tenant_a, server.url, events=["page.published"], description="Cổng tỉnh A"
    )
    publish(tenant_a)
    with django_capture_on_commit_callbacks(execute=True):
        run_until_quiet()
    endpoint.refresh_from_db()
    assert not endpoint.enabled
    assert "410" in endpoint.disabled_reason
    assert len(server.requests) == 1  # no retry after a 410
    assert Delivery.objects.get(endpoint=endpoint).status == DeliveryStatus.FAILED
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["quantri.a@congdoan.vn"]
    assert "Webhook đã bị tắt" in message.subject
    assert "410" in message.body

    page = client_for(tenant_a, admin).get(f"/admin/webhook/edit/{endpoint.pk}/")
    html = page.content.decode()
    assert "Điểm nhận đã bị tự động tắt" in html
    assert "410" in html

    # Later events are not queued for a disabled endpoint.
    publish(tenant_a, "Bài sau khi tắt")
    assert Delivery.objects.filter(endpoint=endpoint).count() == 1


@override_settings(WEBHOOKS_RETRY_SCHEDULE=[60], WEBHOOKS_DISABLE_AFTER_FAILED_DELIVERIES=3)
def test_consecutive_dead_deliveries_disable_the_endpoint(
    tenant_a, receiver, make_endpoint, django_capture_on_commit_callbacks
):
    admin_of(tenant_a, "quantri2.a@congdoan.vn")
    server = receiver(default=500)
    endpoint = make_endpoint(tenant_a, server.url, events=["page.published"])
    for n in range(3):
        publish(tenant_a, f"Bài {n}")
        with django_capture_on_commit_callbacks(execute=True):
            run_until_quiet()
        endpoint.refresh_from_db()
        assert endpoint.enabled == (n < 2)
    assert endpoint.failed_deliveries == 3
    assert "3 lần gửi liên tiếp" in endpoint.disabled_reason
    assert len(server.requests) == 6
    assert [m.to for m in mail.outbox] == [["quantri2.a@congdoan.vn"]]


@override_settings(WEBHOOKS_RETRY_SCHEDULE=[60])
def test_a_success_resets_the_failure_count_and_reenabling_clears_the_reason(
    tenant_a, receiver, make_endpoint
):
    from webhooks.actions import UpdateEndpoint

    server = receiver(script=[500, 500], default=200)
    endpoint = make_endpoint(tenant_a, server.url, events=["page.published"])
    publish(tenant_a, "Một")
    run_until_quiet()
    endpoint.refresh_from_db()
    assert endpoint.failed_deliveries == 1
    publish(tenant_a, "Hai")
    run_until_quiet()
    endpoint.refresh_from_db()
    assert endpoint.failed_deliveries == 0 and endpoint.failing_since is None

    endpoint.enabled = False
    endpoint.disabled_reason = "thử"
    endpoint.save()
    UpdateEndpoint(endpoint, enabled=True).execute()
    endpoint.refresh_from_db()
    assert endpoint.enabled and endpoint.disabled_reason == "" and endpoint.disabled_at is None
