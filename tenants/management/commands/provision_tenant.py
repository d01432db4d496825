import time

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from tenants.models import TenantKind
from tenants.provisioning import provision_tenant


class Command(BaseCommand):
    help = "Create a tenant (own Wagtail newsroom) by cloning the template schema."

    def add_arguments(self, parser):
        parser.add_argument("schema_name", help="e.g. ldld_hanoi (a-z, 0-9, _)")
        parser.add_argument("domain", help="primary host name, e.g. hanoi.congdoan.vn")
        parser.add_argument("--name", required=True, help="full Vietnamese name")
        parser.add_argument("--short-name", default="")
        parser.add_argument("--kind", required=True, choices=TenantKind.values)

    def handle(self, *args, **options):
        started = time.perf_counter()
        try:
            result = provision_tenant(
                schema_name=options["schema_name"],
                domain=options["domain"],
                name=options["name"],
                short_name=options["short_name"],
                kind=options["kind"],
            )
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Created tenant {result.tenant.name!r} (schema {result.tenant.schema_name}, "
                f"host {result.domain.domain}) in {time.perf_counter() - started:.2f} s."
            )
        )
