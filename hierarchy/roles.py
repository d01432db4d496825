"""Who holds which role where: the one place every app asks (the roles themselves and their
ranks are ``accounts.roles``).

A role on an organisation covers its subtree: an account's *effective* rank on an
organisation is the highest rank it holds on that organisation or any ancestor (one query
over at most ~6 ancestor paths). Managing roles and restructuring needs an effective
``admin``; nobody grants a role above their own, grants to themselves, or acts outside their
subtree (a provincial admin has no role on a sibling province, so every check fails there).

``OrgRole`` is the authoritative record. It is mirrored into Wagtail where the
organisation's content lives:

* the organisation *is* a tenant: ``tenants.TenantRole`` rows derived from the org roles and
  that tenant's role groups (``tenants.roles.sync_groups``);
* the organisation is a hosted microsite: per-microsite groups in the host tenant's schema
  ("Biên tập viên – <code>") whose page permissions cover the microsite's root page only.

A ``TenantRole`` row of a tenant outside the tree is that tenant's own record (there is no
organisation to hold it); when such a tenant joins the tree its rows are adopted as roles on
its organisation (``adopt_tenant_roles``). A tenant role counts as a role on the tenant's
organisation wherever ranks are computed here.
"""

from __future__ import annotations

from functools import reduce
from operator import or_

from django.core.exceptions import PermissionDenied
from django.db.models import Q

from accounts.roles import ADMIN, RANK, SUPERUSER, Role, role_at
from hierarchy.models import Organization, OrgRole
from tenants.models import TenantRole


def _ancestor_paths(org: Organization) -> list[str]:
    step = org.steplen
    return [org.path[:i] for i in range(step, len(org.path) + 1, step)]


def _held(user, paths: list[str] | None = None):
    """(organisation path, role) of every role ``user`` holds, org roles and tenant roles
    of tenants in the tree, in one statement; only on ``paths`` when given."""
    org_roles = OrgRole.objects.filter(user=user)
    tenant_roles = TenantRole.objects.filter(user=user, tenant__organization__isnull=False)
    if paths is not None:
        org_roles = org_roles.filter(organization__path__in=paths)
        tenant_roles = tenant_roles.filter(tenant__organization__path__in=paths)
    return org_roles.values_list("organization__path", "role").union(
        tenant_roles.values_list("tenant__organization__path", "role"), all=True
    )


def role_paths(user) -> list[tuple[str, int]]:
    """(organisation path, rank) of every role ``user`` holds."""
    return [(path, RANK[role]) for path, role in _held(user) if role in RANK]


def effective_rank(user, org: Organization) -> int:
    """Highest rank ``user`` holds on ``org`` or an ancestor (``SUPERUSER`` for platform
    operators, 0 for none)."""
    if user is None or not user.is_authenticated:
        return 0
    if user.is_superuser:
        return SUPERUSER
    return max((RANK.get(role, 0) for _, role in _held(user, _ancestor_paths(org))), default=0)


def effective_role(user, org: Organization) -> str | None:
    return role_at(effective_rank(user, org))


def is_admin_of(user, org: Organization) -> bool:
    return effective_rank(user, org) >= ADMIN


def require_rank(user, org: Organization, min_rank: int, what: str) -> None:
    """``user`` None is the system (commands, signals) and is always allowed."""
    if user is None:
        return
    if effective_rank(user, org) < min_rank:
        raise PermissionDenied(
            f"Bạn cần vai trò {Role(role_at(min_rank)).label.lower()} trở lên tại {org.name} "
            f"hoặc đơn vị cấp trên để {what}."
        )


def require_admin(actor, org: Organization | None, what: str) -> None:
    """``actor`` None is the system (commands, seeding) and is always allowed."""
    if actor is None:
        return
    if org is None:
        if actor.is_superuser:
            return
        raise PermissionDenied(f"Chỉ quản trị nền tảng mới được {what} ở cấp cao nhất.")
    if not is_admin_of(actor, org):
        raise PermissionDenied(
            f"Bạn không có quyền quản trị tại {org.name} hoặc đơn vị cấp trên nên không thể {what}."
        )


def _scope_q(user, min_rank: int) -> Q | None:
    paths = [path for path, rank in role_paths(user) if rank >= min_rank]
    if not paths:
        return None
    # Drop paths inside another kept path: fewer OR terms, same rows.
    roots = [p for p in sorted(set(paths)) if not any(p != q and p.startswith(q) for q in paths)]
    return reduce(or_, (Q(path__startswith=p) for p in roots))


def organizations_for(user, *, min_role: str = Role.READER):
    """Organisations ``user`` may act on with at least ``min_role`` (their role subtrees)."""
    if user is None or not user.is_authenticated:
        return Organization.objects.none()
    if user.is_superuser:
        return Organization.objects.all()
    q = _scope_q(user, RANK[min_role])
    return Organization.objects.filter(q) if q is not None else Organization.objects.none()


def adopt_tenant_roles(org: Organization, user=None) -> int:
    """Make the tenant roles recorded on ``org``'s tenant before it joined the tree (or by
    an older version) roles on ``org``, so that deriving the mirrors keeps them. Only
    ``user``'s when given. Returns the number of rows adopted."""
    if not org.tenant_id:
        return 0
    rows = TenantRole.objects.filter(tenant_id=org.tenant_id)
    if user is not None:
        rows = rows.filter(user=user)
    held = set(
        OrgRole.objects.filter(organization=org, user_id__in=rows.values("user_id")).values_list(
            "user_id", "role"
        )
    )
    missing = [
        OrgRole(user_id=u, organization=org, role=r, granted_by_id=g)
        for u, r, g in rows.values_list("user_id", "role", "granted_by_id")
        if (u, r) not in held
    ]
    OrgRole.objects.bulk_create(missing, ignore_conflicts=True)
    return len(missing)


def sync_mirrors(user, org: Organization) -> None:
    """Make the Wagtail side of ``user``'s roles on ``org`` match the OrgRole rows."""
    roles = set(OrgRole.objects.filter(user=user, organization=org).values_list("role", flat=True))
    if org.tenant_id:
        from tenants.roles import sync_groups

        TenantRole.objects.filter(user=user, tenant_id=org.tenant_id).exclude(
            role__in=roles
        ).delete()
        for role in roles:
            TenantRole.objects.get_or_create(user=user, tenant_id=org.tenant_id, role=role)
        sync_groups(user, org.tenant)
    elif org.microsite_host_id and org.microsite_page_id:
        from hierarchy.microsite import sync_microsite_membership

        sync_microsite_membership(user, org, roles)


def sync_all_mirrors(org: Organization) -> None:
    """Mirror every role held on ``org`` (after it gets a tenant or a microsite); tenant
    roles its tenant held on its own are adopted first."""
    from django.contrib.auth import get_user_model

    if not org.tenant_id and not (org.microsite_host_id and org.microsite_page_id):
        return  # no Wagtail of its own: nothing to mirror into

    adopt_tenant_roles(org)
    users = get_user_model().objects.filter(org_roles__organization=org).distinct()
    for user in users:
        sync_mirrors(user, org)
