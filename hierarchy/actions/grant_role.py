from __future__ import annotations

from hierarchy.actions.role_base import RoleAction
from hierarchy.models import EventAction, OrgRole
from tenants.actions import GrantTenantRole


class GrantRole(RoleAction):
    """Give ``user`` ``role`` on an organisation (or a tenant, see ``RoleAction``); returns
    the ``OrgRole`` (a ``TenantRole`` for a tenant outside the tree)."""

    event_action = EventAction.ROLE_GRANT
    tenant_action = GrantTenantRole

    def perform(self):
        row, self.changed = OrgRole.objects.get_or_create(
            user=self.user,
            organization=self.org,
            role=self.role,
            defaults={"granted_by": self.actor_row},
        )
        if self.changed:
            self.mirror()
        return row
