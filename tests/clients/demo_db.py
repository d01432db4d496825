"""The seeded demo database that the client tests (tests/clients/demo_server.py) and the
portal's end-to-end run (frontend/tests/e2e.py) keep between runs, and the environment of
the Django processes serving it. Imports nothing of Django: the portal's runner uses it
outside pytest."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg

ROOT = Path(__file__).resolve().parents[2]


def media_root(url: str) -> Path:
    """The demo database's uploaded files: a directory of its own per database (the
    database is kept between runs, so its files must be too)."""
    return ROOT / ".test-media" / urlsplit(url).path.lstrip("/")


def ensure_database(url: str) -> None:
    """Create the demo database if missing; drop and create it again when its files are
    gone (a fresh checkout next to a database kept from another one: its images would point
    at files that do not exist)."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    media = media_root(url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and not media.is_dir():
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
    media.mkdir(parents=True, exist_ok=True)


def demo_env(url: str, secret: str) -> dict:
    """The environment of a development server of the demo database at ``url``: no
    REDIS_URL (the response cache is keyed by schema name, and every demo database has the
    same schema names), nothing of the test run's Django or pytest settings."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST", "REDIS_URL"))
    }
    env.update(
        DATABASE_URL=url,
        MEDIA_ROOT=str(media_root(url)),
        DJANGO_SETTINGS_MODULE="congdoan.settings.dev",
        DJANGO_SECRET_KEY=secret,
        PYTHONUNBUFFERED="1",
    )
    return env
