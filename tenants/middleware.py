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


class TenantSessionMiddleware:
    """A session is valid only on the host of a tenant the account may enter.

    Runs after AuthenticationMiddleware. A signed-in account that is not a member of this
    tenant (``tenants.sessions.is_member``) has its session flushed and gets the Vietnamese
    refusal page; a login form whose correct password belonged to a non-member (marked by
    ``TenantModelBackend``) is answered with the same page instead of the form.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.contrib.auth import logout

        from tenants.sessions import REFUSED_ATTR, is_member, refusal_response

        if connection.schema_name == get_public_schema_name():
            return self.get_response(request)
        user = request.user
        if user.is_authenticated and not is_member(user):
            logout(request)
            return refusal_response(request, user)
        response = self.get_response(request)
        refused = getattr(request, REFUSED_ATTR, None)
        if refused is not None and not getattr(request, "axes_locked_out", False):
            return refusal_response(request, refused)
        return response


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


# Wagtail page-admin views that change a page or add below it: the URL keyword naming the page
# and the PagePermissionTester check the view itself makes.
_PAGE_WRITE_VIEWS = {
    "edit": ("page_id", ("can_edit",)),
    "preview_on_edit": ("page_id", ("can_edit", "can_publish")),
    "revisions_revert": ("page_id", ("can_edit", "can_publish")),
    "add_subpage": ("parent_page_id", ("can_add_subpage",)),
    "add": ("parent_page_id", ("can_add_subpage",)),
    "delete": ("page_id", ("can_delete",)),
    "unpublish": ("page_id", ("can_unpublish",)),
    "move": ("page_id", ("can_move",)),
    "copy": ("page_id", ("can_copy",)),
    "lock": ("page_id", ("can_lock",)),
    "unlock": ("page_id", ("can_unlock",)),
}


class PagePermissionMiddleware:
    """Answer 403 when a page-admin view would change a page the account has no right to.

    Wagtail catches its own permission refusal and redirects to the dashboard with a flash
    message. Editors of a hosted microsite hold page permissions on the microsite's root page
    only; a plain 403 on every page outside it is clearer, and a client can tell it apart from
    success. The check is the one Wagtail's view makes (``PagePermissionTester``), made first.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if (
            match is None
            or match.namespace != "wagtailadmin_pages"
            or match.url_name not in _PAGE_WRITE_VIEWS
            or connection.schema_name == get_public_schema_name()
            or not request.user.is_authenticated
        ):
            return None
        kwarg, checks = _PAGE_WRITE_VIEWS[match.url_name]
        from wagtail.models import Page

        page = Page.objects.filter(pk=view_kwargs.get(kwarg)).first()
        if page is None:
            return None  # Wagtail answers 404
        tester = page.permissions_for_user(request.user)
        if not any(getattr(tester, check)() for check in checks):
            raise PermissionDenied("Bạn không có quyền thay đổi trang này.")
        return None


class TenantRedirectMiddleware(RedirectMiddleware):
    """Wagtail's redirects, only where they exist: the public schema has no Wagtail tables."""

    def process_response(self, request, response):
        if connection.schema_name == get_public_schema_name():
            return response
        return super().process_response(request, response)
