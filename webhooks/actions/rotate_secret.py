from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from webhooks.actions.base import EndpointAction
from webhooks.models import Endpoint
from webhooks.validation import generate_secret


class RotateSecret(EndpointAction):
    """Give the endpoint a new secret; the old one keeps signing (a second signature) for
    ``WEBHOOKS_SECRET_GRACE_HOURS`` so the receiver can switch. Returns the new secret."""

    def __init__(self, endpoint: Endpoint, *, actor=None):
        super().__init__(actor=actor)
        self.endpoint = endpoint
        self.tenant = endpoint.tenant

    def prepare(self) -> None:
        self.endpoint = Endpoint.objects.select_for_update().get(pk=self.endpoint.pk)

    def perform(self):
        endpoint = self.endpoint
        grace = float(getattr(settings, "WEBHOOKS_SECRET_GRACE_HOURS", 24))
        endpoint.previous_secret = endpoint.secret
        endpoint.previous_secret_until = timezone.now() + timedelta(hours=grace)
        endpoint.secret = generate_secret()
        endpoint.save(update_fields=["secret", "previous_secret", "previous_secret_until"])
        return endpoint.secret
