"""Production: everything from the environment; refuses to start without a secret key."""

from congdoan.settings.base import *  # noqa: F403
from congdoan.settings.base import STORAGES
from congdoan.settings.env import env_bool, env_int, env_list, env_str

DEBUG = False
SECRET_KEY = env_str("DJANGO_SECRET_KEY", required=True)
# Personal data in cases is encrypted with these (docs/personal-data.md); no fallback.
VOICE_ENCRYPTION_KEYS = env_list("VOICE_ENCRYPTION_KEYS", []) or [
    env_str("VOICE_ENCRYPTION_KEYS", required=True)
]
VOICE_INDEX_KEY = env_str("VOICE_INDEX_KEY", required=True)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", [".congdoan.vn"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 31536000)
SECURE_CONTENT_TYPE_NOSNIFF = True
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
EMAIL_BACKEND = env_str("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
# Rate limits of uncached API executions are on in production (docs/cdn-and-limits.md).
RATELIMIT_ENABLED = env_bool("RATELIMIT_ENABLED", True)
