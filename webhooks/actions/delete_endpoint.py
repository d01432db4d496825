from __future__ import annotations

from webhooks.actions.base import EndpointAction
from webhooks.models import Endpoint


class DeleteEndpoint(EndpointAction):
    """Remove an endpoint with its delivery log (waiting attempts find nothing and stop)."""

    def __init__(self, endpoint: Endpoint, *, actor=None):
        super().__init__(actor=actor)
        self.endpoint = endpoint
        self.tenant = endpoint.tenant

    def perform(self):
        pk = self.endpoint.pk
        self.endpoint.delete()
        return pk
