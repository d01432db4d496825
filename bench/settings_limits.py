"""Settings of bench/bench_limits.py: the demo's database and media, production-like GraphQL
(DEBUG off, masked errors, no introspection, the production limits)."""

from congdoan.settings.base import *  # noqa: F403
from congdoan.settings.base import BASE_DIR
from congdoan.settings.secret import derived_voice_keys, install_secret_key

DEBUG = False
SECRET_KEY = install_secret_key(BASE_DIR)
# The workers' voice needs its keys at import time (the schema imports it); derived as in dev.
VOICE_ENCRYPTION_KEYS, VOICE_INDEX_KEY = derived_voice_keys(SECRET_KEY)
ALLOWED_HOSTS = ["*"]
GRAPHQL_INTROSPECTION = False
GRAPHQL_MASK_ERRORS = True
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
