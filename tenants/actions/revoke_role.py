from __future__ import annotations

from tenants.actions.base import TenantRoleAction
from tenants.models import TenantRole


class RevokeTenantRole(TenantRoleAction):
    """Take ``role`` in a tenant outside the org tree away from ``user`` (and the matching
    Wagtail group)."""

    def check_permission(self):
        self.require_manager()

    def perform(self):
        from tenants.roles import sync_groups

        TenantRole.objects.filter(user=self.user, tenant=self.tenant, role=self.role).delete()
        sync_groups(self.user, self.tenant)
