"""Send one attempt of a delivery (run by the ``webhooks.deliver`` job, webhooks/jobs.py).

Each attempt is its own job. The job claims the attempt (a short transaction), resolves the
endpoint's host again and refuses private addresses (DNS rebinding), connects to the very
address it checked, POSTs the payload signed per the Standard Webhooks specification and
records the attempt. A failure schedules the next attempt after the planned delay of
``WEBHOOKS_RETRY_SCHEDULE`` (with jitter); after the last one the delivery is dead-lettered
(``failed``, replayable from the admin). An HTTP 410 disables the endpoint at once; so do
``WEBHOOKS_DISABLE_AFTER_FAILED_DELIVERIES`` dead deliveries in a row or failures that have
lasted ``WEBHOOKS_DISABLE_AFTER_DAYS``. The tenant's admins are mailed when that happens.

Delivery is at least once: a worker killed between the request and its record sends the same
``webhook-id`` again, which receivers use to drop duplicates.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import urllib3
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from standardwebhooks import Webhook

from jobs import defer
from webhooks.models import Attempt, Delivery, DeliveryStatus, Endpoint
from webhooks.notify import endpoint_disabled
from webhooks.outbox import DELIVER_TASK
from webhooks.validation import resolve, split_url

RESPONSE_BYTES = 1024
USER_AGENT = "congdoan-webhooks/1 (+https://standardwebhooks.com)"


def retry_schedule() -> list[float]:
    return list(
        getattr(settings, "WEBHOOKS_RETRY_SCHEDULE", [5, 300, 1800, 7200, 18000, 36000, 36000])
    )


def jitter() -> float:
    return float(getattr(settings, "WEBHOOKS_RETRY_JITTER", 0.1))


def max_attempts() -> int:
    return 1 + len(retry_schedule())


def next_delay(failed_attempt: int) -> timedelta | None:
    """Delay after the ``failed_attempt``-th attempt failed (None: it was the last)."""
    schedule = retry_schedule()
    if failed_attempt > len(schedule):
        return None
    spread = jitter()
    return timedelta(seconds=schedule[failed_attempt - 1] * random.uniform(1 - spread, 1 + spread))


@dataclass
class Outcome:
    status_code: int | None = None
    latency_ms: int | None = None
    body: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def body_bytes(payload: dict) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def signed_headers(endpoint: Endpoint, message_id: str, body: bytes, now: datetime) -> dict:
    """Standard Webhooks headers; during a rotation's grace period the old secret signs too
    (space-separated signatures)."""
    sent_at = now.astimezone(UTC)
    text = body.decode()
    signatures = [Webhook(endpoint.secret).sign(message_id, sent_at, text)]
    if (
        endpoint.previous_secret
        and endpoint.previous_secret_until
        and endpoint.previous_secret_until > now
    ):
        signatures.append(Webhook(endpoint.previous_secret).sign(message_id, sent_at, text))
    return {
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        "webhook-id": message_id,
        "webhook-timestamp": str(int(sent_at.timestamp())),
        "webhook-signature": " ".join(signatures),
    }


def post(endpoint: Endpoint, message_id: str, body: bytes) -> Outcome:
    """One POST, to an address checked just now (no redirects followed)."""
    try:
        scheme, host, port = split_url(endpoint.url)
        address = resolve(host, port)[0]
    except ValidationError as exc:
        return Outcome(error=" ".join(exc.messages))
    parts = urlsplit(endpoint.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = signed_headers(endpoint, message_id, body, timezone.now())
    headers["host"] = parts.netloc
    timeout = urllib3.Timeout(
        connect=float(getattr(settings, "WEBHOOKS_CONNECT_TIMEOUT", 5)),
        read=float(getattr(settings, "WEBHOOKS_READ_TIMEOUT", 10)),
    )
    if scheme == "https":
        pool = urllib3.HTTPSConnectionPool(
            address,
            port,
            timeout=timeout,
            retries=False,
            server_hostname=host,
            assert_hostname=host,
        )
    else:
        pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False)
    started = time.monotonic()
    try:
        response = pool.urlopen(
            "POST", target, body=body, headers=headers, redirect=False, preload_content=False
        )
        try:
            head = response.read(RESPONSE_BYTES)
        finally:
            response.release_conn()
        latency = int((time.monotonic() - started) * 1000)
        return Outcome(response.status, latency, head.decode("utf-8", "replace"))
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        latency = int((time.monotonic() - started) * 1000)
        return Outcome(latency_ms=latency, error=f"{type(exc).__name__}: {exc}"[:1000])
    finally:
        pool.close()


def attempt_delivery(delivery_id: int, attempt: int, *, replay: bool = False) -> str:
    """Run attempt ``attempt`` of delivery ``delivery_id`` (idempotent: an attempt already
    recorded, a delivered or dead delivery, a missing one are skipped)."""
    with transaction.atomic():
        delivery = (
            Delivery.objects.select_for_update()
            .select_related("endpoint")
            .filter(pk=delivery_id)
            .first()
        )
        if delivery is None or delivery.status != DeliveryStatus.PENDING:
            return "skipped"
        if delivery.attempts >= attempt:
            return "skipped"
        endpoint = delivery.endpoint
        planned = delivery.next_attempt_at or timezone.now()
        if not endpoint.enabled:
            delivery.status = DeliveryStatus.FAILED
            delivery.next_attempt_at = None
            delivery.save(update_fields=["status", "next_attempt_at"])
            return "endpoint disabled"
        delivery.claimed = attempt
        delivery.save(update_fields=["claimed"])
    started_at = timezone.now()
    outcome = post(endpoint, delivery.message_id, body_bytes(delivery.payload))
    record(delivery.pk, attempt, planned, started_at, outcome, replay=replay)
    return "delivered" if outcome.ok else f"failed ({outcome.status_code or outcome.error})"


def record(delivery_id: int, attempt: int, planned, started_at, outcome: Outcome, *, replay: bool):
    """Log the attempt and decide what follows, in one transaction."""
    with transaction.atomic():
        delivery = Delivery.objects.select_for_update().get(pk=delivery_id)
        endpoint = Endpoint.objects.select_for_update().get(pk=delivery.endpoint_id)
        if delivery.attempts >= attempt:
            return  # a concurrent run of the same attempt recorded it first
        Attempt.objects.create(
            delivery=delivery,
            number=attempt,
            planned_at=planned,
            started_at=started_at,
            status_code=outcome.status_code,
            latency_ms=outcome.latency_ms,
            response_body=outcome.body,
            error=outcome.error,
            replay=replay,
        )
        delivery.attempts = attempt
        # The logical time of this attempt: its planned time, or now if it ran late.
        at = max(planned, started_at)
        if outcome.ok:
            delivery.status = DeliveryStatus.DELIVERED
            delivery.delivered_at = started_at
            delivery.next_attempt_at = None
            endpoint.failed_deliveries = 0
            endpoint.failing_since = None
            endpoint.save(update_fields=["failed_deliveries", "failing_since"])
        else:
            if endpoint.failing_since is None:
                endpoint.failing_since = at
            delay = None if outcome.status_code == 410 else next_delay(attempt)
            if delay is not None:
                delivery.next_attempt_at = at + delay
                defer(
                    DELIVER_TASK,
                    tenant=None,
                    schedule_at=delivery.next_attempt_at,
                    delivery_id=delivery.pk,
                    attempt=attempt + 1,
                )
            else:
                delivery.status = DeliveryStatus.FAILED
                delivery.next_attempt_at = None
                endpoint.failed_deliveries += 1
            reason = disable_reason(endpoint, outcome, at, dead=delay is None)
            endpoint.save(update_fields=["failed_deliveries", "failing_since"])
            if reason and endpoint.enabled:
                disable(endpoint, reason, at)
        delivery.save(update_fields=["attempts", "status", "delivered_at", "next_attempt_at"])


def disable_reason(endpoint: Endpoint, outcome: Outcome, at, *, dead: bool) -> str:
    if outcome.status_code == 410:
        return "Máy nhận trả lời HTTP 410 (Gone): địa chỉ nhận không còn dùng nữa."
    limit = int(getattr(settings, "WEBHOOKS_DISABLE_AFTER_FAILED_DELIVERIES", 5))
    if dead and endpoint.failed_deliveries >= limit:
        return f"{endpoint.failed_deliveries} lần gửi liên tiếp đều thất bại sau mọi lần thử lại."
    days = float(getattr(settings, "WEBHOOKS_DISABLE_AFTER_DAYS", 5))
    if endpoint.failing_since and at - endpoint.failing_since >= timedelta(days=days):
        return (
            f"Máy nhận liên tục lỗi từ {timezone.localtime(endpoint.failing_since):%d/%m/%Y %H:%M}."
        )
    return ""


def disable(endpoint: Endpoint, reason: str, at) -> None:
    endpoint.enabled = False
    endpoint.disabled_at = at
    endpoint.disabled_reason = reason
    endpoint.save(update_fields=["enabled", "disabled_at", "disabled_reason"])
    # Waiting attempts of this endpoint stop at their next run (the job sees it disabled).
    transaction.on_commit(lambda: endpoint_disabled(endpoint.pk))
