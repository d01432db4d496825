"""Who may act for which organisation, and which organisation a page belongs to.

A role on an organisation covers its subtree (``hierarchy.roles``). Besides org roles, a
tenant role (``tenants.TenantRole``, e.g. the demo editors) counts as a role on the tenant's
own organisation. Sharing, deciding proposals and reminding need at least ``editor``; issuing
a mandatory directive needs ``moderator``.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q

from hierarchy.models import ROLE_RANK, Organization, OrgRole, OrgRoleName
from tenants.models import TenantRole

EDITOR = ROLE_RANK[OrgRoleName.EDITOR]
MODERATOR = ROLE_RANK[OrgRoleName.MODERATOR]
SUPER = 99


def active_tenant():
    """The tenant whose schema is active (also under ``schema_context``, which sets a
    stand-in tenant without a primary key), or None in the public or template schema."""
    from django.db import connection

    name = connection.schema_name
    tenant = getattr(connection, "tenant", None)
    if not name or name == "public":
        return None
    if getattr(tenant, "pk", None) and tenant.schema_name == name:
        return tenant
    from tenants.models import Tenant

    return Tenant.objects.filter(schema_name=name).first()


def _prefixes(path: str) -> list[str]:
    step = Organization.steplen
    return [path[:i] for i in range(step, len(path) + 1, step)]


def role_paths(user) -> list[tuple[str, int]]:
    """(organisation path, rank) of every role ``user`` holds (org roles and tenant roles)."""
    rows = list(OrgRole.objects.filter(user=user).values_list("organization__path", "role"))
    rows += list(
        TenantRole.objects.filter(user=user, tenant__organization__isnull=False).values_list(
            "tenant__organization__path", "role"
        )
    )
    return [(path, ROLE_RANK[role]) for path, role in rows if role in ROLE_RANK]


def rank_on(user, org: Organization) -> int:
    """Highest rank ``user`` holds on ``org`` or an ancestor (``SUPER`` for superusers)."""
    if user is None or not user.is_authenticated:
        return 0
    if user.is_superuser:
        return SUPER
    return max((rank for path, rank in role_paths(user) if org.path.startswith(path)), default=0)


def require_rank(user, org: Organization, min_rank: int, what: str) -> None:
    """``user`` None is the system (commands, signals) and is always allowed."""
    if user is None:
        return
    if rank_on(user, org) < min_rank:
        role = next(r for r, v in ROLE_RANK.items() if v == min_rank)
        raise PermissionDenied(
            f"Bạn cần vai trò {OrgRoleName(role).label.lower()} trở lên tại {org.name} "
            f"hoặc đơn vị cấp trên để {what}."
        )


def tenant_organizations(tenant):
    """Organisations whose content lives in ``tenant``: its own and its hosted microsites."""
    return Organization.objects.filter(Q(tenant=tenant) | Q(microsite_host=tenant))


def organizations_here(user, tenant, min_rank: int = EDITOR) -> list[Organization]:
    """Organisations with content in ``tenant`` on which ``user`` holds at least
    ``min_rank`` (two queries)."""
    if user is None or not user.is_authenticated:
        return []
    orgs = list(tenant_organizations(tenant).select_related("tenant").order_by("path"))
    if user.is_superuser:
        return orgs
    roots = [path for path, rank in role_paths(user) if rank >= min_rank]
    return [o for o in orgs if any(o.path.startswith(p) for p in roots)]


def content_org_for_page(page, tenant) -> Organization:
    """The organisation ``page`` belongs to (in the active schema of ``tenant``): the hosted
    microsite whose subtree contains it, otherwise the tenant's own organisation."""
    from wagtail.models import Page

    hosted = dict(
        Organization.objects.filter(
            microsite_host=tenant, microsite_page_id__isnull=False
        ).values_list("microsite_page_id", "pk")
    )
    if hosted:
        roots = Page.objects.filter(pk__in=list(hosted)).values_list("pk", "path")
        inside = [(path, pk) for pk, path in roots if page.path.startswith(path)]
        if inside:
            _, page_pk = max(inside, key=lambda item: len(item[0]))
            return Organization.objects.get(pk=hosted[page_pk])
    org = Organization.objects.filter(tenant=tenant).first()
    if org is None:
        raise ValidationError(
            f"Trang của {tenant.name} chưa gắn với tổ chức nào trong cây tổ chức: "
            "không thể chia sẻ hay đề xuất."
        )
    return org
