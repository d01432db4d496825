"""The test suite: real PostgreSQL (``DATABASE_URL`` or the embedded server) and real Redis
as the cache, as in production. tests/conftest.py flushes the cache's Redis database before
every test, so give each concurrent run its own database number in ``REDIS_URL`` (workers of
one pytest-xdist run take the following numbers themselves)."""

from congdoan.settings.base import *  # noqa: F403
from congdoan.settings.env import env_str

DEBUG = False
SECRET_KEY = "test-only-key"
# Test-only keys (tests/voice rotate them); production reads its own from the environment.
VOICE_ENCRYPTION_KEYS = ["dGVzdC1vbmx5LXZvaWNlLWtleS0wMDAwMDAwMDAwMDA="]
VOICE_INDEX_KEY = "test-only-voice-index-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The demo command and its content are tested too (never installed in production).
SHARED_APPS = [*SHARED_APPS, "demo"]  # noqa: F405
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:6379/0")


def _worker_redis_url(url: str, worker: str) -> str:
    """Under pytest-xdist every worker flushes its own Redis database: worker ``gwN`` uses
    the database after REDIS_URL's, plus N (REDIS_URL .../0 -> gw0 on 1, gw1 on 2)."""
    base, _, number = url.rpartition("/")
    index = int(worker.removeprefix("gw")) + 1
    db = (int(number) if number.isdigit() else 0) + index
    if db > 15:
        raise RuntimeError(f"REDIS_URL {url}: no Redis database left for worker {worker}")
    return f"{base}/{db}"


import os  # noqa: E402

if os.environ.get("PYTEST_XDIST_WORKER"):
    REDIS_URL = _worker_redis_url(REDIS_URL, os.environ["PYTEST_XDIST_WORKER"])
# Rate-limit counters in the same database (tests flush it with the cache).
RATELIMIT_STORAGE_URL = REDIS_URL
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        # Keys carry the active tenant's schema, as in production (base.py).
        "KEY_FUNCTION": "django_tenants.cache.make_key",
        "REVERSE_KEY_FUNCTION": "django_tenants.cache.reverse_key",
    },
    "axes": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "axes"},
}
STORAGES = {
    "default": {"BACKEND": "django_tenants.files.storage.TenantFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="congdoan-test-media-"))
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING = {"version": 1, "disable_existing_loggers": False}
# The tests' webhook receivers listen on loopback (tests/webhooks/receiver.py).
WEBHOOKS_ALLOWED_NETWORKS = ["127.0.0.0/8", "::1/128"]
