"""Mirror an account's roles in a tenant into that tenant's Wagtail groups.

The role rows (``TenantRole``, public schema) say what an account may do in a tenant: for a
tenant in the org tree they are derived from the roles on its organisation
(``hierarchy.roles``), otherwise they are the record (``tenants.actions``). Each tenant's
schema holds Wagtail groups named after the roles, with their page/collection permissions,
and the account's membership in them (``grants.UserGroup``). Only the tenant whose schema is
active is consulted by permission checks, so a role never reaches another tenant.
"""

from __future__ import annotations

from django.contrib.auth.models import Group
from django_tenants.utils import schema_context

from accounts.roles import Role
from tenants.models import Tenant, TenantRole

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
