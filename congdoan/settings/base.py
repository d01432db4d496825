"""Settings shared by every environment. See ``docs/architecture.md`` for why apps are split
between the public schema (SHARED_APPS) and each tenant's schema (TENANT_APPS)."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from congdoan.settings.env import env_bool, env_float, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("DJANGO_SECRET_KEY")  # production.py refuses to start without it
DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", [".localhost", "localhost", "127.0.0.1"])

# --- Apps -----------------------------------------------------------------------------------
# Public schema: tenants and their domains, accounts and roles, the org tree, the registry of
# content shared down the tree, and the platform admin.
SHARED_APPS = [
    "django_tenants",
    "congdoan",
    "tenants",
    "accounts",
    "hierarchy",
    "sharing",
    "grants",
    # Procrastinate's tables and SQL functions live in the public schema; "jobs" is the
    # project's interface over it (docs/jobs.md).
    "procrastinate.contrib.django",
    "jobs",
    "delivery",
    "webhooks",
    # Workers' voice: cases, consent, routing and deadlines (docs/voice.md); its audit trail
    # is kept by database triggers (django-pgtrigger, django-pghistory).
    "pgtrigger",
    "pghistory",
    "voice",
    # The communication programme: targets, publication events, figures (docs/programme.md).
    "programme",
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.admin",
    # Login throttling (cache handler: no tables are used, see AXES_HANDLER).
    "axes",
]

# One schema per tenant: everything Wagtail owns (pages, revisions, images, documents,
# search index, forms, settings), plus tenant-local permission grants and sessions.
TENANT_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "django.contrib.sessions",
    "grants",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "cms",
    "graphql_api",
]

INSTALLED_APPS = SHARED_APPS + [app for app in TENANT_APPS if app not in SHARED_APPS]

TENANT_MODEL = "tenants.Tenant"
TENANT_DOMAIN_MODEL = "tenants.Domain"
PUBLIC_SCHEMA_NAME = "public"
# Tenants are cloned from this schema (see tenants/provisioning.py); it is never served.
TENANT_TEMPLATE_SCHEMA = "tenant_template"
TENANT_LIMIT_SET_CALLS = True
PUBLIC_SCHEMA_URLCONF = "congdoan.urls_public"
ROOT_URLCONF = "congdoan.urls_tenant"
# Host that serves the public schema (platform admin, tenant directory).
PUBLIC_HOSTNAME = env_str("CONGDOAN_PUBLIC_HOST", "localhost")
SHOW_PUBLIC_IF_NO_TENANT_FOUND = False

# The replica router first: it routes reads and never migrates the replica; django-tenants'
# router decides which apps migrate in which schema.
DATABASE_ROUTERS = ("congdoan.replicas.ReplicaRouter", "django_tenants.routers.TenantSyncRouter")

MIDDLEWARE = [
    # Outermost after the tenant lookup: a database outage anywhere below answers 503.
    "congdoan.middleware.DatabaseUnavailableMiddleware",
    "tenants.middleware.CachedTenantMiddleware",
    # Read-your-writes pinning for replica reads (inactive without REPLICA_DATABASE_URL).
    "congdoan.replicas.ReplicaMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "tenants.middleware.TenantSessionMiddleware",
    "tenants.middleware.TenantAdminAccessMiddleware",
    "congdoan.throttle.PasswordFormThrottleMiddleware",
    "tenants.middleware.PagePermissionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "tenants.middleware.TenantRedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "congdoan" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "congdoan.wsgi.application"

# --- Database -------------------------------------------------------------------------------
# DATABASE_URL wins; otherwise the embedded PostgreSQL that ``congdoan.embedded_pg`` starts.


def _database_url() -> str:
    url = env_str("DATABASE_URL")
    if url:
        return url
    from congdoan.embedded_pg import embedded_database_url

    return embedded_database_url()


DATABASES = {
    "default": {
        **dj_database_url.parse(_database_url(), conn_max_age=env_int("DB_CONN_MAX_AGE", 60)),
        "ENGINE": "django_tenants.postgresql_backend",
    }
}
DATABASES["default"].setdefault("OPTIONS", {})
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Retry-After (seconds) of the 503 answered while the database is unreachable.
DATABASE_OUTAGE_RETRY_AFTER = env_int("DATABASE_OUTAGE_RETRY_AFTER", 5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Read replica (congdoan/replicas.py, docs/scale-out.md) ---------------------------------
# A streaming replica of the primary; GraphQL query and feed reads go there while it is usable.


def replica_database(url: str) -> dict:
    """The ``replica`` alias: django-tenants' backend (it sets the tenant's search_path), a
    short connect timeout (a dead replica must not hold requests), a test mirror of the
    default database (Django's test runner creates no second database for it)."""
    config = {
        **dj_database_url.parse(url, conn_max_age=env_int("DB_CONN_MAX_AGE", 60)),
        "ENGINE": "django_tenants.postgresql_backend",
        "CONN_HEALTH_CHECKS": True,
        "TEST": {"MIRROR": "default"},
    }
    config.setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env_int("REPLICA_CONNECT_TIMEOUT", 2)
    )
    return config


REPLICA_DATABASE_URL = env_str("REPLICA_DATABASE_URL")
if REPLICA_DATABASE_URL:
    DATABASES["replica"] = replica_database(REPLICA_DATABASE_URL)
# Replay lag above which reads go back to the primary; how long a probe of the replica is
# trusted; how long a client that wrote reads from the primary (keep it >= lag + probe).
REPLICA_MAX_LAG_SECONDS = env_float("REPLICA_MAX_LAG_SECONDS", 2.0)
REPLICA_HEALTH_SECONDS = env_float("REPLICA_HEALTH_SECONDS", 2.0)
REPLICA_PIN_SECONDS = env_float("REPLICA_PIN_SECONDS", 5.0)
REPLICA_PIN_COOKIE = "congdoan_primary"

# --- Accounts -------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
# Axes first (refuses locked-out clients before any password check); then Django's model
# backend restricted to accounts that may enter the current tenant (tenants/sessions.py).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "tenants.sessions.TenantModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"

# Sessions live in each tenant's schema and the cookie is host-only (no Domain attribute),
# so a login on one tenant's host is never a login on another's.
SESSION_COOKIE_DOMAIN = None
CSRF_COOKIE_DOMAIN = None
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# --- Cache ----------------------------------------------------------------------------------
# Every key is prefixed with the current schema (django-tenants' make_key).
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_FUNCTION": "django_tenants.cache.make_key",
            "REVERSE_KEY_FUNCTION": "django_tenants.cache.reverse_key",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "KEY_FUNCTION": "django_tenants.cache.make_key",
            "REVERSE_KEY_FUNCTION": "django_tenants.cache.reverse_key",
        }
    }
# Login throttling shares the cache's store but not its per-schema key function: failures
# count per account and address across every tenant host.
CACHES["axes"] = {
    **{k: v for k, v in CACHES["default"].items() if "KEY_FUNCTION" not in k},
    "KEY_PREFIX": "axes",
}
TENANT_DOMAIN_CACHE_SECONDS = env_int("TENANT_DOMAIN_CACHE_SECONDS", 300)

# --- CDN tags, purges and rate limits (docs/cdn-and-limits.md) ---------------------------------
# Tag headers on cached responses (delivery/cdn.py): Surrogate-Key (Fastly, Varnish xkey) and
# Cache-Tag (Cloudflare). Limits are the CDNs' (16 KB header, 1,024 bytes a key, ~1,000 tags);
# what does not fit falls back to the tenant's tag.
CDN_TAG_HEADERS = env_bool("CDN_TAG_HEADERS", True)
CDN_TAG_PREFIX = env_str("CDN_TAG_PREFIX", "")  # when several deployments share one CDN zone
CDN_TAG_HEADER_MAX_BYTES = env_int("CDN_TAG_HEADER_MAX_BYTES", 16_384)
CDN_TAG_MAX_COUNT = env_int("CDN_TAG_MAX_COUNT", 1_000)
CDN_TAG_MAX_KEY_BYTES = env_int("CDN_TAG_MAX_KEY_BYTES", 1_024)
# How long a dropped tag keeps purging its fallback: at least the CDN's longest lifetime.
CDN_TAG_FALLBACK_SECONDS = env_int("CDN_TAG_FALLBACK_SECONDS", 2 * 86_400)
# Purges (delivery/purge.py) run after commit, synchronously: per request and in total.
CDN_PURGE_TIMEOUT = env_int("CDN_PURGE_TIMEOUT", 3)
CDN_PURGE_DEADLINE = env_int("CDN_PURGE_DEADLINE", 10)


def _frontend_cache_backends() -> dict:
    """WAGTAILFRONTENDCACHE from the environment: a backend per CDN that is configured, none
    by default. These backends purge by tag and, like Wagtail's own, by URL."""
    backends = {}
    if env_str("CDN_CLOUDFLARE_ZONE_ID"):
        backends["cloudflare"] = {
            "BACKEND": "delivery.purge.CloudflareBackend",
            "ZONEID": env_str("CDN_CLOUDFLARE_ZONE_ID"),
            "BEARER_TOKEN": env_str("CDN_CLOUDFLARE_API_TOKEN", required=True),
            "API_URL": env_str("CDN_CLOUDFLARE_API_URL", "https://api.cloudflare.com/client/v4"),
            "TAGS_PER_REQUEST": env_int("CDN_CLOUDFLARE_TAGS_PER_REQUEST", 100),
            "HOSTNAMES": env_list("CDN_CLOUDFLARE_HOSTNAMES", ["*"]),
        }
    if env_str("CDN_FASTLY_SERVICE_ID"):
        backends["fastly"] = {
            "BACKEND": "delivery.purge.FastlyBackend",
            "SERVICE_ID": env_str("CDN_FASTLY_SERVICE_ID"),
            "API_KEY": env_str("CDN_FASTLY_API_KEY", required=True),
            "SOFT": env_bool("CDN_FASTLY_SOFT_PURGE", False),
            "API_URL": env_str("CDN_FASTLY_API_URL", "https://api.fastly.com"),
            "HOSTNAMES": env_list("CDN_FASTLY_HOSTNAMES", ["*"]),
        }
    if env_list("CDN_VARNISH_LOCATIONS"):
        backends["varnish"] = {
            "BACKEND": "delivery.purge.VarnishXkeyBackend",
            "LOCATIONS": env_list("CDN_VARNISH_LOCATIONS"),
            "SOFT": env_bool("CDN_VARNISH_SOFT_PURGE", False),
            "METHOD": env_str("CDN_VARNISH_METHOD", "PURGE"),
            "MAX_HEADER_BYTES": env_int("CDN_VARNISH_MAX_HEADER_BYTES", 7_680),
            "HOSTNAMES": env_list("CDN_VARNISH_HOSTNAMES", ["*"]),
        }
    return backends


WAGTAILFRONTENDCACHE = _frontend_cache_backends()

# Rate limits of uncached executions (delivery/ratelimit.py), with the `limits` library on
# Redis. Off here (development, tests, benchmarks); production.py turns them on. Rates use
# limits' syntax, several separated by ";" ("20/second;300/minute").
RATELIMIT_ENABLED = env_bool("RATELIMIT_ENABLED", False)
RATELIMIT_ANON_RATE = env_str("RATELIMIT_ANON_RATE", "10/second;120/minute")
RATELIMIT_TOKEN_RATE = env_str("RATELIMIT_TOKEN_RATE", "50/second;1200/minute")
# fixed-window | sliding-window-counter | moving-window (limits' strategies).
RATELIMIT_STRATEGY = env_str("RATELIMIT_STRATEGY", "sliding-window-counter")
# Anonymous IPv6 clients are counted per network of this prefix (one host usually has a /64).
RATELIMIT_IPV6_PREFIX = env_int("RATELIMIT_IPV6_PREFIX", 64)
# Where counters live: REDIS_URL by default (memory:// without Redis, one process only).
RATELIMIT_STORAGE_URL = env_str("RATELIMIT_STORAGE_URL", REDIS_URL or "memory://")

# --- Login throttling (django-axes; docs/security.md) ------------------------------------------
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
AXES_CACHE = "axes"
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(seconds=env_int("AXES_COOLOFF_SECONDS", 900))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "congdoan.throttle.lockout_response"
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "congdoan.throttle.client_ip"
AXES_VERBOSE = False
AXES_USERNAME_FORM_FIELD = "username"  # the field of every login form here
AXES_USERNAME_CALLABLE = "congdoan.throttle.normalize_username"
# Page and document passwords (Wagtail's own forms, outside Django's auth): same limits,
# counted per restriction and address in the same cache (congdoan/throttle.py).
PASSWORD_FORM_FAILURE_LIMIT = AXES_FAILURE_LIMIT
PASSWORD_FORM_COOLOFF_SECONDS = int(AXES_COOLOFF_TIME.total_seconds())

# --- Internationalisation -------------------------------------------------------------------
# No LocaleMiddleware: the admin is Vietnamese whatever the browser asks for; an editor picks
# English in their Wagtail account settings (UserProfile.preferred_language).
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates are typed and shown day/month/year, times 24-hour (congdoan/formats/vi/formats.py).
FORMAT_MODULE_PATH = ["congdoan.formats"]

# --- Static and media -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Files of each tenant are stored under MEDIA_ROOT/<schema_name>/... and served only through
# cms/serve.py (collection privacy checked); web servers must not serve MEDIA_ROOT directly.
# Set to an nginx ``internal`` location mapped to MEDIA_ROOT to send files by X-Accel-Redirect.
MEDIA_ACCEL_REDIRECT_PREFIX = env_str("MEDIA_ACCEL_REDIRECT_PREFIX", "")
MULTITENANT_RELATIVE_MEDIA_ROOT = "%s"
STORAGES = {
    "default": {"BACKEND": "django_tenants.files.storage.TenantFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# CONGDOAN_STORAGE=s3: media on S3-compatible object storage (cms/storage.py, docs/storage.md):
# keys prefixed by the tenant's schema, originals/documents/private renditions in the private
# bucket (served only through cms/serve.py), public renditions in the public bucket.
CONGDOAN_STORAGE = env_str("CONGDOAN_STORAGE", "local")
if CONGDOAN_STORAGE == "s3":
    STORAGES["default"] = {
        "BACKEND": "cms.storage.TenantS3Storage",
        "OPTIONS": {
            "bucket_name": env_str("AWS_STORAGE_BUCKET_NAME", required=True),
            "public_bucket_name": env_str("CONGDOAN_S3_PUBLIC_BUCKET", required=True),
            "public_base_url": env_str("CONGDOAN_S3_PUBLIC_URL"),
            "private_redirect_seconds": env_int("CONGDOAN_S3_PRIVATE_REDIRECT_SECONDS", 0),
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL"),
            "region_name": env_str("AWS_S3_REGION_NAME", "us-east-1"),
            "access_key": env_str("AWS_ACCESS_KEY_ID"),
            "secret_key": env_str("AWS_SECRET_ACCESS_KEY"),
            "addressing_style": env_str("AWS_S3_ADDRESSING_STYLE", "path"),
            "location": env_str("AWS_LOCATION", ""),
        },
    }
elif CONGDOAN_STORAGE != "local":
    raise ImproperlyConfigured(f"CONGDOAN_STORAGE={CONGDOAN_STORAGE!r}: use local or s3.")

# --- Wagtail --------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Công đoàn Việt Nam"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
# Slugs are generated on the server by cms.text.vn_slugify (đ -> d, accents stripped).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_I18N_ENABLED = False
# PostgreSQL full text search over each tenant's own index table, with the "simple"
# configuration (no stemmer exists for Vietnamese). Accents are folded in Python
# (cms/search.py): the embedded PostgreSQL has no unaccent extension.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "cms.search_backend",
        "SEARCH_CONFIG": "simple",
        "AUTOCOMPLETE_SEARCH_CONFIG": "simple",
    }
}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Admin date pickers and fields: dd/mm/yyyy and 24-hour times (the input formats that parse
# them are in congdoan/formats/vi/formats.py).
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
# Moderation: pages go through the "Biên tập → Duyệt" workflow (tenants/template_content.py);
# an edit to a page in moderation sends it back to the first step.
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# Page locking: whoever locks a page keeps editing it; nobody else can save it until it is
# unlocked (by them, or by a moderator/admin with the unlock permission).
WAGTAILADMIN_GLOBAL_EDIT_LOCK = False
# Named image renditions frontends may ask for (cms.renditions.filter_spec_for); no other
# filter specs are accepted from outside.
CMS_RENDITIONS = {
    "thumbnail": "fill-320x180|format-webp",
    "card": "fill-640x360|format-webp",
    "hero": "fill-1600x900|format-webp",
    "content": "width-1200|format-webp",
    "square": "fill-400x400|format-webp",
    "portrait": "fill-480x600|format-webp",
    "og": "fill-1200x630|format-jpeg",
    "original": "max-2400x2400",
}

# --- GraphQL API ------------------------------------------------------------------------------
# Documents over these limits are refused before execution; a request over the budget is
# stopped while it runs (graphql_api/security.py, docs/graphql.md "Security limits").
GRAPHQL_LIMITS = {
    "max_body_bytes": env_int("GRAPHQL_MAX_BODY_BYTES", 32_768),
    "max_tokens": env_int("GRAPHQL_MAX_TOKENS", 3_000),
    "max_depth": env_int("GRAPHQL_MAX_DEPTH", 10),
    "max_fields": env_int("GRAPHQL_MAX_FIELDS", 600),
    "max_aliases": env_int("GRAPHQL_MAX_ALIASES", 30),
    # Estimated before execution, variables applied.
    "max_cost": env_int("GRAPHQL_MAX_COST", 15_000),  # result nodes
    "max_statements": env_int("GRAPHQL_MAX_STATEMENTS", 60),  # SQL statements
    "max_list_argument": env_int("GRAPHQL_MAX_LIST_ARGUMENT", 20),
    "default_list_size": 10,  # assumed size of a list without first/last
    # Measured while running: the backstop.
    "budget_statements": env_int("GRAPHQL_BUDGET_STATEMENTS", 100),
    "max_seconds": env_int("GRAPHQL_MAX_SECONDS", 10),
    "max_response_bytes": env_int("GRAPHQL_MAX_RESPONSE_BYTES", 4_000_000),
    "introspection_max_depth": 20,
}
PREVIEW_TOKEN_SECONDS = env_int("PREVIEW_TOKEN_SECONDS", 3600)
GRAPHQL_MAX_PAGE_SIZE = env_int("GRAPHQL_MAX_PAGE_SIZE", 100)
GRAPHQL_INTROSPECTION = env_bool("GRAPHQL_INTROSPECTION", False)
GRAPHQL_MASK_ERRORS = True

# --- Background jobs (jobs/, docs/jobs.md) --------------------------------------------------
# Procrastinate discovers "<app>.jobs" modules (cms/jobs.py, sharing/jobs.py, ...).
PROCRASTINATE_AUTODISCOVER_MODULE_NAME = "jobs"
# Extra modules holding jobs (dotted paths, comma separated): tests and benchmarks.
PROCRASTINATE_IMPORT_PATHS = env_list("JOBS_IMPORT_MODULES", [])
# The admin reads procrastinate's rows; writes go through jobs/ (replay, clean-up).
PROCRASTINATE_READONLY_MODELS = True
JOBS = {
    # Retries: wait = min(cap, base * factor ** attempt) seconds; no jitter so a schedule
    # can be planned (10 s, 30 s, 90 s, ... 6 h).
    "retry_base_seconds": env_int("JOBS_RETRY_BASE_SECONDS", 10),
    "retry_factor": env_int("JOBS_RETRY_FACTOR", 3),
    "retry_cap_seconds": env_int("JOBS_RETRY_CAP_SECONDS", 6 * 3600),
    # Workers write a heartbeat this often; a job whose worker has been silent for
    # stalled_after seconds (killed, lost its host) is put back in the queue.
    "heartbeat_seconds": env_int("JOBS_HEARTBEAT_SECONDS", 10),
    "stalled_after_seconds": env_int("JOBS_STALLED_AFTER_SECONDS", 30),
    "recover_stalled_cron": env_str("JOBS_RECOVER_STALLED_CRON", "* * * * * */15"),
    # Scheduled publishing for every tenant (six fields: the last one is seconds).
    "publish_scheduled_cron": env_str("JOBS_PUBLISH_SCHEDULED_CRON", "* * * * * */15"),
    "share_expiry_cron": env_str("JOBS_SHARE_EXPIRY_CRON", "* * * * *"),
    "directive_reminders_cron": env_str("JOBS_DIRECTIVE_REMINDERS_CRON", "0 * * * *"),
    # A directive whose deadline is this close (and not yet acknowledged) is reminded,
    # at most once per directive per day.
    "directive_reminder_hours": env_int("JOBS_DIRECTIVE_REMINDER_HOURS", 48),
    "cleanup_cron": env_str("JOBS_CLEANUP_CRON", "17 3 * * *"),
    # Finished job rows (succeeded, cancelled) and their records are kept this long;
    # failed ones (the dead letters) are kept until replayed or this long too.
    "keep_finished_days": env_int("JOBS_KEEP_FINISHED_DAYS", 14),
    "keep_failed_days": env_int("JOBS_KEEP_FAILED_DAYS", 90),
}

# --- Cached reads (docs/caching.md) -----------------------------------------------------------
# Persisted queries over GET answered from the response cache in Redis (REDIS_URL, or
# RESPONSE_CACHE_URL for a separate instance), invalidated by tag on every write.
RESPONSE_CACHE_URL = env_str("RESPONSE_CACHE_URL", "") or None
RESPONSE_CACHE_ENABLED = env_bool("RESPONSE_CACHE_ENABLED", True)
GRAPHQL_CACHE_MAX_AGE = env_int("GRAPHQL_CACHE_MAX_AGE", 60)  # HTTP max-age (browsers, CDN)
GRAPHQL_CACHE_STALE = env_int("GRAPHQL_CACHE_STALE", 300)  # stale-while-revalidate
GRAPHQL_CACHE_SECONDS = env_int("GRAPHQL_CACHE_SECONDS", 3600)  # origin copy (exact purges)
GRAPHQL_MAX_VARIABLES_BYTES = env_int("GRAPHQL_MAX_VARIABLES_BYTES", 2048)
# A public client (no session, no API token) may send over GET only registered queries.
GRAPHQL_GET_PERSISTED_ONLY = env_bool("GRAPHQL_GET_PERSISTED_ONLY", True)
# How long an invalidation mark is kept: longer than any request may run.
RESPONSE_CACHE_MARK_SECONDS = env_int("RESPONSE_CACHE_MARK_SECONDS", 120)

# Feeds and sitemaps (delivery/feeds.py, delivery/sitemaps.py; docs/feeds.md).
FEEDS_ITEMS = env_int("FEEDS_ITEMS", 50)  # newest items in an RSS/Atom/JSON feed
FEEDS_MAX_AGE = env_int("FEEDS_MAX_AGE", 300)  # seconds a client or CDN may reuse a feed
FEEDS_STALE_WHILE_REVALIDATE = env_int("FEEDS_STALE_WHILE_REVALIDATE", 3600)
SITEMAP_URLS_PER_FILE = env_int("SITEMAP_URLS_PER_FILE", 50_000)  # the protocol's maximum

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        "procrastinate": {"level": env_str("JOBS_LOG_LEVEL", "WARNING")},
    },
}

# --- Webhooks (docs/webhooks.md) ---------------------------------------------------------------
# Networks (CIDR) webhook URLs may point into although they are private, loopback or
# reserved; empty: public addresses only. Checked at save and again at every delivery.
WEBHOOKS_ALLOWED_NETWORKS = env_list("WEBHOOKS_ALLOWED_NETWORKS", [])
WEBHOOKS_REQUIRE_HTTPS = env_bool("WEBHOOKS_REQUIRE_HTTPS", False)
# Events for one object within this many seconds reach an endpoint once (latest state).
WEBHOOKS_COALESCE_SECONDS = env_int("WEBHOOKS_COALESCE_SECONDS", 2)
# Delays (seconds) before attempts 2, 3, ...: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h
# (27.6 hours in all), each spread by +/- WEBHOOKS_RETRY_JITTER.
WEBHOOKS_RETRY_SCHEDULE = [5, 300, 1800, 7200, 18000, 36000, 36000]
WEBHOOKS_RETRY_JITTER = 0.1
WEBHOOKS_CONNECT_TIMEOUT = env_int("WEBHOOKS_CONNECT_TIMEOUT", 5)
WEBHOOKS_READ_TIMEOUT = env_int("WEBHOOKS_READ_TIMEOUT", 10)
# An endpoint is turned off after this many deliveries in a row failed every attempt, or
# after failing without a success for this many days (at once on HTTP 410).
WEBHOOKS_DISABLE_AFTER_FAILED_DELIVERIES = env_int("WEBHOOKS_DISABLE_AFTER_FAILED_DELIVERIES", 5)
WEBHOOKS_DISABLE_AFTER_DAYS = env_int("WEBHOOKS_DISABLE_AFTER_DAYS", 5)
# After a secret rotation the old secret keeps signing for this many hours.
WEBHOOKS_SECRET_GRACE_HOURS = env_int("WEBHOOKS_SECRET_GRACE_HOURS", 24)

# --- Workers' voice: personal data at rest (docs/personal-data.md) ---------------------------
# Fernet keys, newest first (every key decrypts, the first encrypts; rotate with
# `manage.py voice_rotate_keys`). Production refuses to start without them.
VOICE_ENCRYPTION_KEYS = env_list("VOICE_ENCRYPTION_KEYS", [])
# Key of the blind indexes (keyed hashes of phone numbers and e-mails, follow-up secrets).
VOICE_INDEX_KEY = env_str("VOICE_INDEX_KEY")
# Routing and deadlines of cases (docs/voice.md): first-response window when no routing rule
# sets one, warning point within a window, how often and in what batches the sweep runs.
VOICE_RESPONSE_HOURS = env_int("VOICE_RESPONSE_HOURS", 24)
VOICE_WARN_FRACTION = 0.8
VOICE_SWEEP_CRON = env_str("VOICE_SWEEP_CRON", "* * * * *")
VOICE_SWEEP_BATCH = env_int("VOICE_SWEEP_BATCH", 500)
# Personal data: retention and the data-subject clocks (voice/retention.py, voice/privacy.py).
# A closed (or withdrawn, merged) case is erased this many months after it ended.
VOICE_RETENTION_MONTHS = env_int("VOICE_RETENTION_MONTHS", 24)
# The access log (who viewed, revealed, exported a case) is kept this many days.
VOICE_ACCESS_LOG_DAYS = env_int("VOICE_ACCESS_LOG_DAYS", 3 * 365)
# Data-subject requests: acknowledged within N working days, completed within N days,
# extended once by N days.
VOICE_DSR_ACK_WORKING_DAYS = env_int("VOICE_DSR_ACK_WORKING_DAYS", 2)
VOICE_DSR_COMPLETE_DAYS = env_int("VOICE_DSR_COMPLETE_DAYS", 15)
VOICE_DSR_EXTENSION_DAYS = env_int("VOICE_DSR_EXTENSION_DAYS", 15)
# A personal-data breach is notified to the authority within this many hours.
VOICE_BREACH_NOTIFY_HOURS = env_int("VOICE_BREACH_NOTIFY_HOURS", 72)
# The privacy sweep (DSR clocks, breach clocks, retention purge); five or six cron fields.
VOICE_PRIVACY_CRON = env_str("VOICE_PRIVACY_CRON", "23 * * * *")
# Where the DPO's alerts go (new requests, breaches, the daily digest of clocks); empty: the
# e-mail addresses of the DPO accounts (supervisors on a root organisation).
VOICE_DPO_EMAILS = env_list("VOICE_DPO_EMAILS", [])
# Misinformation (voice/misinfo.py): a report counts as handled when its cluster got a verdict
# within N days; organisations below the target share are flagged; two report texts are
# similar when their SimHash keys differ in at most N of 64 bits.
VOICE_MISINFO_VERDICT_DAYS = env_int("VOICE_MISINFO_VERDICT_DAYS", 7)
VOICE_MISINFO_TARGET = env_str("VOICE_MISINFO_TARGET", "0.8")
VOICE_MISINFO_SIMHASH_DISTANCE = env_int("VOICE_MISINFO_SIMHASH_DISTANCE", 13)
# Programme actuals (docs/programme.md, "Actuals from the workers' voice, declarations and
# channels"): how often overdue members' requests are counted; channels: a check older than
# FRESH_DAYS no longer makes an organisation "present", websites are re-fetched after
# RECHECK_DAYS by the hourly job in batches, each fetch waits at most TIMEOUT seconds;
# private/loopback addresses are never fetched unless ALLOW_PRIVATE (tests only).
PROGRAMME_OVERDUE_CRON = env_str("PROGRAMME_OVERDUE_CRON", "*/5 * * * *")
PROGRAMME_CHANNEL_CHECK_CRON = env_str("PROGRAMME_CHANNEL_CHECK_CRON", "17 * * * *")
PROGRAMME_CHANNEL_FRESH_DAYS = env_int("PROGRAMME_CHANNEL_FRESH_DAYS", 30)
PROGRAMME_CHANNEL_RECHECK_DAYS = env_int("PROGRAMME_CHANNEL_RECHECK_DAYS", 7)
PROGRAMME_CHANNEL_CHECK_BATCH = env_int("PROGRAMME_CHANNEL_CHECK_BATCH", 100)
PROGRAMME_CHANNEL_TIMEOUT = env_int("PROGRAMME_CHANNEL_TIMEOUT", 5)
PROGRAMME_CHANNEL_ALLOW_PRIVATE = False
# Programme training imports (programme/training_import.py): the most data rows and bytes a
# roster or training-records spreadsheet may have (larger files are refused whole).
PROGRAMME_TRAINING_IMPORT_MAX_ROWS = env_int("PROGRAMME_TRAINING_IMPORT_MAX_ROWS", 5000)
PROGRAMME_TRAINING_IMPORT_MAX_BYTES = env_int("PROGRAMME_TRAINING_IMPORT_MAX_BYTES", 5_242_880)
# Personal data of people who left a union position is erased this many years after they
# left (the roster row and counts stay; programme/training_jobs.py, daily job).
PROGRAMME_TRAINING_RETENTION_YEARS = env_int("PROGRAMME_TRAINING_RETENTION_YEARS", 5)
PROGRAMME_TRAINING_RETENTION_CRON = env_str("PROGRAMME_TRAINING_RETENTION_CRON", "17 3 * * *")
# Programme periodic reports (docs/programme.md, "Periodic reports"): a quarterly or yearly
# report is due this many days after its period ends; the PDF export's font (a TTF with
# Vietnamese glyphs; empty: DejaVu Sans from Debian's fonts-dejavu-core, found on the system).
PROGRAMME_REPORT_DUE_DAYS = env_int("PROGRAMME_REPORT_DUE_DAYS", 10)
# Reports not sent by the due date are counted as due and late by a daily sweep, over the
# periods due in the last N days.
PROGRAMME_REPORT_SWEEP_CRON = env_str("PROGRAMME_REPORT_SWEEP_CRON", "30 1 * * *")
PROGRAMME_REPORT_SWEEP_DAYS = env_int("PROGRAMME_REPORT_SWEEP_DAYS", 31)
PROGRAMME_PDF_FONT = env_str("PROGRAMME_PDF_FONT", "")
# The programme's public figures (GraphQL ``programme``): how long the response cache keeps
# an answer (the figures move with every publication).
PROGRAMME_PUBLIC_CACHE_SECONDS = env_int("PROGRAMME_PUBLIC_CACHE_SECONDS", 300)
# Admin avatars (issue 15, dashboard): Wagtail fetches each account's avatar from gravatar.com,
# sending an MD5 of the e-mail address off-site on every admin page. Off unless a provider URL
# is set, so the admin (and the programme dashboard) loads nothing from outside the platform.
WAGTAIL_GRAVATAR_PROVIDER_URL = env_str("WAGTAIL_GRAVATAR_PROVIDER_URL", "") or None
# Programme publication events (docs/programme.md, "Publication events and roll-ups"): a
# directive acknowledged within this many days of being issued counts as on time.
PROGRAMME_DIRECTIVE_DAYS = env_int("PROGRAMME_DIRECTIVE_DAYS", 7)
# A first publication's event is written (and folded) in its own statement after Wagtail's
# writes; with this off (default) that statement does not wait for the WAL flush: a server
# crash within a fraction of a second may lose that figure, never the page (docs/programme.md).
PROGRAMME_EVENTS_SYNCHRONOUS_COMMIT = env_bool("PROGRAMME_EVENTS_SYNCHRONOUS_COMMIT", False)
