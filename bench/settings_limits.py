"""Settings of bench/bench_limits.py: the demo's database and media, production-like GraphQL
(DEBUG off, masked errors, no introspection, the production limits)."""

from congdoan.settings.base import *  # noqa: F403
from congdoan.settings.env import env_str

DEBUG = False
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "bench-only-key-not-for-production")
ALLOWED_HOSTS = ["*"]
GRAPHQL_INTROSPECTION = False
GRAPHQL_MASK_ERRORS = True
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
