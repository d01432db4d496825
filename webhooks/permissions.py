"""Who may manage a tenant's webhook endpoints: its admins (and platform operators)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from accounts.roles import Role


def is_tenant_admin(user, tenant) -> bool:
    if user is None or not user.is_authenticated or tenant is None:
        return False
    if user.is_superuser:
        return True
    from tenants.models import TenantRole

    return TenantRole.objects.filter(user=user, tenant=tenant, role=Role.ADMIN).exists()


def require_tenant_admin(user, tenant) -> None:
    """``user`` None is the system (commands, tests) and is always allowed."""
    if user is None:
        return
    if not is_tenant_admin(user, tenant):
        raise PermissionDenied("Chỉ quản trị viên của đơn vị mới được quản lý webhook.")
