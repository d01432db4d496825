"""Delivery against a real HTTP receiver: retries at the planned backoff times (fake clock),
one webhook-id per delivery, Standard Webhooks signatures, the log, dead letters and replay."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from tests.webhooks.conftest import publish, run_jobs, run_until_quiet
from webhooks.models import Attempt, Delivery, DeliveryStatus

pytestmark = pytest.mark.django_db


def test_three_failures_then_success_delivers_once_with_four_logged_attempts(
    tenant_a, receiver, make_endpoint
):
    server = receiver(script=[500, 503, 502], default=200)
    endpoint = make_endpoint(tenant_a, server.url, events=["page.published"])
    page = publish(tenant_a, "Thông báo tăng lương tối thiểu vùng")
    delivery = Delivery.objects.get(endpoint=endpoint)
    first = delivery.next_attempt_at

    # Nothing runs before the planned time of the first attempt.
    assert run_jobs(now=first - timedelta(milliseconds=500)) == 0
    assert server.requests == []

    planned = []
    for _ in range(4):
        delivery.refresh_from_db()
        planned.append(delivery.next_attempt_at)
        # A moment before the planned time: the attempt is not due yet.
        assert run_jobs(now=delivery.next_attempt_at - timedelta(seconds=1)) == 0
        assert run_jobs(now=delivery.next_attempt_at) == 1

    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED
    assert [r.status for r in server.requests] == [500, 503, 502, 200]
    assert len(server.delivered_ids()) == 1
    assert {r.webhook_id for r in server.requests} == {delivery.message_id}
    for request in server.requests:
        payload = server.verify(endpoint.secret, request)  # raises on a bad signature
        assert payload["type"] == "page.published"
        assert payload["object"] == {"kind": "page", "id": page.pk}
        assert payload["sequence"] == 1
        assert payload["tenant"]["schema"] == "test_a"
        assert payload["data"]["title"] == "Thông báo tăng lương tối thiểu vùng"

    attempts = list(Attempt.objects.filter(delivery=delivery).order_by("number"))
    assert [a.number for a in attempts] == [1, 2, 3, 4]
    assert [a.status_code for a in attempts] == [500, 503, 502, 200]
    assert [a.planned_at for a in attempts] == planned
    assert all(a.latency_ms is not None for a in attempts)
    assert all(0 < len(a.response_body) <= 1024 for a in attempts)
    # The planned gaps follow the schedule (5 s, 5 min, 30 min) within its jitter.
    jitter = settings.WEBHOOKS_RETRY_JITTER
    for gap, (before, after) in zip(
        settings.WEBHOOKS_RETRY_SCHEDULE, itertools.pairwise(planned), strict=False
    ):
        seconds = (after - before).total_seconds()
        assert gap * (1 - jitter) <= seconds <= gap * (1 + jitter), (gap, seconds)
    # No further attempt is waiting.
    assert run_jobs(now=planned[-1] + timedelta(days=3)) == 0
    assert len(server.requests) == 4


def test_receiver_down_for_24_hours_is_still_delivered(tenant_a, receiver, make_endpoint):
    server = receiver(default=503)
    endpoint = make_endpoint(tenant_a, server.url, events=["page.published"])
    publish(tenant_a)
    delivery = Delivery.objects.get(endpoint=endpoint)
    start = delivery.next_attempt_at
    while True:
        delivery.refresh_from_db()
        if delivery.next_attempt_at - start >= timedelta(hours=24):
            server.default = 200  # back up after a day
        run_jobs(now=delivery.next_attempt_at)
        delivery.refresh_from_db()
        if delivery.status != DeliveryStatus.PENDING:
            break
    assert delivery.status == DeliveryStatus.DELIVERED
    last = Attempt.objects.filter(delivery=delivery).order_by("-number").first()
    assert last.planned_at - start >= timedelta(hours=24)
    assert server.delivered_ids() == [delivery.message_id]
    assert len(server.requests) == delivery.attempts == 1 + len(settings.WEBHOOKS_RETRY_SCHEDULE)


def test_dead_letter_after_every_attempt_fails_then_replay_from_admin(
    tenant_a, receiver, make_endpoint, client_for
):
    from tests.webhooks.conftest import admin_of

    server = receiver(default=500)
    endpoint = make_endpoint(tenant_a, server.url, events=["page.published"])
    publish(tenant_a)
    run_until_quiet()
    delivery = Delivery.objects.get(endpoint=endpoint)
    assert delivery.status == DeliveryStatus.FAILED
    assert delivery.attempts == 1 + len(settings.WEBHOOKS_RETRY_SCHEDULE)
    endpoint.refresh_from_db()
    assert endpoint.enabled  # one dead delivery does not disable the endpoint

    admin = admin_of(tenant_a)
    client = client_for(tenant_a, admin)
    log = client.get(f"/admin/webhook/log/{endpoint.pk}/")
    assert log.status_code == 200
    assert delivery.message_id in log.content.decode()

    server.default = 200
    response = client.post(f"/admin/webhook/log/{endpoint.pk}/gui-lai/{delivery.pk}/")
    assert response.status_code == 302
    run_jobs()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED
    assert server.requests[-1].status == 200
    assert server.requests[-1].webhook_id == delivery.message_id
    server.verify(endpoint.secret, server.requests[-1])
    assert Attempt.objects.filter(delivery=delivery, replay=True).count() == 1


def test_rotated_secret_signs_with_both_secrets_during_the_grace_period(
    tenant_a, receiver, make_endpoint
):
    from webhooks.actions import RotateSecret

    server = receiver()
    endpoint = make_endpoint(tenant_a, server.url, events=["page.published"])
    old = endpoint.secret
    new = RotateSecret(endpoint).execute()
    assert new != old and new.startswith("whsec_")
    publish(tenant_a)
    run_until_quiet()
    request = server.requests[0]
    assert len(request.headers["webhook-signature"].split(" ")) == 2
    server.verify(new, request)
    server.verify(old, request)


def test_rolled_back_publish_leaves_no_delivery_and_no_job(tenant_a, receiver, make_endpoint):
    from django.db import transaction

    server = receiver()
    make_endpoint(tenant_a, server.url, events=["page.published"])
    with pytest.raises(RuntimeError), transaction.atomic():
        publish(tenant_a, "Sẽ bị hoàn tác")
        assert Delivery.objects.count() == 1
        raise RuntimeError("rollback")
    assert Delivery.objects.count() == 0
    assert run_jobs(now=timezone.now() + timedelta(hours=1)) == 0
    assert server.requests == []
