import time

from django.core.management.base import BaseCommand

from tenants.provisioning import ensure_template


class Command(BaseCommand):
    help = (
        "Build (or refresh, when tenant migrations changed) the template schema that new "
        "tenants are cloned from. Run after migrate_schemas --shared on every deploy."
    )

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Rebuild even if current.")

    def handle(self, *args, rebuild=False, verbosity=1, **options):
        started = time.perf_counter()
        state = ensure_template(rebuild=rebuild, verbosity=max(verbosity - 1, 0))
        self.stdout.write(
            f"Template schema {state.schema_name!r} ready ({len(state.plan)} clone statements, "
            f"{time.perf_counter() - started:.1f} s)."
        )
