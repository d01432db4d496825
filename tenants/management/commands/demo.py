import os

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django_tenants.utils import schema_context

from cms.demo_content import seed_tenant_content
from hierarchy.actions import GrantRole
from hierarchy.demo import MICROSITE_HOST_SCHEMA, seed_demo_tree
from tenants.demo import DEMO_TENANTS
from tenants.models import Role, Tenant
from tenants.provisioning import ensure_template, provision_tenant
from tenants.public import ensure_public_tenant

DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "congdoan-demo-2026")


class Command(BaseCommand):
    help = (
        "Migrate, seed the demo union tenants with Vietnamese content and serve on localhost. "
        "Safe to re-run: nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-serve", action="store_true", help="seed only, do not serve")
        parser.add_argument("--addrport", default=os.environ.get("DEMO_ADDRPORT", "127.0.0.1:8000"))

    def handle(self, *args, no_serve=False, addrport="127.0.0.1:8000", **options):
        say = self.stdout.write
        say("1/4 Migrating the public schema …")
        call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
        ensure_public_tenant()
        say("2/4 Preparing the tenant template and migrating existing tenants …")
        ensure_template()
        if Tenant.objects.exclude(schema_name="public").exists():
            call_command("migrate_schemas", tenant=True, interactive=False, verbosity=0)
        say("3/4 Provisioning demo tenants and content …")
        User = get_user_model()
        admin, created = User.objects.get_or_create(
            email="admin@congdoan.localhost",
            defaults={
                "is_staff": True,
                "is_superuser": True,
                "last_name": "Quản trị",
                "first_name": "Hệ thống",
            },
        )
        if created:
            admin.set_password(DEMO_PASSWORD)
            admin.save()
        port = addrport.rsplit(":", 1)[-1]
        rows = []
        for spec in DEMO_TENANTS:
            tenant = Tenant.objects.filter(schema_name=spec["schema_name"]).first()
            if tenant is None:
                tenant = provision_tenant(**spec).tenant
            editor_email = f"bientap@{spec['domain']}"
            editor, created = User.objects.get_or_create(
                email=editor_email, defaults={"last_name": "Biên tập", "first_name": "viên"}
            )
            if created:
                editor.set_password(DEMO_PASSWORD)
                editor.save()
            GrantRole(editor, tenant, Role.EDITOR).execute()
            with schema_context(tenant.schema_name):
                new = seed_tenant_content(tenant.name)
            rows.append((tenant, spec["domain"], editor_email, new))
        # The org tree needs the tenants: it links them to their organisations and hosts a
        # grassroots microsite in ldld_hanoi.
        tree = seed_demo_tree(verbosity=0)
        say("4/4 Ready.\n")
        say(f"  Platform admin (all tenants): admin@congdoan.localhost / {DEMO_PASSWORD}")
        say(f"  Public directory:             http://localhost:{port}/")
        for tenant, domain, editor_email, new in rows:
            say(
                f"  {tenant.name}\n    admin:  http://{domain}:{port}/admin/"
                f"   editor: {editor_email} / {DEMO_PASSWORD}   (+{new} new articles)"
            )
        say(
            f"  Org tree: {tree['organizations']} organisations, linked to "
            f"{', '.join(tree['linked_tenants']) or 'no tenant'}"
        )
        host = next(
            (
                spec["domain"]
                for spec in DEMO_TENANTS
                if spec["schema_name"] == MICROSITE_HOST_SCHEMA
            ),
            None,
        )
        if tree["province_admin"] and host:
            say(
                f"    Hà Nội branch admin (org tree, only Hà Nội): "
                f"{tree['province_admin']['email']} / {DEMO_PASSWORD}   "
                f"http://{host}:{port}/admin/to-chuc/"
            )
        micro = tree["microsite"]
        if micro and host:
            say(
                f"    Microsite of {micro['name']} (hosted by {MICROSITE_HOST_SCHEMA}):\n"
                f"      site:   http://{host}:{port}{micro['url']}\n"
                f"      editor: {micro['editor']} / {DEMO_PASSWORD}   "
                f"http://{host}:{port}/admin/pages/{micro['page_id']}/   "
                "(edits only this microsite's pages)"
            )
        if not no_serve:
            call_command("runserver", addrport, use_reloader=False)
