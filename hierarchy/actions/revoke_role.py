from __future__ import annotations

from hierarchy.actions.role_base import RoleAction
from hierarchy.models import EventAction, OrgRole
from tenants.actions import RevokeTenantRole


class RevokeRole(RoleAction):
    """Take ``role`` on an organisation (or a tenant, see ``RoleAction``) away from
    ``user``."""

    event_action = EventAction.ROLE_REVOKE
    tenant_action = RevokeTenantRole

    def perform(self):
        deleted, _ = OrgRole.objects.filter(
            user=self.user, organization=self.org, role=self.role
        ).delete()
        self.changed = bool(deleted)
        if self.changed:
            self.mirror()
