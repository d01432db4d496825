"""Turn domain events into deliveries, in the transaction of the change (the outbox).

``emit(event)`` finds the tenant's enabled endpoints whose filters match, gives the object
its next sequence number, and for each endpoint either folds the event into a delivery of
the same object that is still waiting for its first attempt (coalescing: the receiver gets
the latest state once, with the latest sequence number) or writes a new ``Delivery`` and
defers its first attempt as a job. Everything is written on the caller's connection inside
its transaction: a rolled-back publish leaves no delivery and no job.

Concurrent changes to one object are serialised by the object's sequence row (its upsert
holds the row lock until commit), so two transactions never both miss each other's waiting
delivery.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.utils import timezone

from jobs import defer
from webhooks.models import Delivery, DeliveryStatus, Endpoint, next_sequence

DELIVER_TASK = "webhooks.deliver"


@dataclass
class Event:
    """One domain event. ``org_paths`` (materialised paths of the organisations the event is
    about) may be a callable, evaluated only if an endpoint filters by organisation."""

    type: str
    tenant: object  # tenants.Tenant
    object_kind: str
    object_id: int | str
    data: dict
    page_type: str | None = None
    org_paths: list[str] | Callable[[], list[str]] | None = None
    occurred_at: datetime = field(default_factory=timezone.now)
    #: The response-cache tags this change invalidates (``delivery.tags``), as the CDN
    #: headers spell them: a receiver that cached API answers by their ``Surrogate-Key``
    #: drops exactly the answers carrying one of them (``payload["cache_tags"]``).
    cache_tags: list[str] = field(default_factory=list)

    @property
    def object_key(self) -> str:
        return f"{self.object_kind}:{self.object_id}"

    def resolved_org_paths(self) -> list[str]:
        if callable(self.org_paths):
            self.org_paths = list(self.org_paths())
        return self.org_paths or []


def coalesce_seconds() -> float:
    return float(getattr(settings, "WEBHOOKS_COALESCE_SECONDS", 2))


def payload_for(event: Event, sequence: int) -> dict:
    tenant = event.tenant
    return {
        "type": event.type,
        "timestamp": event.occurred_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "tenant": {"schema": tenant.schema_name, "name": tenant.name},
        "object": {"kind": event.object_kind, "id": event.object_id},
        "sequence": sequence,
        "data": event.data,
        "cache_tags": list(event.cache_tags),
    }


def matching_endpoints(event: Event) -> list[Endpoint]:
    candidates = (
        Endpoint.objects.for_tenant(event.tenant)
        .filter(enabled=True, events__contains=[event.type])
        .select_related("organization")
    )
    return [endpoint for endpoint in candidates if endpoint.matches(event)]


def emit(event: Event) -> list[Delivery]:
    """Queue ``event`` for every matching endpoint of its tenant; returns the deliveries
    written or updated (empty when no endpoint wants it: one query)."""
    endpoints = matching_endpoints(event)
    if not endpoints:
        return []
    sequence = next_sequence(f"{event.tenant.schema_name}:{event.object_key}")
    payload = payload_for(event, sequence)
    return [enqueue(endpoint, event, payload, sequence) for endpoint in endpoints]


def enqueue(endpoint: Endpoint, event: Event, payload: dict, sequence: int) -> Delivery:
    delay = coalesce_seconds()
    if delay > 0:
        waiting = (
            Delivery.objects.select_for_update()
            .filter(
                endpoint=endpoint,
                object_key=event.object_key,
                status=DeliveryStatus.PENDING,
                claimed=0,
            )
            .order_by("-id")
            .first()
        )
        if waiting is not None:
            waiting.event_type = event.type
            waiting.sequence = sequence
            # The folded events' tags stay: a move then a publish still purges the tenant.
            earlier = (waiting.payload or {}).get("cache_tags") or []
            payload = {
                **payload,
                "cache_tags": list(dict.fromkeys([*earlier, *payload.get("cache_tags", [])])),
            }
            waiting.payload = payload
            waiting.save(update_fields=["event_type", "sequence", "payload"])
            return waiting
    first_at = timezone.now() + timedelta(seconds=delay)
    delivery = Delivery.objects.create(
        endpoint=endpoint,
        event_type=event.type,
        object_key=event.object_key,
        sequence=sequence,
        payload=payload,
        next_attempt_at=first_at,
    )
    defer(
        DELIVER_TASK,
        tenant=None,
        schedule_at=first_at if delay > 0 else None,
        queueing_lock=f"webhook:{endpoint.pk}:{event.object_key}" if delay > 0 else None,
        delivery_id=delivery.pk,
        attempt=1,
    )
    return delivery
