"""The tenant's GraphQL endpoint: strawberry's synchronous Django view, hardened.

Synchronous on purpose: async hops lose django-tenants' search_path (docs/architecture.md).
"""

from __future__ import annotations

import json

from cross_web import HTTPException
from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from strawberry.django.views import GraphQLView

from graphql_api.security import QueryRejected, limits, precheck_cached


def _error(status: int, message: str) -> JsonResponse:
    return JsonResponse(
        {"errors": [{"message": message}]}, status=status, json_dumps_params={"ensure_ascii": False}
    )


def authenticate_token(request: HttpRequest) -> JsonResponse | None:
    """``Authorization: Bearer <token>``: a Wagtail API token of this tenant (tokens live in the
    tenant's schema). A valid token authenticates the request (mutations then need no CSRF
    token); an invalid or revoked one is refused with 401 rather than silently ignored."""
    header = request.headers.get("Authorization", "")
    request.api_token = None
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return _error(401, "Header Authorization phải có dạng: Bearer <API token>.")
    from wagtail.models import APIToken

    found = (
        APIToken.objects.select_related("user")
        .filter(key_hash__in=APIToken.candidate_key_hashes(token.strip()), revoked_at__isnull=True)
        .first()
    )
    if found is None or not found.user.is_active:
        return _error(401, "API token không hợp lệ hoặc đã bị thu hồi.")
    request.api_token = found
    request.user = found.user
    return None


class TenantGraphQLView(GraphQLView):
    """Adds, before anything is parsed: a body-size cap, persisted (trusted) queries looked up
    by SHA-256 hash in the tenant's allow-list, the tenant's "persisted queries only" switch,
    and the lexical precheck of ``graphql_api.security``. Errors are JSON in GraphQL's shape.
    """

    def dispatch(self, request: HttpRequest, *args, **kwargs):
        lim = limits()
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > lim.max_body_bytes:
            return _error(413, f"Yêu cầu quá lớn (tối đa {lim.max_body_bytes} byte).")
        refused = authenticate_token(request)
        if refused is not None:
            return refused
        try:
            return self.run(request=request)
        except HTTPException as exc:
            return _error(exc.status_code, exc.reason)

    def parse_http_body(self, request_adapter):
        data = super().parse_http_body(request_adapter)
        items = data if isinstance(data, list) else [data]
        for item in items:
            self._resolve_persisted(item)
            if item.query:
                try:
                    precheck_cached(item.query)
                except QueryRejected as exc:
                    raise HTTPException(400, str(exc)) from exc
        return data

    def _resolve_persisted(self, item) -> None:
        from graphql_api.models import PersistedQuery, persisted_queries_only, query_hash

        persisted = (item.extensions or {}).get("persistedQuery")
        if isinstance(persisted, str):  # GET: extensions arrive JSON-encoded per key
            try:
                persisted = json.loads(persisted)
            except ValueError:
                persisted = None
        digest = persisted.get("sha256Hash") if isinstance(persisted, dict) else None
        if digest:
            if item.query and query_hash(item.query) != digest:
                raise HTTPException(400, "Mã băm không khớp với truy vấn gửi kèm.")
            stored = PersistedQuery.objects.filter(sha256=digest).values_list("query", flat=True)
            stored = stored.first()
            if stored is None:
                raise HTTPException(400, "PersistedQueryNotFound")
            item.query = stored
            return
        if persisted_queries_only():
            raise HTTPException(
                403, "Đơn vị này chỉ chấp nhận truy vấn đã đăng ký (gửi mã băm SHA-256)."
            )


def graphql_view():
    from graphql_api.schema import schema

    view = TenantGraphQLView.as_view(
        schema=schema,
        graphql_ide="graphiql" if settings.DEBUG else None,
        allow_queries_via_get=True,
        multipart_uploads_enabled=False,
    )
    # Reads need no CSRF token (frontends on other origins have no cookie). Mutations are
    # refused over GET by strawberry and, over POST, by security.MutationGuard unless the
    # request passes Django's CSRF check or carries a valid API token.
    return csrf_exempt(view)
