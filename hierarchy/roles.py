"""Roles of accounts on organisations, their subtree scope, and escalation rules.

A role on an organisation covers its subtree: an account's *effective* role on an
organisation is the highest role it holds on that organisation or any ancestor (one query
over at most ~6 ancestor paths). Managing roles and restructuring needs an effective
``admin``; nobody grants a role above their own, grants to themselves, or acts outside their
subtree (a provincial admin has no role on a sibling province, so every check fails there).

Roles are mirrored into Wagtail where the organisation's content lives:

* the organisation *is* a tenant: ``tenants.TenantRole`` rows and that tenant's role groups
  (``tenants.roles.sync_groups``);
* the organisation is a hosted microsite: per-microsite groups in the host tenant's schema
  ("Biên tập viên – <code>") whose page permissions cover the microsite's root page only.
"""

from __future__ import annotations

from functools import reduce
from operator import or_

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q

from hierarchy.models import ROLE_RANK, EventAction, Organization, OrganizationEvent, OrgRole
from hierarchy.models import OrgRoleName as R

ADMIN_RANK = ROLE_RANK[R.ADMIN]


def _ancestor_paths(org: Organization) -> list[str]:
    step = org.steplen
    return [org.path[:i] for i in range(step, len(org.path) + 1, step)]


def effective_rank(user, org: Organization) -> int:
    """Highest role rank ``user`` holds on ``org`` or an ancestor (5 for superusers)."""
    if user is None or not user.is_authenticated:
        return 0
    if user.is_superuser:
        return ADMIN_RANK + 1
    roles = OrgRole.objects.filter(
        user=user, organization__path__in=_ancestor_paths(org)
    ).values_list("role", flat=True)
    return max((ROLE_RANK[r] for r in roles), default=0)


def effective_role(user, org: Organization) -> str | None:
    rank = min(effective_rank(user, org), ADMIN_RANK)
    return next((role for role, r in ROLE_RANK.items() if r == rank), None)


def is_admin_of(user, org: Organization) -> bool:
    return effective_rank(user, org) >= ADMIN_RANK


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
    paths = [
        path
        for path, role in OrgRole.objects.filter(user=user).values_list(
            "organization__path", "role"
        )
        if ROLE_RANK[role] >= min_rank
    ]
    if not paths:
        return None
    # Drop paths inside another kept path: fewer OR terms, same rows.
    roots = [p for p in sorted(set(paths)) if not any(p != q and p.startswith(q) for q in paths)]
    return reduce(or_, (Q(path__startswith=p) for p in roots))


def organizations_for(user, *, min_role: str = R.READER):
    """Organisations ``user`` may act on with at least ``min_role`` (their role subtrees)."""
    if user is None or not user.is_authenticated:
        return Organization.objects.none()
    if user.is_superuser:
        return Organization.objects.all()
    q = _scope_q(user, ROLE_RANK[min_role])
    return Organization.objects.filter(q) if q is not None else Organization.objects.none()


def _check_grant(user, org: Organization, role: str, actor) -> None:
    if role not in R.values:
        raise ValidationError(f"Vai trò {role!r} không tồn tại; chọn: {', '.join(R.values)}.")
    if actor is None or actor.is_superuser:
        return
    if actor.pk == user.pk:
        raise PermissionDenied("Không thể tự cấp hoặc thu hồi vai trò của chính mình.")
    rank = effective_rank(actor, org)
    if rank < ADMIN_RANK:
        raise PermissionDenied(
            f"Chỉ quản trị viên của {org.name} hoặc của đơn vị cấp trên mới được phân vai trò "
            "tại đơn vị này."
        )
    if ROLE_RANK[role] > rank:
        raise PermissionDenied("Không thể cấp vai trò cao hơn vai trò của chính bạn.")


@transaction.atomic
def grant_org_role(user, org: Organization, role: str, *, granted_by=None) -> OrgRole:
    org = _fresh(org)
    _check_grant(user, org, role, granted_by)
    obj, created = OrgRole.objects.get_or_create(
        user=user, organization=org, role=role, defaults={"granted_by": granted_by}
    )
    if created:
        sync_mirrors(user, org)
        _record(EventAction.ROLE_GRANT, org, granted_by, user, role)
    return obj


@transaction.atomic
def revoke_org_role(user, org: Organization, role: str, *, revoked_by=None) -> None:
    org = _fresh(org)
    _check_grant(user, org, role, revoked_by)
    deleted, _ = OrgRole.objects.filter(user=user, organization=org, role=role).delete()
    if deleted:
        sync_mirrors(user, org)
        _record(EventAction.ROLE_REVOKE, org, revoked_by, user, role)


def _fresh(org: Organization) -> Organization:
    """The organisation as stored now (its tenant or microsite may have changed)."""
    return Organization.objects.select_related("tenant", "microsite_host").get(pk=org.pk)


def _record(action, org, actor, user, role) -> None:
    verb = "Cấp" if action == EventAction.ROLE_GRANT else "Thu hồi"
    event = OrganizationEvent.objects.create(
        action=action,
        actor=actor,
        summary=f"{verb} vai trò {R(role).label} tại {org.code} cho {user.email}",
        payload={"code": org.code, "user": user.email, "role": role},
    )
    event.organizations.add(org)


def sync_mirrors(user, org: Organization) -> None:
    """Make the Wagtail side of ``user``'s roles on ``org`` match the OrgRole rows."""
    roles = set(OrgRole.objects.filter(user=user, organization=org).values_list("role", flat=True))
    if org.tenant_id:
        from tenants.models import TenantRole
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
    """Mirror every role held on ``org`` (after it gets a tenant or a microsite)."""
    from django.contrib.auth import get_user_model

    if not org.tenant_id and not (org.microsite_host_id and org.microsite_page_id):
        return  # no Wagtail of its own: nothing to mirror into

    users = get_user_model().objects.filter(org_roles__organization=org).distinct()
    for user in users:
        sync_mirrors(user, org)
