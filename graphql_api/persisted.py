"""Persisted queries over GET: the normal read path of frontends, answered from the
response cache (``delivery.cache``) when possible.

``GET /graphql/?extensions={"persistedQuery":{"version":1,"sha256Hash":"<hash>"}}&variables=…``
(Apollo's format) or ``GET /graphql/persisted/<hash>/?variables=…&operationName=…``.

``front(request)`` runs before the GraphQL view: it parses and checks the request, answers a
cache hit (200 or 304) with one Redis command, or prepares a miss (``Plan``): the registered
query text is put in the request's parameters and the view executes it. ``finish`` then stores
a successful public answer under the tags its execution recorded (``delivery.collector``) and
sets the caching headers. Whatever is authenticated (session cookie or API token), previewed,
erroneous or a mutation is never stored and is sent ``Cache-Control: private, no-store``.

The cache key is the tenant's schema (``make_key``), the query's hash, the operation name,
the canonical variables and everything else in the request that can change the answer: the
host and scheme (site and absolute URLs) and the ``X-Organization`` header (microsite scope;
the ``organization`` argument is in the document or the variables).
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse, QueryDict

from delivery import collector
from delivery import tags as tagnames
from delivery.cache import Entry, etag_for, make_key, replica_safe, response_cache
from delivery.http import (
    NO_STORE,
    BadValidator,
    if_none_match,
    matches,
    not_modified,
    problem,
    public_cache_control,
)
from graphql_api.content.scope import HEADER as ORG_HEADER

SHA256 = re.compile(r"^[0-9a-f]{64}$")
CACHE_STATUS = "X-Cache"
VARY = ORG_HEADER
NOT_FOUND_CODE = "PERSISTED_QUERY_NOT_FOUND"


@dataclass
class Plan:
    """A persisted GET about to be executed."""

    sha: str
    cacheable: bool
    key: str = ""
    since: int = 0
    validators: set[str] | str | None = None
    decision: object = None
    collected: collector.Collected | None = field(default=None, repr=False)


def is_public(request: HttpRequest) -> bool:
    """No API token and no session cookie: the same answer for everyone."""
    return (
        getattr(request, "api_token", None) is None
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def _persisted_hash(raw: str | None) -> str | None:
    if not raw:
        return None
    try:
        extensions = json.loads(raw)
    except ValueError as exc:
        raise _Refused(400, "Tham số extensions không phải JSON hợp lệ.") from exc
    if not isinstance(extensions, dict):
        raise _Refused(400, "Tham số extensions phải là một đối tượng JSON.")
    persisted = extensions.get("persistedQuery")
    if persisted is None:
        return None
    if not isinstance(persisted, dict) or not isinstance(persisted.get("sha256Hash"), str):
        raise _Refused(
            400,
            'extensions.persistedQuery phải có dạng {"version": 1, "sha256Hash": "<mã băm>"}.',
        )
    return persisted["sha256Hash"]


class _Refused(Exception):
    def __init__(self, status: int, message: str, code: str | None = None):
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


def _variables(raw: str | None) -> dict | None:
    if raw in (None, "", "null"):
        return None
    limit = settings.GRAPHQL_MAX_VARIABLES_BYTES
    if len(raw.encode("utf-8")) > limit:
        raise _Refused(
            400,
            f"Tham số variables quá lớn ({len(raw.encode('utf-8'))} byte, tối đa {limit} "
            "byte): hãy bớt biến hoặc gửi bằng POST.",
        )
    try:
        value = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise _Refused(400, "Tham số variables không phải JSON hợp lệ.") from exc
    if not isinstance(value, dict):
        raise _Refused(400, "Tham số variables phải là một đối tượng JSON.")
    return value


def persisted_not_found(sha: str) -> str:
    return (
        f"Không tìm thấy truy vấn đã đăng ký có mã băm {sha[:64]} trên đơn vị này "
        "(PersistedQueryNotFound): hãy đăng ký truy vấn trong trang quản trị."
    )


def _registered(sha: str) -> str | None:
    from graphql_api.models import PersistedQuery

    return PersistedQuery.objects.filter(sha256=sha).values_list("query", flat=True).first()


def rate_limit(request):
    try:
        from delivery.ratelimit import check
    except ImportError:
        return None
    return check(request)


def _from_entry(entry: Entry, validators, status: str) -> HttpResponse:
    max_age = settings.GRAPHQL_CACHE_MAX_AGE if entry.fresh else 0
    cache_control = public_cache_control(max_age)
    headers = {**entry.headers, "Vary": VARY, CACHE_STATUS: status}
    if matches(validators, entry.etag):
        return not_modified(entry.etag, cache_control, headers)
    response = HttpResponse(entry.body, content_type=entry.content_type)
    response["ETag"] = entry.etag
    response["Cache-Control"] = cache_control
    for name, value in headers.items():
        response[name] = value
    return response


def front(request: HttpRequest, sha_from_path: str | None = None) -> HttpResponse | Plan | None:
    """A response (hit, 304, refusal), a ``Plan`` for a persisted GET to execute, or None for
    a request the view handles as before (POST; GET of an authenticated client)."""
    try:
        return _front(request, sha_from_path)
    except _Refused as refused:
        return problem(refused.status, refused.message, refused.code)


def _front(request: HttpRequest, sha_from_path: str | None) -> HttpResponse | Plan | None:
    if request.method != "GET":
        if sha_from_path:
            raise _Refused(405, "Truy vấn đã đăng ký theo đường dẫn này chỉ nhận GET.")
        return None
    params = request.GET
    public = is_public(request)
    sha = sha_from_path or _persisted_hash(params.get("extensions"))
    text = params.get("query")
    if sha is None:
        if not text:
            return None  # GraphiQL page, or strawberry's own "no query" refusal
        if not public or not settings.GRAPHQL_GET_PERSISTED_ONLY:
            return None
        from graphql_api.models import query_hash

        sha = query_hash(text)
        registered = _registered(sha)
        if registered is None:
            raise _Refused(
                400,
                "Truy vấn gửi bằng GET phải là truy vấn đã đăng ký của đơn vị: gửi mã băm "
                "SHA-256 (extensions.persistedQuery), hoặc gửi truy vấn bằng POST.",
            )
    else:
        registered = None
    sha = sha.strip().lower()
    if not SHA256.match(sha):
        raise _Refused(400, "Mã băm truy vấn phải là SHA-256 dạng 64 chữ số hexa.")
    if text:
        from graphql_api.models import query_hash

        if query_hash(text) != sha:
            raise _Refused(400, "Mã băm không khớp với truy vấn gửi kèm.")
    operation_name = params.get("operationName") or None
    variables = _variables(params.get("variables"))
    try:
        validators = if_none_match(request)
    except BadValidator as exc:
        raise _Refused(400, str(exc)) from exc
    cacheable = public and not request.headers.get("X-GraphQL-Cost")
    plan = Plan(sha=sha, cacheable=cacheable, validators=validators)
    stale: Entry | None = None
    if cacheable:
        plan.key = make_key(
            "gql",
            sha,
            operation_name,
            variables,
            request.get_host(),
            request.scheme,
            (request.headers.get(ORG_HEADER) or "").strip(),
        )
        entry = response_cache.get(plan.key)
        if entry is not None:
            if entry.fresh:
                return _from_entry(entry, validators, "HIT")
            stale = entry
        decision = rate_limit(request)
        if decision is not None and not decision.allowed:
            if stale is not None:
                return _from_entry(stale, validators, "STALE")
            response = decision.response()
            response["Cache-Control"] = NO_STORE
            return response
        plan.decision = decision
        plan.since = response_cache.begin()
    # A public client runs only what is registered; an editor's client may send its text.
    stored = text if text and not public else (registered or _registered(sha))
    if stored is None:
        raise _Refused(400, persisted_not_found(sha), NOT_FOUND_CODE)
    query = QueryDict(mutable=True)
    query["query"] = stored
    if params.get("variables") not in (None, ""):
        query["variables"] = params["variables"]
    if operation_name:
        query["operationName"] = operation_name
    request.GET = query
    request.congdoan_persisted = sha
    return plan


def finish(
    request: HttpRequest, response: HttpResponse, plan: Plan | None, decision=None
) -> HttpResponse:
    """Store a cacheable answer and set the caching headers of every GraphQL response;
    the rate limit's headers go on every executed one."""
    decision = decision or (plan.decision if plan is not None else None)
    if decision is not None:
        decision.apply(response)
    if plan is None or not _storable(request, response, plan):
        response["Cache-Control"] = NO_STORE
        if plan is not None and plan.cacheable:
            response[CACHE_STATUS] = "MISS"
        return response
    collected = plan.collected
    seconds = settings.GRAPHQL_CACHE_SECONDS
    if collected.expires_at is not None:
        seconds = min(seconds, int(collected.expires_at.timestamp() - time.time()))
    schema = connection.schema_name
    found = tagnames.unique(
        [tagnames.tenant(schema), tagnames.query(schema, plan.sha), *sorted(collected.tags)]
    )
    headers = _cdn_headers(found)
    body = response.content
    etag = etag_for(body)
    since = replica_safe(plan.since)
    if seconds > 0:
        response_cache.set(
            plan.key,
            body,
            tags=found,
            content_type=response["Content-Type"],
            headers=headers,
            max_age=seconds,
            stale=settings.GRAPHQL_CACHE_STALE,
            since=since,
            etag=etag,
        )
    cache_control = public_cache_control(min(settings.GRAPHQL_CACHE_MAX_AGE, max(seconds, 0)))
    extra = {**headers, "Vary": VARY, CACHE_STATUS: "MISS"}
    if matches(plan.validators, etag):
        return not_modified(etag, cache_control, extra)
    response["ETag"] = etag
    response["Cache-Control"] = cache_control
    for name, value in extra.items():
        response[name] = value
    return response


def _storable(request, response, plan: Plan) -> bool:
    return (
        plan.cacheable
        and plan.collected is not None
        and not plan.collected.forbidden
        and response.status_code == 200
        and not getattr(request, "graphql_had_errors", True)
    )


def _cdn_headers(found: list[str]) -> dict:
    try:
        from delivery.cdn import tag_headers
    except ImportError:
        return {}
    return dict(tag_headers(found))
