"""HTTP caching for cached reads: ETag validation (``If-None-Match``) and Cache-Control.

Shared by every cached read (persisted GraphQL GET, feeds, sitemaps): a response is either
public (``public, max-age, stale-while-revalidate``, strong ETag, 304 on a matching
``If-None-Match``) or never cached (``private, no-store``).
"""

from __future__ import annotations

import re

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse

NO_STORE = "private, no-store"
#: One entity tag of an If-None-Match list: optional W/ then a quoted string of etagc.
_ETAG = re.compile(r'\s*(W/)?"([\x21\x23-\x7e\x80-\xff]*)"\s*(?:,|$)')
MAX_IF_NONE_MATCH = 4096


class BadValidator(ValueError):
    """A malformed ``If-None-Match`` header (message in Vietnamese)."""


def if_none_match(request: HttpRequest) -> set[str] | str | None:
    """The entity tags of ``If-None-Match`` as opaque-tags (quotes kept, ``W/`` dropped:
    the comparison for GET is the weak one, RFC 9110 13.1.2), ``"*"`` for a star, None
    without the header. Raises ``BadValidator`` when the header is not a valid list."""
    raw = request.headers.get("If-None-Match")
    if raw is None:
        return None
    value = raw.strip()
    if value == "*":
        return "*"
    if not value or len(value) > MAX_IF_NONE_MATCH:
        raise BadValidator(
            "Header If-None-Match không hợp lệ: phải là * hoặc danh sách ETag trong dấu "
            'ngoặc kép, ví dụ "abc123", W/"abc123".'
        )
    tags: set[str] = set()
    position = 0
    while position < len(value):
        match = _ETAG.match(value, position)
        if match is None or match.end() == position:
            raise BadValidator(
                "Header If-None-Match không hợp lệ: phải là * hoặc danh sách ETag trong dấu "
                'ngoặc kép, ví dụ "abc123", W/"abc123".'
            )
        tags.add(f'"{match.group(2)}"')
        position = match.end()
    return tags


def matches(validators: set[str] | str | None, etag: str) -> bool:
    if validators is None:
        return False
    return validators == "*" or etag in validators


def public_cache_control(max_age: int | None = None, stale: int | None = None) -> str:
    max_age = settings.GRAPHQL_CACHE_MAX_AGE if max_age is None else max_age
    stale = settings.GRAPHQL_CACHE_STALE if stale is None else stale
    return f"public, max-age={max(0, int(max_age))}, stale-while-revalidate={max(0, int(stale))}"


def not_modified(etag: str, cache_control: str, headers: dict | None = None) -> HttpResponse:
    response = HttpResponse(status=304)
    response["ETag"] = etag
    response["Cache-Control"] = cache_control
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def problem(status: int, message: str, code: str | None = None) -> JsonResponse:
    """A GraphQL-shaped error, never cached."""
    error: dict = {"message": message}
    if code:
        error["extensions"] = {"code": code}
    response = JsonResponse(
        {"errors": [error]}, status=status, json_dumps_params={"ensure_ascii": False}
    )
    response["Cache-Control"] = NO_STORE
    return response
