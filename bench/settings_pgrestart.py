"""Settings of bench/bench_pg_restart.py's app server: production settings (DEBUG off, the
outage middleware, persistent connections with health checks) plus one write endpoint, with
plain static files (no collectstatic needed)."""

from congdoan.settings.production import *  # noqa: F403
from congdoan.settings.production import STORAGES

ROOT_URLCONF = "bench.urls_pgrestart"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "CRITICAL"}}
