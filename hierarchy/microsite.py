"""Hosted microsites: an organisation's page subtree inside its host tenant's Wagtail.

Its own editors are put in per-microsite groups of the host schema whose page permissions
are granted on the microsite's root page only, so Wagtail lets them touch that subtree and
nothing else of the host. The groups also get admin access and permission to *choose*
images and documents (to use the host's media) without changing the host's collections.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django_tenants.utils import schema_context

from accounts.roles import Role as R
from hierarchy.models import Organization

# Page permissions per role inside the microsite (same as the tenant-wide role groups).
MICROSITE_PAGE_PERMISSIONS = {
    R.ADMIN: [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
    R.MODERATOR: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    R.EDITOR: ["add_page", "change_page"],
}
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtaildocs", "add_document"),
]


def group_name(role: str, org: Organization) -> str:
    return f"{R(role).label} – {org.code}"


def ensure_microsite_groups(org: Organization) -> dict[str, Group]:
    """Create (or repair) the microsite's groups in the *active* schema (the host's)."""
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    page = Page.objects.get(pk=org.microsite_page_id)
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    root_collection = Collection.get_first_root_node()
    groups = {}
    for role, codenames in MICROSITE_PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name(role, org))
        group.permissions.add(access_admin)
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
        for app_label, codename in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                ),
            )
        groups[role] = group
    return groups


def sync_microsite_membership(user, org: Organization, roles: set[str]) -> None:
    from grants.models import UserGroup

    with schema_context(org.microsite_host.schema_name):
        groups = ensure_microsite_groups(org)
        wanted = {groups[r].pk for r in roles if r in groups}
        UserGroup.objects.filter(user=user, group_id__in=[g.pk for g in groups.values()]).exclude(
            group_id__in=wanted
        ).delete()
        for group_id in wanted:
            UserGroup.objects.get_or_create(user=user, group_id=group_id)


def create_microsite_page(org: Organization, host) -> int:
    """Add the microsite's home page under the host tenant's home page; returns its id.

    The page is a ``cms.HomePage`` (the root of a hosted microsite, as of a tenant)."""
    from wagtail.models import Site

    from cms.models import HomePage
    from congdoan.text import vn_slugify

    with schema_context(host.schema_name):
        site = Site.objects.get(is_default_site=True)
        parent = site.root_page
        page = HomePage(title=org.name, slug=vn_slugify(org.code), intro="")
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page.pk
