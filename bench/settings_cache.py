"""Settings of the cached-read benchmark (bench/bench_cache.py): production-like, plus the
floor view (bench/urls_cache.py)."""

from congdoan.settings.base import *  # noqa: F403
from congdoan.settings.base import BASE_DIR
from congdoan.settings.secret import derived_voice_keys, install_secret_key

DEBUG = False
SECRET_KEY = install_secret_key(BASE_DIR)
# The workers' voice needs its keys at import time (the schema imports it); derived as in dev.
VOICE_ENCRYPTION_KEYS, VOICE_INDEX_KEY = derived_voice_keys(SECRET_KEY)
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "bench.urls_cache"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
