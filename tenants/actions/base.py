from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError

from congdoan.actions import Action
from tenants.models import Tenant


class TenantAction(Action):
    """An action on ``tenant``: runs in the public schema (where tenants and their roles
    are stored) on the tenant as stored now."""

    public = True

    def __init__(self, tenant: Tenant, *, actor=None):
        super().__init__(actor=actor)
        self.tenant = tenant

    def prepare(self):
        self.tenant = Tenant.objects.get(pk=self.tenant.pk)

    def require_manager(self) -> None:
        """The actor (None: the system) is a platform operator or an admin of the tenant."""
        from tenants.roles import can_manage_roles

        if self.actor is not None and not can_manage_roles(self.actor, self.tenant):
            raise PermissionDenied(f"Bạn không có quyền quản trị vai trò tại {self.tenant.name}.")


class TenantRoleAction(TenantAction):
    """Grant or revoke ``role`` of ``user`` in a tenant outside the org tree.

    A tenant that an organisation holds takes its roles from that organisation (its rows
    here are derived, ``hierarchy.roles.sync_mirrors``), so these actions refuse it:
    ``hierarchy.actions.GrantRole``/``RevokeRole`` route a tenant to its organisation."""

    def __init__(self, user, tenant: Tenant, role: str, *, actor=None):
        super().__init__(tenant, actor=actor)
        self.user = user
        self.role = role

    def validate(self):
        from accounts.roles import Role

        if self.role not in Role.values:
            raise ValidationError(
                f"Vai trò {self.role!r} không tồn tại; chọn: {', '.join(Role.values)}."
            )
        # ``organization`` is the org tree's one-to-one link to a tenant (queried by name so
        # this layer does not import the tree).
        if Tenant.objects.filter(pk=self.tenant.pk, organization__isnull=False).exists():
            raise ValidationError(
                f"{self.tenant.name} thuộc cây tổ chức: hãy cấp hoặc thu hồi vai trò trên tổ "
                "chức của đơn vị."
            )
