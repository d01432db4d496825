"""What every new tenant starts with: written once into the template schema, then cloned."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageLogEntry,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from congdoan.text import vn_slugify
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
    "Biên tập viên": ["add_page", "change_page", "lock_page"],
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
    ("cms", "add_topic"),
    ("cms", "change_topic"),
    ("cms", "delete_topic"),
    ("cms", "add_menu"),
    ("cms", "change_menu"),
    ("cms", "delete_menu"),
    ("cms", "change_sitesettings"),
]
# Moderators keep the taxonomy and the menus up to date.
MODERATOR_MODEL_PERMISSIONS = [
    ("cms", "add_topic"),
    ("cms", "change_topic"),
    ("cms", "add_menu"),
    ("cms", "change_menu"),
]

# The worker-concern taxonomy every tenant starts with (name, description).
TOPICS = [
    ("Tiền lương", "Lương tối thiểu vùng, thang bảng lương, trả lương, tiền thưởng."),
    ("Bảo hiểm xã hội", "Đóng, hưởng bảo hiểm xã hội; ốm đau, thai sản, hưu trí, một lần."),
    ("Bảo hiểm y tế", "Thẻ bảo hiểm y tế, khám chữa bệnh, quyền lợi người lao động."),
    ("Hợp đồng lao động", "Giao kết, thực hiện, chấm dứt hợp đồng lao động; thử việc."),
    ("Thời giờ làm việc, nghỉ ngơi", "Giờ làm việc, làm thêm giờ, nghỉ phép, nghỉ lễ, Tết."),
    ("An toàn, vệ sinh lao động", "Phòng ngừa tai nạn lao động, bệnh nghề nghiệp, huấn luyện."),
    ("Nhà ở, thiết chế công đoàn", "Nhà ở xã hội, nhà trọ công nhân, thiết chế công đoàn."),
    ("Thương lượng tập thể", "Đối thoại tại nơi làm việc, thỏa ước lao động tập thể."),
    ("Phúc lợi, chăm lo đời sống", "Chăm lo, thăm hỏi, hỗ trợ đoàn viên có hoàn cảnh khó khăn."),
    ("Tư vấn pháp luật", "Tư vấn, trợ giúp pháp lý miễn phí cho đoàn viên, người lao động."),
    ("Lao động nữ, chăm sóc trẻ em", "Quyền lợi lao động nữ, thai sản, nhà trẻ, mẫu giáo."),
    ("Việc làm, đào tạo nghề", "Tìm việc làm, đào tạo, nâng cao tay nghề, chuyển đổi nghề."),
]

ROOT_TITLE = "Gốc"
WORKFLOW_NAME = "Biên tập → Duyệt"
# (task name, groups that may approve it), in order.
WORKFLOW_STEPS = [
    ("Biên tập", ["Kiểm duyệt viên"]),
    ("Duyệt", ["Quản trị viên", "Kiểm duyệt viên"]),
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
    for role, permissions in (
        ("admin", ADMIN_MODEL_PERMISSIONS),
        ("moderator", MODERATOR_MODEL_PERMISSIONS),
    ):
        group = Group.objects.get(name=ROLE_GROUPS[role])
        for app_label, codename in permissions:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
    seed_topics()
    seed_workflow(root)
    # The history of removing Wagtail's English "Welcome" page is not the tenants' history,
    # and the tree's root shows as "Gốc", not "Root", in parent columns and breadcrumbs.
    PageLogEntry.objects.all().delete()
    Page.objects.filter(depth=1).update(title=ROOT_TITLE, draft_title=ROOT_TITLE)
    ContentType.objects.clear_cache()


def seed_topics() -> None:
    """The worker-concern topics, in order, with accent-free slugs."""
    from cms.models import Topic

    for order, (name, description) in enumerate(TOPICS, start=1):
        Topic.objects.update_or_create(
            slug=vn_slugify(name),
            defaults={"name": name, "description": description, "sort_order": order},
        )


def seed_workflow(root: Page) -> None:
    """The two-step moderation workflow, assigned to the whole page tree.

    Wagtail's own "Moderators approval" workflow is replaced. Editors ("Biên tập viên") can
    only submit; moderators review ("Biên tập"), then a moderator or an admin approves and
    publishes ("Duyệt"). Moderators and admins may also publish directly.
    """
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    workflow.active = True
    workflow.save()
    tasks = []
    for name, group_names in WORKFLOW_STEPS:
        task = GroupApprovalTask.objects.filter(name=name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=name)
        task.active = True
        task.save()
        task.groups.set(Group.objects.filter(name__in=group_names))
        tasks.append(task)
    WorkflowTask.objects.filter(workflow=workflow).delete()
    for order, task in enumerate(tasks):
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    Workflow.objects.exclude(pk=workflow.pk).delete()
    GroupApprovalTask.objects.exclude(pk__in=[t.pk for t in tasks]).delete()


def grant_role_rights_at_home(home: Page) -> int:
    """Move the role groups' page permissions from Root to the tenant's home page.

    The template has no home page, so its groups hold their rights on Root; once a tenant
    has its home, rights start there: the explorer opens at the home page, "+" never offers
    a second home page at Root, and the dashboard names the tenant's site. Idempotent;
    returns how many permissions were moved.
    """
    root = Page.get_first_root_node()
    groups = Group.objects.filter(name__in=ROLE_GROUPS.values())
    moved = 0
    for grant in GroupPagePermission.objects.filter(group__in=groups, page=root):
        GroupPagePermission.objects.get_or_create(
            group_id=grant.group_id, page=home, permission_id=grant.permission_id
        )
        grant.delete()
        moved += 1
    return moved


def create_site_for_tenant(tenant, hostname: str) -> Site:
    """Give a freshly cloned tenant its home page and Wagtail site, with the role groups'
    page rights on that home page."""
    from cms.models import HomePage

    root = Page.get_first_root_node()
    home = HomePage(title=tenant.name, slug="trang-chu", intro="")
    root.add_child(instance=home)
    home.save_revision().publish()
    grant_role_rights_at_home(home)
    return Site.objects.create(
        hostname=hostname,
        port=80,
        root_page=home,
        is_default_site=True,
        site_name=tenant.name,
    )
