"""Local development and the demo. Never used in production (see production.py)."""

from congdoan.settings.base import *  # noqa: F403
from congdoan.settings.env import env_str

# The demo command and its sample content (never installed in production).
SHARED_APPS = [*SHARED_APPS, "demo"]  # noqa: F405
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

DEBUG = True
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "dev-only-insecure-key-not-for-production")
ALLOWED_HOSTS = ["*"]
GRAPHQL_INTROSPECTION = True
GRAPHQL_MASK_ERRORS = False
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://tld.localhost:8000")
