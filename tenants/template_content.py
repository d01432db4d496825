"""What every new tenant starts with: written once into the template schema, then cloned."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, Site

from tenants.roles import ROLE_GROUPS

PAGE_PERMISSIONS = {
    "Quản trị viên": [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
    "Kiểm duyệt viên": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Biên tập viên": ["add_page", "change_page"],
}
COLLECTION_MODELS = {"image": "wagtailimages", "document": "wagtaildocs"}
COLLECTION_PERMISSIONS = {
    "Quản trị viên": ["add", "change", "delete", "choose"],
    "Kiểm duyệt viên": ["add", "change", "delete", "choose"],
    "Biên tập viên": ["add", "change", "choose"],
}
# Model permissions only the tenant admin group gets (site settings, redirects, forms).
ADMIN_MODEL_PERMISSIONS = [
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
    ("wagtailredirects", "delete_redirect"),
    ("wagtailcore", "add_collection"),
    ("wagtailcore", "change_collection"),
    ("wagtailcore", "delete_collection"),
    ("wagtailcore", "add_workflow"),
    ("wagtailcore", "change_workflow"),
    ("wagtailcore", "add_task"),
    ("wagtailcore", "change_task"),
]


@transaction.atomic
def prepare_template_content() -> None:
    """Turn the freshly migrated template into the tenant starting point (idempotent).

    Wagtail's migrations create an English "Welcome" page, a localhost site and the
    "Editors"/"Moderators" groups; tenants get Vietnamese role groups instead and their own
    site and home page at provisioning.
    """
    Site.objects.all().delete()
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    Group.objects.filter(name="Moderators").update(name=ROLE_GROUPS["moderator"])
    Group.objects.filter(name="Editors").update(name=ROLE_GROUPS["editor"])
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    root_collection = Collection.get_first_root_node()
    for name in ROLE_GROUPS.values():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        GroupPagePermission.objects.filter(group=group).delete()
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.create(
                group=group,
                page=root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
        GroupCollectionPermission.objects.filter(group=group).delete()
        for model, app_label in COLLECTION_MODELS.items():
            for action in COLLECTION_PERMISSIONS[name]:
                permission = Permission.objects.get(
                    content_type__app_label=app_label, codename=f"{action}_{model}"
                )
                GroupCollectionPermission.objects.create(
                    group=group, collection=root_collection, permission=permission
                )
    admin_group = Group.objects.get(name=ROLE_GROUPS["admin"])
    for app_label, codename in ADMIN_MODEL_PERMISSIONS:
        admin_group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    ContentType.objects.clear_cache()


def create_site_for_tenant(tenant, hostname: str) -> Site:
    """Give a freshly cloned tenant its home page and Wagtail site."""
    from cms.models import HomePage

    root = Page.get_first_root_node()
    home = HomePage(title=tenant.name, slug="trang-chu", intro="")
    root.add_child(instance=home)
    home.save_revision().publish()
    return Site.objects.create(
        hostname=hostname,
        port=80,
        root_page=home,
        is_default_site=True,
        site_name=tenant.name,
    )
