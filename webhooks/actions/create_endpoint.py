from __future__ import annotations

from webhooks.actions.base import EndpointAction, check_fields
from webhooks.models import Endpoint
from webhooks.validation import generate_secret


class CreateEndpoint(EndpointAction):
    """Add an endpoint to ``tenant``. A blank secret is generated; the result is
    ``(endpoint, secret)`` so the admin can show the secret once."""

    def __init__(
        self,
        tenant,
        *,
        url,
        events,
        description="",
        secret="",
        enabled=True,
        page_types=(),
        organization=None,
        actor=None,
    ):
        super().__init__(actor=actor)
        self.tenant = tenant
        self.fields = {
            "url": (url or "").strip(),
            "description": description or "",
            "secret": (secret or "").strip(),
            "enabled": bool(enabled),
            "events": list(dict.fromkeys(events or [])),
            "page_types": list(dict.fromkeys(page_types or [])),
            "organization": organization,
        }

    def validate(self) -> None:
        f = self.fields
        check_fields(
            self.tenant,
            url=f["url"],
            secret=f["secret"],
            events=f["events"],
            page_types=f["page_types"],
            organization=f["organization"],
        )

    def perform(self):
        fields = dict(self.fields)
        fields["secret"] = fields["secret"] or generate_secret()
        endpoint = Endpoint.objects.create(
            tenant=self.tenant,
            created_by=self.actor if getattr(self.actor, "pk", None) else None,
            **fields,
        )
        return endpoint, fields["secret"]
