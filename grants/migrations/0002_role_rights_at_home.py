"""Existing tenants: the role groups' page rights move from Root to the home page (new
tenants get them there at provisioning, tenants/template_content.py), and the log of
removing Wagtail's English "Welcome" page goes; the tree's root is titled "Gốc"."""

from django.db import migrations

ROLE_GROUPS = ["Quản trị viên", "Kiểm duyệt viên", "Biên tập viên"]


def forwards(apps, schema_editor):
    connection = schema_editor.connection
    if getattr(connection, "schema_name", "public") == "public":
        return  # grants is also a shared app; the page tree lives in tenant schemas only
    Site = apps.get_model("wagtailcore", "Site")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    PageLogEntry = apps.get_model("wagtailcore", "PageLogEntry")
    PageLogEntry.objects.filter(label="Welcome to your new Wagtail site!").delete()
    Page.objects.filter(depth=1, title="Root").update(title="Gốc", draft_title="Gốc")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return  # the template schema: no home page yet
    root = Page.objects.filter(depth=1).first()
    home_id = site.root_page_id
    if root is None or root.pk == home_id:
        return
    for grant in GroupPagePermission.objects.filter(group__name__in=ROLE_GROUPS, page=root):
        GroupPagePermission.objects.get_or_create(
            group_id=grant.group_id, page_id=home_id, permission_id=grant.permission_id
        )
        grant.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("grants", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
