from django.core.management.base import BaseCommand

from tenants.public import ensure_public_tenant


class Command(BaseCommand):
    help = (
        "Register the host that serves the public schema (platform admin at /django-admin/ "
        "and the tenant directory). Idempotent. Defaults to CONGDOAN_PUBLIC_HOST."
    )

    def add_arguments(self, parser):
        parser.add_argument("hostname", nargs="?", default=None)

    def handle(self, *args, hostname=None, **options):
        tenant = ensure_public_tenant(hostname)
        hosts = ", ".join(tenant.domains.values_list("domain", flat=True))
        self.stdout.write(f"Public schema served on: {hosts}")
