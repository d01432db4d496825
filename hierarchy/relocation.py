"""Moving an organisation's Wagtail content to another tenant, keeping its old URLs working.

Used by folding (a tenant becomes a hosted microsite of its parent's tenant) and by merging
(the merged organisation takes over the content of every source). Callers run inside the
action's transaction: the rows written here in the public and tenant schemas commit or roll
back with it (copied media files stay on disk if it rolls back; they are unreferenced).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django_tenants.utils import schema_context

from cms.transfer import Transfer, read_subtree, write_subtree
from hierarchy.microsite import (
    MICROSITE_PAGE_PERMISSIONS,
    create_microsite_page,
    ensure_microsite_groups,
    group_name,
)
from hierarchy.models import Organization
from hierarchy.roles import sync_all_mirrors


def site_root_id(schema: str) -> int:
    from wagtail.models import Site

    with schema_context(schema):
        return Site.objects.get(is_default_site=True).root_page_id


def page_urls(schema: str, page_ids) -> dict[int, str]:
    """Relative URLs (on the schema's default site) of ``page_ids``."""
    from wagtail.models import Page, Site

    with schema_context(schema):
        site = Site.objects.get(is_default_site=True)
        return {p.pk: p.relative_url(site) for p in Page.objects.filter(pk__in=list(page_ids))}


def primary_domain(tenant) -> str:
    domain = tenant.domains.filter(is_primary=True).first() or tenant.domains.first()
    return domain.domain


def drop_microsite_groups(org: Organization) -> None:
    """Delete the microsite's groups in the *active* schema (the host's)."""
    Group.objects.filter(name__in=[group_name(r, org) for r in MICROSITE_PAGE_PERMISSIONS]).delete()


@dataclass
class Folded:
    page_id: int
    transfer: Transfer
    domains: list[str]
    carried: list[str]


def fold_tenant_into(org: Organization, host, *, as_microsite: bool = True) -> Folded:
    """Copy the whole site of ``org``'s tenant (pages, images, documents) under a new page
    of ``host`` and make that page ``org``'s hosted microsite (``as_microsite=False``: the
    page just becomes part of ``host``'s site, for a merged-away organisation that keeps no
    editors of its own). The old tenant's domains move
    to ``host`` as Wagtail sites rooted at that page, so every old URL keeps resolving;
    microsites the old tenant hosted move along with new page ids; the old tenant is
    deactivated and loses its role rows (its schema stays until an operator drops it).
    Mirrors of roles on ``org`` are the caller's business."""
    from wagtail.models import Site

    from tenants.models import TenantRole

    old = org.tenant
    transfer = read_subtree(old.schema_name, site_root_id(old.schema_name))
    page_id = create_microsite_page(org, host)
    write_subtree(host.schema_name, transfer, page_id)
    domains = list(old.domains.all())
    with schema_context(host.schema_name):
        for domain in domains:
            Site.objects.update_or_create(
                hostname=domain.domain,
                port=80,
                defaults={"root_page_id": page_id, "site_name": org.name, "is_default_site": False},
            )
    for domain in domains:
        domain.tenant = host
        domain.is_primary = False
        domain.save()
    old.is_active = False
    old.save(update_fields=["is_active"])
    TenantRole.objects.filter(tenant=old).delete()
    org.tenant = None
    org.microsite_host = host if as_microsite else None
    org.microsite_page_id = page_id if as_microsite else None
    org.save(update_fields=["tenant", "microsite_host", "microsite_page_id", "updated_at"])
    if as_microsite:
        with schema_context(host.schema_name):
            ensure_microsite_groups(org)
    carried = []
    for hosted in Organization.objects.filter(microsite_host=old).select_related("microsite_host"):
        hosted.microsite_host = host
        hosted.microsite_page_id = transfer.page_map.get(hosted.microsite_page_id)
        hosted.save(update_fields=["microsite_host", "microsite_page_id", "updated_at"])
        with schema_context(host.schema_name):
            ensure_microsite_groups(hosted)
        sync_all_mirrors(hosted)
        carried.append(hosted.code)
    return Folded(page_id, transfer, [d.domain for d in domains], carried)


def gather_microsite(source: Organization, target_host, target_root_id: int) -> int:
    """Put the pages of ``source``'s hosted microsite below page ``target_root_id`` of
    ``target_host`` and redirect every old URL there; the old microsite root and its groups
    are removed. Returns the number of redirects written."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.models import Page, Site

    old_host = source.microsite_host
    redirects = 0
    if old_host.pk == target_host.pk:
        with schema_context(old_host.schema_name):
            site = Site.objects.get(is_default_site=True)
            target = Page.objects.get(pk=target_root_id)
            old_root = Page.objects.get(pk=source.microsite_page_id)
            old_url = old_root.relative_url(site)
            for child in old_root.get_children():
                # Wagtail records a redirect from each moved page's old URL (and below).
                child.move(target, pos="last-child")
                redirects += 1
            Redirect.objects.update_or_create(
                old_path=Redirect.normalise_path(old_url),
                site=site,
                defaults={"redirect_page": target, "redirect_link": ""},
            )
            old_root.delete()
            drop_microsite_groups(source)
        return redirects + 1
    # Another tenant's Wagtail: copy the pages and media, leave redirects to the new host.
    transfer = read_subtree(old_host.schema_name, source.microsite_page_id)
    write_subtree(target_host.schema_name, transfer, target_root_id, copy_root=False)
    new_urls = page_urls(target_host.schema_name, transfer.page_map.values())
    domain = primary_domain(target_host)
    with schema_context(old_host.schema_name):
        site = Site.objects.get(is_default_site=True)
        for copy in transfer.pages:
            target = f"http://{domain}{new_urls[transfer.page_map[copy.old_id]]}"
            Redirect.objects.update_or_create(
                old_path=Redirect.normalise_path(copy.old_url),
                site=site,
                defaults={"redirect_link": target, "redirect_page": None},
            )
            redirects += 1
        Page.objects.get(pk=source.microsite_page_id).delete()
        drop_microsite_groups(source)
    return redirects
