"""Sessions are credentials for one tenant (see docs/security.md).

An account may hold a session on a tenant's host only if it is a platform operator
(``is_superuser``), holds a ``TenantRole`` there, or is a member of a group / holds a direct
permission in that tenant's schema (editors of a hosted microsite). Every login entry goes
through :class:`TenantModelBackend`, and :class:`tenants.middleware.TenantSessionMiddleware`
re-checks every request, so a session obtained elsewhere (or before a role was revoked) is
dropped.

Lives in ``tenants`` (not ``accounts``): the check reads tenant roles, and ``accounts`` sits
above ``tenants`` in the layering.
"""

from __future__ import annotations

from django.contrib.auth.backends import ModelBackend
from django.db import connection
from django.http import HttpResponseForbidden
from django.template.loader import render_to_string
from django_tenants.utils import get_public_schema_name

REFUSED_ATTR = "_tenant_refused_user"


def current_schema() -> str:
    return getattr(connection, "schema_name", get_public_schema_name())


def is_member(user, schema_name: str | None = None) -> bool:
    """May ``user`` hold a session on the host of the tenant whose schema is active?"""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    schema_name = schema_name or current_schema()
    if schema_name == get_public_schema_name() or user.is_superuser:
        return True
    from grants.models import UserGroup, UserPermission
    from tenants.models import TenantRole

    return (
        TenantRole.objects.filter(user=user, tenant__schema_name=schema_name).exists()
        # grants tables are per schema: these read the active tenant's rows.
        or UserGroup.objects.filter(user=user).exists()
        or UserPermission.objects.filter(user=user).exists()
    )


def enterable_tenants(user) -> list:
    """Active tenants ``user`` may sign in to (roles, then schema-local grants)."""
    from tenants.models import Tenant, TenantRole

    tenants = Tenant.objects.filter(is_active=True).exclude(schema_name=get_public_schema_name())
    if user.is_superuser:
        return list(tenants.order_by("name"))
    schemas = set(
        TenantRole.objects.filter(user=user, tenant__is_active=True).values_list(
            "tenant__schema_name", flat=True
        )
    )
    others = list(tenants.exclude(schema_name__in=schemas).values_list("schema_name", flat=True))
    if others:
        # Microsite editors hold groups in their host's schema only: one UNION over the rest.
        qn = connection.ops.quote_name
        sql = " UNION ALL ".join(
            f"(SELECT %s FROM {qn(s)}.grants_usergroup WHERE user_id = %s LIMIT 1)" for s in others
        )
        params = [p for s in others for p in (s, user.pk)]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            schemas.update(row[0] for row in cursor.fetchall())
    return list(tenants.filter(schema_name__in=schemas).order_by("name"))


def refusal_response(request, user) -> HttpResponseForbidden:
    """Vietnamese 403 page: no access on this host, and where this account may go instead."""
    # The port the browser used (from Host, not the server socket behind a proxy).
    host = request.get_host()
    suffix = f":{host.rsplit(':', 1)[1]}" if ":" in host.rsplit("]", 1)[-1] else ""
    rows = []
    for tenant in enterable_tenants(user):
        domain = tenant.domains.filter(is_primary=True).first()
        if domain is not None:
            rows.append(
                {"name": tenant.name, "url": f"{request.scheme}://{domain.domain}{suffix}/admin/"}
            )
    html = render_to_string(
        "tenants/no_access.html",
        {"email": user.email, "host": request.get_host(), "rows": rows},
    )
    return HttpResponseForbidden(html, content_type="text/html; charset=utf-8")


class TenantModelBackend(ModelBackend):
    """Django's model backend that refuses accounts with no right on the current tenant.

    The password is checked first (nothing is revealed to a wrong password); a correct
    password of a non-member marks the request, and the middleware answers the refusal page
    instead of the login form.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None or is_member(user):
            return user
        if request is not None:
            setattr(request, REFUSED_ATTR, user)
        return None
