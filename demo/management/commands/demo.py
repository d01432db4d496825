import os
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django_tenants.utils import schema_context

from demo.content import seed_tenant_content
from demo.programme import seed_demo_programme
from demo.tenants import DEMO_TENANTS, demo_account, demo_password, seed_tenant_people
from demo.tree import MICROSITE_HOST_SCHEMA, seed_demo_tree
from demo.voice import seed_demo_voice
from tenants.models import Tenant
from tenants.provisioning import ensure_template, provision_tenant
from tenants.public import ensure_public_tenant


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
        password = demo_password()
        say("1/4 Migrating the public schema …")
        call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
        ensure_public_tenant()
        say("2/4 Preparing the tenant template and migrating existing tenants …")
        ensure_template()
        if Tenant.objects.exclude(schema_name="public").exists():
            call_command("migrate_schemas", tenant=True, interactive=False, verbosity=0)
        say("3/4 Provisioning demo tenants and content …")
        demo_account(
            "admin@congdoan.localhost", "Quản trị", "Hệ thống", is_staff=True, is_superuser=True
        )
        port = addrport.rsplit(":", 1)[-1]
        rows = []
        for spec in DEMO_TENANTS:
            tenant = Tenant.objects.filter(schema_name=spec["schema_name"]).first()
            if tenant is None:
                tenant = provision_tenant(**spec).tenant
            people = seed_tenant_people(tenant, spec["domain"])
            with schema_context(tenant.schema_name):
                new = seed_tenant_content(tenant.name)
            rows.append((tenant, spec["domain"], people, new))
        # The org tree needs the tenants: it links them to their organisations and hosts a
        # grassroots microsite in ldld_hanoi.
        tree = seed_demo_tree(verbosity=0)
        # Workers' voice: handlers, saved answers and members' cases on the Hà Nội branch.
        voice = seed_demo_voice()
        # The communication programme: plan, a year of figures, channels, training, a report.
        programme = seed_demo_programme()
        say("4/4 Ready.\n")
        say(f"  Platform admin (all tenants): admin@congdoan.localhost / {password}")
        say(f"  Public directory:             http://localhost:{port}/")
        for tenant, domain, people, new in rows:
            say(
                f"  {tenant.name}\n    admin:  http://{domain}:{port}/admin/"
                f"   editor: {people['editor']} / {password}   (+{new} new articles)\n"
                f"    moderator: {people['moderator']} / {password}"
                f"   frontend preview: {people['preview']}\n"
                f"    feeds:  http://{domain}:{port}/feeds/rss.xml  (atom.xml, feed.json)"
                f"   sitemap: http://{domain}:{port}/sitemap.xml"
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
                f"{tree['province_admin']['email']} / {password}   "
                f"http://{host}:{port}/admin/to-chuc/"
            )
        micro = tree["microsite"]
        if micro and host:
            say(
                f"    Microsite of {micro['name']} (hosted by {MICROSITE_HOST_SCHEMA}):\n"
                f"      site:   http://{host}:{port}{micro['url']}\n"
                f"      editor: {micro['editor']} / {password}   "
                f"http://{host}:{port}/admin/pages/{micro['page_id']}/   "
                "(edits only this microsite's pages)"
            )
        if voice and host:
            say(
                f"    Workers' voice (Ý kiến người lao động), {voice['cases']} cases:\n"
                f"      form:     http://{host}:{port}/y-kien/   "
                f"(any unit: /y-kien/{voice['grassroots_code']}/)   "
                f"follow: http://{host}:{port}/y-kien/theo-doi/\n"
                f"      handler:  {voice['handler']} / {password}   "
                f"http://{host}:{port}/admin/y-kien/\n"
                f"      supervisor: {voice['supervisor']} / {password}"
            )
        if programme and host:
            say(
                f"    Communication programme (Chương trình truyền thông), {programme['year']}: "
                f"{programme['events']} publication events\n"
                f"      dashboard: http://{host}:{port}/admin/chuong-trinh/bang-theo-doi/"
                f"?org={programme['org']}   plans, training, channels, reports in the same menu\n"
                f"      as {programme['admin']} / {password} (a report waits in the inbox)"
            )
        if not no_serve:
            # Scheduled publishing, webhooks and background renditions run on the job queue:
            # one worker beside the development server, stopped with it.
            say("  Background worker: python manage.py worker (started, stops with the server)")
            manage = str(settings.BASE_DIR / "manage.py")
            worker = subprocess.Popen([sys.executable, manage, "worker"])
            try:
                call_command("runserver", addrport, use_reloader=False)
            finally:
                worker.terminate()
                try:
                    worker.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    worker.kill()
