"""Settings of bench/bench_voice_intake.py's server: production-like (DEBUG off, persistent
database connections, Redis cache and limits), with the development keys of personal data,
one trusted proxy (the load generator gives every submission its own client address in
X-Forwarded-For, so the per-IP limit is counted as for real visitors) and the challenge's
minimum reading time off (it is still issued, signed, checked and spent once)."""

from congdoan.settings.base import *  # noqa: F403
from congdoan.settings.base import BASE_DIR
from congdoan.settings.secret import derived_voice_keys, install_secret_key

DEBUG = False
SECRET_KEY = install_secret_key(BASE_DIR)
VOICE_ENCRYPTION_KEYS, VOICE_INDEX_KEY = derived_voice_keys(SECRET_KEY)
ALLOWED_HOSTS = ["*"]
TRUSTED_PROXY_COUNT = 1
VOICE_CHALLENGE_MIN_SECONDS = 0
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "ERROR"},
}
