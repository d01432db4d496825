"""Settings of the GraphQL benchmark's server (bench/bench_graphql.py): production-like
(DEBUG off, masked errors, no introspection), plus Wagtail's REST API v2 mounted for the
comparison only (bench/urls_bench.py)."""

import os

from congdoan.settings.base import *  # noqa: F403
from congdoan.settings.base import BASE_DIR, INSTALLED_APPS
from congdoan.settings.secret import derived_voice_keys, install_secret_key

DEBUG = False
SECRET_KEY = install_secret_key(BASE_DIR)
# The workers' voice needs its keys at import time (the schema imports it); derived as in dev.
VOICE_ENCRYPTION_KEYS, VOICE_INDEX_KEY = derived_voice_keys(SECRET_KEY)
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "bench.urls_bench"
INSTALLED_APPS = [*INSTALLED_APPS, "rest_framework", "wagtail.api.v2"]
MEDIA_ROOT = BASE_DIR / "bench" / "results" / "media"
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_BASE_URL = "http://bench-gql.localhost"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
# BENCH_DIRECT_RESOLVERS=0 measures the API without graphql_api.content.fast (A/B).
GRAPHQL_DIRECT_RESOLVERS = os.environ.get("BENCH_DIRECT_RESOLVERS", "1") != "0"
