"""The database of the voice deadline benchmarks: its own (``BENCH_DB``, default
``congdoan_bench_voice``) on the server of ``DATABASE_URL``, migrated (public schema only)
and holding the generated national tree (``hierarchy.generator``, about 130,000
organisations), imported once and reused by later runs.

Import this module before anything from Django: it sets DATABASE_URL and calls
``django.setup()``."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "congdoan.settings.dev")

BENCH_DB = os.environ.get("BENCH_DB", "congdoan_bench_voice")


def _use_bench_database() -> str:
    import psycopg

    url = os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/postgres"
    parts = urlsplit(url)
    if "bench" not in parts.path.lstrip("/"):
        url = urlunsplit(parts._replace(path="/" + BENCH_DB))
        parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    os.environ["DATABASE_URL"] = url
    return url


BENCH_URL = _use_bench_database()

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402


def ready() -> int:
    """Migrate and load the full tree if missing; returns the number of organisations."""
    from hierarchy.generator import generate
    from hierarchy.importer import import_rows
    from hierarchy.models import Organization

    t0 = time.perf_counter()
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    connection.set_schema_to_public()
    count = Organization.objects.count()
    if count < 100_000:
        rows = generate("full")
        import_rows(rows, source="bench-voice")
        count = Organization.objects.count()
        print(f"  imported the generated tree: {count:,} organisations")
    print(f"  database ready in {time.perf_counter() - t0:.1f} s ({count:,} organisations)")
    settings.DEBUG = False  # no query log while timing
    return count


def database_label() -> str:
    return BENCH_URL.rsplit("@", 1)[-1]
