"""Local development and the demo. Never used in production (see production.py)."""

from congdoan.settings.base import *  # noqa: F403
from congdoan.settings.base import BASE_DIR
from congdoan.settings.env import env_int, env_str
from congdoan.settings.secret import derived_voice_keys, install_secret_key

# The demo command and its sample content (never installed in production).
SHARED_APPS = [*SHARED_APPS, "demo"]  # noqa: F405
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

DEBUG = True
SECRET_KEY = install_secret_key(BASE_DIR)
_voice_keys, _voice_index = derived_voice_keys(SECRET_KEY)
VOICE_ENCRYPTION_KEYS = VOICE_ENCRYPTION_KEYS or _voice_keys  # noqa: F405
VOICE_INDEX_KEY = VOICE_INDEX_KEY or _voice_index  # noqa: F405
ALLOWED_HOSTS = ["*"]
# A Host header without a port gets the development server's: absolute media URLs built for
# a frontend that sets the tenant's host itself then point at this server (congdoan/devserver.py).
MIDDLEWARE = ["congdoan.devserver.DevServerPortMiddleware", *MIDDLEWARE]  # noqa: F405
GRAPHQL_INTROSPECTION = True
GRAPHQL_MASK_ERRORS = False
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://tld.localhost:8000")
# The development server runs one thread per request: a persistent connection per thread
# would stay open after the thread ends and exhaust max_connections under load. Close the
# connection at the end of every request instead.
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DB_CONN_MAX_AGE", 0)  # noqa: F405
