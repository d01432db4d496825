from __future__ import annotations

from django.core.exceptions import PermissionDenied

from tenants.actions.base import TenantRoleAction
from tenants.models import TenantRole


class GrantTenantRole(TenantRoleAction):
    """Give ``user`` ``role`` in a tenant outside the org tree and put the account in the
    tenant's matching Wagtail group. ``actor`` None is the system (command, seeding);
    otherwise a platform superuser or an admin of the tenant, never for themselves."""

    def check_permission(self):
        actor = self.actor
        if actor is not None and actor.pk == self.user.pk and not actor.is_superuser:
            raise PermissionDenied("Không thể tự cấp vai trò cho chính mình.")
        self.require_manager()

    def perform(self):
        from tenants.roles import sync_groups

        row, _ = TenantRole.objects.get_or_create(
            user=self.user,
            tenant=self.tenant,
            role=self.role,
            defaults={"granted_by": self.actor_row},
        )
        sync_groups(self.user, self.tenant)
        return row
