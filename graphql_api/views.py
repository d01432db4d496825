"""The tenant's GraphQL endpoint: strawberry's synchronous Django view, hardened.

Synchronous on purpose: async hops lose django-tenants' search_path (docs/architecture.md).
"""

from __future__ import annotations

import json
from functools import cache

from cross_web import HTTPException
from django.conf import settings
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpRequest, JsonResponse
from django.http.response import HttpResponseBase
from django.views.decorators.csrf import csrf_exempt
from graphql import GraphQLSyntaxError
from strawberry.django.views import GraphQLView

from delivery import collector
from delivery.http import NO_STORE
from graphql_api import persisted
from graphql_api.persisted import persisted_not_found
from graphql_api.security import (
    DATABASE_DOWN,
    Budget,
    QueryRejected,
    limits,
    precheck_cached,
    set_status,
    text_problem,
    vn_number,
)

RETRY_AFTER_SECONDS = 5
# A request with this header gets ``extensions.cost`` (estimate, statements run, limits).
COST_HEADER = "X-GraphQL-Cost"

# strawberry's own refusals, in Vietnamese.
_REASONS = {
    "Unsupported content type": (
        "Content-Type phải là application/json (POST), hoặc gửi truy vấn bằng GET ?query=…"
    ),
    "No GraphQL query found in the request": "Yêu cầu không có truy vấn GraphQL (trường query).",
    "GraphQL only supports GET and POST requests.": "API GraphQL chỉ nhận GET và POST.",
    "Not Found": "Không tìm thấy.",
    "Unable to parse request body as JSON": "Nội dung yêu cầu không phải JSON hợp lệ.",
    "The GraphQL operation's `query` must be a string or null, if provided.": (
        "Trường query phải là chuỗi."
    ),
    "The GraphQL operation's `variables` must be an object or null, if provided.": (
        "Trường variables phải là một đối tượng JSON."
    ),
    "The GraphQL operation's `extensions` must be an object or null, if provided.": (
        "Trường extensions phải là một đối tượng JSON."
    ),
    "Can't get GraphQL operation type": "Không tìm thấy thao tác được yêu cầu (operationName).",
}


def _reason(reason: str) -> str:
    if reason in _REASONS:
        return _REASONS[reason]
    if reason.startswith("Unknown operation named"):
        name = reason.removeprefix("Unknown operation named").strip(" .")
        return f"Không có thao tác tên {name} trong truy vấn."
    if "not allowed when using GET" in reason or "GET" in reason:
        return "Thao tác này không được gửi bằng GET: hãy dùng POST."
    return reason


def _error(status: int, message: str) -> JsonResponse:
    return JsonResponse(
        {"errors": [{"message": message}]}, status=status, json_dumps_params={"ensure_ascii": False}
    )


def database_down() -> JsonResponse:
    """503 with Retry-After: the database is unreachable (never the driver's message)."""
    response = _error(503, DATABASE_DOWN)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def may_introspect(request: HttpRequest) -> bool:
    """Introspection in production: only for an API token whose user may use this tenant's
    admin (editors and developers of the tenant; superusers)."""
    token = getattr(request, "api_token", None)
    if token is None:
        return False
    user = token.user
    return user.is_superuser or user.has_perm("wagtailadmin.access_admin")


@cache
def introspection_schema():
    from graphql_api.schema import build_schema

    return build_schema(introspection=True, mask_errors=settings.GRAPHQL_MASK_ERRORS)


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
        """Persisted GETs go through the response cache (``graphql_api.persisted``): a hit
        is answered before anything else runs; every response gets its caching headers."""
        try:
            refused = authenticate_token(request)
        except (OperationalError, InterfaceError):
            return database_down()
        if refused is not None:
            refused["Cache-Control"] = NO_STORE
            return refused
        try:
            plan = persisted.front(request, kwargs.get("sha256"))
        except (OperationalError, InterfaceError):
            return database_down()
        if isinstance(plan, HttpResponseBase):
            return plan
        decision = None
        if plan is not None and plan.cacheable:
            with collector.collecting() as plan.collected:
                response = self._dispatch(request)
        else:
            # Every execution no cache answers counts against the client's rate limit
            # (cacheable misses were counted in persisted.front).
            if request.method == "POST" or request.GET.get("query"):
                decision = persisted.rate_limit(request)
                if decision is not None and not decision.allowed:
                    refused = decision.response()
                    refused["Cache-Control"] = NO_STORE
                    return refused
            response = self._dispatch(request)
        return persisted.finish(request, response, plan, decision)

    def _dispatch(self, request: HttpRequest):
        lim = limits()
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > lim.max_body_bytes:
            return _error(413, f"Yêu cầu quá lớn (tối đa {lim.max_body_bytes} byte).")
        budget = request.graphql_budget = Budget(lim)
        try:
            if not settings.GRAPHQL_INTROSPECTION and may_introspect(request):
                self.schema = introspection_schema()
            with connection.execute_wrapper(budget):
                response = self.run(request=request)
        except HTTPException as exc:
            return _error(exc.status_code, _reason(exc.reason))
        except (OperationalError, InterfaceError):
            return database_down()
        if getattr(request, "graphql_database_down", False):
            return database_down()
        if budget.exceeded is not None:
            return _error(400, budget.exceeded)
        status = getattr(request, "graphql_status", None)
        if status and response.status_code == 200:
            response.status_code = status
        return response

    # --- request parsing: every malformed body is a 400 with a Vietnamese message ----------

    def decode_json(self, data):
        if isinstance(data, bytes):
            try:
                data = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise HTTPException(400, "Nội dung yêu cầu không phải UTF-8 hợp lệ.") from exc
        try:
            return json.loads(data)
        except RecursionError as exc:
            raise HTTPException(400, "JSON của yêu cầu lồng quá sâu.") from exc
        except ValueError as exc:
            raise HTTPException(400, "Nội dung yêu cầu không phải JSON hợp lệ.") from exc

    def parse_json(self, data):
        value = self.decode_json(data)
        if isinstance(value, list):
            raise HTTPException(400, "Không hỗ trợ gửi nhiều truy vấn trong một yêu cầu (batch).")
        if not isinstance(value, dict):
            raise HTTPException(
                400,
                "Nội dung yêu cầu phải là một đối tượng JSON, ví dụ "
                '{"query": "{ site { name } }"}.',
            )
        return value

    def parse_query_params(self, params):
        params = dict(params)
        for key in ("variables", "extensions"):
            if params.get(key) == "null":
                params[key] = None
        return super().parse_query_params(params)

    def parse_http_body(self, request_adapter):
        try:
            data = super().parse_http_body(request_adapter)
        except UnicodeDecodeError as exc:  # cross_web decodes the body before parse_json
            raise HTTPException(400, "Nội dung yêu cầu không phải UTF-8 hợp lệ.") from exc
        items = data if isinstance(data, list) else [data]
        for item in items:
            if not isinstance(item.operation_name, str | None):
                raise HTTPException(400, "operationName phải là chuỗi hoặc null.")
            problem = text_problem([item.query, item.operation_name, item.variables])
            if problem:
                raise HTTPException(400, problem)
            self._resolve_persisted(item)
            if item.query:
                try:
                    precheck_cached(item.query)
                except QueryRejected as exc:
                    raise HTTPException(400, str(exc)) from exc
        return data

    # --- the answer: cost figures, size cap -------------------------------------------------

    def process_result(self, request, result):
        # A syntax error escapes the extensions' hooks (strawberry's parser cache raises it
        # through them): mark the 400 here.
        request.graphql_had_errors = bool(result.errors)
        if result.errors and any(isinstance(e, GraphQLSyntaxError) for e in result.errors):
            set_status(request, 400)
        return super().process_result(request, result)

    def create_response(self, response_data, sub_response):
        request = self.request
        estimate = getattr(request, "graphql_estimate", None)
        budget = getattr(request, "graphql_budget", None)
        if (
            isinstance(response_data, dict)
            and estimate is not None
            and budget is not None
            and request.headers.get(COST_HEADER)
        ):
            lim = budget.lim
            response_data.setdefault("extensions", {})["cost"] = {
                "estimatedNodes": estimate.nodes,
                "estimatedStatements": estimate.statements,
                "statements": budget.statements,
                "maxNodes": lim.max_cost,
                "maxStatements": lim.max_statements,
            }
        response = super().create_response(response_data, sub_response)
        cap = limits().max_response_bytes
        if len(response.content) > cap:
            return _error(
                400,
                f"Kết quả quá lớn ({vn_number(len(response.content))} byte, tối đa "
                f"{vn_number(cap)} byte): hãy giảm first/last hoặc bớt trường.",
            )
        return response

    def _resolve_persisted(self, item) -> None:
        from graphql_api.models import PersistedQuery, persisted_queries_only, query_hash

        if getattr(self.request, "congdoan_persisted", None):
            return  # a persisted GET, resolved and checked by graphql_api.persisted
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
                raise HTTPException(400, persisted_not_found(digest))
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
