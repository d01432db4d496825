from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schema.graphql"


def current_sdl() -> str:
    from graphql_api.schema import schema

    return schema.as_str().rstrip() + "\n"


class Command(BaseCommand):
    help = "Write graphql_api/schema.graphql (or with --check, fail when it is stale)."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true")

    def handle(self, *args, check=False, **options):
        sdl = current_sdl()
        if check:
            if not SCHEMA_FILE.exists() or SCHEMA_FILE.read_text() != sdl:
                raise CommandError(
                    "graphql_api/schema.graphql is stale: run "
                    "`python3 dev.py manage export_graphql_schema` and commit it."
                )
            self.stdout.write("schema.graphql is current.")
            return
        SCHEMA_FILE.write_text(sdl)
        self.stdout.write(f"Wrote {SCHEMA_FILE}")
