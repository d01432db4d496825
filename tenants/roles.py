"""Grant and revoke an account's role in a tenant, and mirror roles into Wagtail groups.

The role rows (public schema) are the source of truth; each tenant's schema holds Wagtail
groups named after the roles, with their page/collection permissions, and the account's
membership in them (``grants.UserGroup``). Only the tenant whose schema is active is
consulted by permission checks, so a role never reaches another tenant.
"""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django_tenants.utils import schema_context

from tenants.models import Role, Tenant, TenantRole

# Wagtail group (in every tenant schema) that each role puts an account in.
ROLE_GROUPS: dict[str, str] = {
    Role.ADMIN: "Quản trị viên",
    Role.MODERATOR: "Kiểm duyệt viên",
    Role.EDITOR: "Biên tập viên",
}


def can_manage_roles(actor, tenant: Tenant) -> bool:
    if actor is None:
        return False
    if actor.is_superuser:
        return True
    return TenantRole.objects.filter(user=actor, tenant=tenant, role=Role.ADMIN).exists()


@transaction.atomic
def grant_role(user, tenant: Tenant, role: str, *, granted_by=None) -> TenantRole:
    """Give ``user`` ``role`` in ``tenant``. ``granted_by`` None means a system action
    (management command, seeding); otherwise it must be a platform superuser or an admin
    of the tenant, and nobody can grant a role to themselves."""
    if role not in Role.values:
        raise ValidationError(f"Vai trò {role!r} không tồn tại; chọn: {', '.join(Role.values)}.")
    if granted_by is not None:
        if granted_by.pk == user.pk and not granted_by.is_superuser:
            raise PermissionDenied("Không thể tự cấp vai trò cho chính mình.")
        if not can_manage_roles(granted_by, tenant):
            raise PermissionDenied(f"Bạn không có quyền quản trị vai trò tại {tenant.name}.")
    obj, _ = TenantRole.objects.get_or_create(
        user=user, tenant=tenant, role=role, defaults={"granted_by": granted_by}
    )
    sync_groups(user, tenant)
    return obj


@transaction.atomic
def revoke_role(user, tenant: Tenant, role: str, *, revoked_by=None) -> None:
    if revoked_by is not None and not can_manage_roles(revoked_by, tenant):
        raise PermissionDenied(f"Bạn không có quyền quản trị vai trò tại {tenant.name}.")
    TenantRole.objects.filter(user=user, tenant=tenant, role=role).delete()
    sync_groups(user, tenant)


def sync_groups(user, tenant: Tenant) -> None:
    """Make the account's Wagtail groups in ``tenant`` match its roles there."""
    roles = set(TenantRole.objects.filter(user=user, tenant=tenant).values_list("role", flat=True))
    wanted = {ROLE_GROUPS[r] for r in roles if r in ROLE_GROUPS}
    with schema_context(tenant.schema_name):
        from grants.models import UserGroup

        managed = Group.objects.filter(name__in=ROLE_GROUPS.values())
        UserGroup.objects.filter(user=user, group__in=managed).exclude(
            group__name__in=wanted
        ).delete()
        for group in managed.filter(name__in=wanted):
            UserGroup.objects.get_or_create(user=user, group=group)
