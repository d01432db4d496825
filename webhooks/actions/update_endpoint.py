from __future__ import annotations

from webhooks.actions.base import EndpointAction, check_fields
from webhooks.models import Endpoint

EDITABLE = ("url", "description", "enabled", "events", "page_types", "organization")


class UpdateEndpoint(EndpointAction):
    """Change an endpoint's settings (not its secret: ``RotateSecret``). Turning a disabled
    endpoint back on clears the reason and the failure counters."""

    def __init__(self, endpoint: Endpoint, *, actor=None, **changes):
        super().__init__(actor=actor)
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise TypeError(f"Not editable: {sorted(unknown)}")
        self.endpoint = endpoint
        self.tenant = endpoint.tenant
        self.changes = changes

    def prepare(self) -> None:
        self.endpoint = Endpoint.objects.select_for_update().get(pk=self.endpoint.pk)
        self.tenant = self.endpoint.tenant
        self.was_enabled = self.endpoint.enabled
        for name, value in self.changes.items():
            if name == "url":
                value = (value or "").strip()
            if name in ("events", "page_types"):
                value = list(dict.fromkeys(value or []))
            setattr(self.endpoint, name, value)

    def validate(self) -> None:
        e = self.endpoint
        check_fields(
            self.tenant,
            url=e.url,
            secret="",
            events=e.events,
            page_types=e.page_types,
            organization=e.organization,
        )

    def perform(self):
        endpoint = self.endpoint
        if endpoint.enabled and not self.was_enabled:
            endpoint.disabled_at = None
            endpoint.disabled_reason = ""
            endpoint.failed_deliveries = 0
            endpoint.failing_since = None
        endpoint.save()
        return endpoint
