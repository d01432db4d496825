from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import connection
from django_tenants.middleware.main import TenantMainMiddleware
from django_tenants.utils import get_public_schema_name
from wagtail.contrib.redirects.middleware import RedirectMiddleware

from tenants.signals import domain_cache_key

_MISSING = "__no_tenant__"


class CachedTenantMiddleware(TenantMainMiddleware):
    """django-tenants' host -> tenant middleware, with the domain lookup cached.

    Saves one query per request; entries are dropped when a Domain or Tenant changes
    (tenants.signals) and expire after TENANT_DOMAIN_CACHE_SECONDS.
    """

    def get_tenant(self, domain_model, hostname):
        key = domain_cache_key(hostname)
        cached = cache.get(key)
        if cached == _MISSING:
            raise domain_model.DoesNotExist
        if cached is not None:
            return cached
        try:
            tenant = super().get_tenant(domain_model, hostname)
        except domain_model.DoesNotExist:
            cache.set(key, _MISSING, 30)
            raise
        if not tenant.is_active:
            raise domain_model.DoesNotExist
        cache.set(key, tenant, settings.TENANT_DOMAIN_CACHE_SECONDS)
        return tenant


# Admin URLs an account without a role may still reach (to sign in or out).
_OPEN_ADMIN_PATHS = ("login/", "logout/", "password_reset/", "jsi18n/")


class TenantAdminAccessMiddleware:
    """Answer 403 to a signed-in account without a role in this tenant, on every admin URL.

    Wagtail would redirect such an account to its login page; a plain 403 is clearer and
    gives nothing away about the tenant's pages.
    """

    admin_prefix = "/admin/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            path.startswith(self.admin_prefix)
            and connection.schema_name != get_public_schema_name()
            and request.user.is_authenticated
            and not path[len(self.admin_prefix) :].startswith(_OPEN_ADMIN_PATHS)
            and not request.user.has_perm("wagtailadmin.access_admin")
        ):
            raise PermissionDenied("Tài khoản của bạn không có vai trò trong đơn vị này.")
        return self.get_response(request)


class TenantRedirectMiddleware(RedirectMiddleware):
    """Wagtail's redirects, only where they exist: the public schema has no Wagtail tables."""

    def process_response(self, request, response):
        if connection.schema_name == get_public_schema_name():
            return response
        return super().process_response(request, response)
