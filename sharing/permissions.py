"""Which tenant is active and which organisation a page belongs to.

Roles and their ranks are ``accounts.roles``; who holds which rank on an organisation (a
role covers its subtree, a tenant role counts as a role on the tenant's organisation) is
``hierarchy.roles``. Sharing, deciding proposals and reminding need at least ``editor``;
issuing a mandatory directive needs ``moderator``.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Q

from hierarchy.models import Organization


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


def tenant_organizations(tenant):
    """Organisations whose content lives in ``tenant``: its own and its hosted microsites."""
    return Organization.objects.filter(Q(tenant=tenant) | Q(microsite_host=tenant))


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
