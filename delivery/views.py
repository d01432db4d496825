"""Feeds and sitemaps over HTTP: cached in Redis with tags, strong ETags, 304s.

Every response is built once (``delivery.feeds`` / ``delivery.sitemaps``) and kept in the
response cache (``delivery.cache``) under a key holding the tenant, the kind, its arguments
and the public origin (item links carry the host), with the tags of everything in it. A
publish, unpublish, share, correction or retraction invalidates those tags (cache12's signal
receivers), so the next request rebuilds the feed. Hits cost one Redis round trip and never
touch the database or the rate limiter; misses ask ``delivery.ratelimit`` first (when that
module is installed) and, when refused, serve a stale copy if one is kept.

``If-None-Match`` is compared weakly (RFC 9110 13.1.2) with the strong ETag of the bytes; a
header that is not a list of entity tags (or ``*``) is refused with 400.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.http import require_safe

from congdoan.text import normalise_code
from delivery import feeds, sitemaps

TEXT = "text/plain; charset=utf-8"
NO_STORE = "no-store"
# RFC 9110 entity-tag: [W/] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text.
_ETAG = re.compile(r'\s*(?:W/)?"([\x21\x23-\x7e\x80-\xff]*)"\s*')


class BadConditional(ValueError):
    pass


def parse_if_none_match(value: str | None) -> set[str] | None:
    """The opaque tags of an ``If-None-Match`` header (``{"*"}`` for ``*``), None without
    one; ``BadConditional`` when the header is not a comma-separated list of entity tags."""
    if value is None:
        return None
    if value.strip() == "*":
        return {"*"}
    found: set[str] = set()
    for part in value.split(","):
        if not part.strip():
            continue  # RFC 9110 5.6.1: empty list elements are ignored
        match = _ETAG.fullmatch(part)
        if match is None:
            raise BadConditional(value)
        found.add(match.group(1))
    if not found:
        raise BadConditional(value)
    return found


def _cache_control() -> str:
    return (
        f"public, max-age={settings.FEEDS_MAX_AGE}, "
        f"stale-while-revalidate={settings.FEEDS_STALE_WHILE_REVALIDATE}"
    )


def _tag_headers(tags: list[str]) -> dict[str, str]:
    """``Surrogate-Key`` (space-separated) and ``Cache-Tag`` (comma-separated) headers, from
    ``delivery.cdn`` (edge12's backends) when installed, else written here the same way."""
    try:
        from delivery.cdn import tag_headers
    except ImportError:
        return {"Surrogate-Key": " ".join(tags), "Cache-Tag": ",".join(tags)}
    return dict(tag_headers(tags))


def _error(status: int, message: str) -> HttpResponse:
    response = HttpResponse(message, status=status, content_type=TEXT)
    response["Cache-Control"] = NO_STORE
    return response


def _respond(request, body, etag, content_type, headers, wanted, state) -> HttpResponse:
    opaque = etag.removeprefix("W/").strip('"')
    if wanted is not None and ("*" in wanted or opaque in wanted):
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(body, content_type=content_type)
    response["ETag"] = etag
    response["Cache-Control"] = _cache_control()
    response["X-Cache"] = state
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def _rate_limit(request):
    """``delivery.ratelimit.check(request)`` when that module is installed (edge12), else
    None: feeds are then limited only by the cache in front of them."""
    try:
        from delivery import ratelimit
    except ImportError:
        return None
    return ratelimit.check(request)


def serve(request, kind: str, parts: tuple, build) -> HttpResponse:
    """A cached response for ``kind``/``parts``; ``build()`` -> (body, content_type, tags)
    runs on a miss and may raise ``feeds.NotFound`` / ``sitemaps.NotFound``."""
    from delivery.cache import etag_for, make_key, response_cache

    try:
        wanted = parse_if_none_match(request.headers.get("If-None-Match"))
    except BadConditional:
        return _error(
            400,
            "Tiêu đề If-None-Match không hợp lệ: cần một hoặc nhiều ETag trong dấu nháy kép "
            '(ví dụ "abc123"), cách nhau bằng dấu phẩy, hoặc *.',
        )
    key = make_key("feeds", kind, request.scheme, request.get_host(), *parts)
    entry = response_cache.get(key)
    if entry is not None and entry.fresh:
        return _respond(
            request, entry.body, entry.etag, entry.content_type, entry.headers, wanted, "HIT"
        )
    decision = _rate_limit(request)
    if decision is not None and not decision.allowed:
        if entry is not None:  # a stale copy rather than a 429
            return _respond(
                request, entry.body, entry.etag, entry.content_type, entry.headers, wanted, "STALE"
            )
        response = _error(429, "Quá nhiều yêu cầu. Vui lòng thử lại sau ít giây.")
        decision.apply(response)
        return response
    since = response_cache.begin()  # before reading: a write after this voids the copy
    try:
        body, content_type, tags = build()
    except (feeds.NotFound, sitemaps.NotFound) as exc:
        return _error(404, str(exc))
    headers = _tag_headers(tags)
    etag = etag_for(body)
    response_cache.set(
        key,
        body,
        tags=tags,
        content_type=content_type,
        headers=headers,
        max_age=settings.FEEDS_MAX_AGE,
        stale=settings.FEEDS_STALE_WHILE_REVALIDATE,
        since=since,
        etag=etag,
    )
    response = _respond(request, body, etag, content_type, headers, wanted, "MISS")
    if decision is not None:
        decision.apply(response)
    return response


def _feed(request, kind: str, parts: tuple, fmt: str, channel_of) -> HttpResponse:
    render, content_type = feeds.FORMATS[fmt]

    def build():
        channel = channel_of()
        feed_url = request.build_absolute_uri(request.path)  # never the query string
        return render(channel, feed_url), content_type, channel.tags

    return serve(request, kind, (*parts, fmt), build)


@require_safe
def tenant_feed(request, fmt: str):
    return _feed(request, "tenant", (), fmt, lambda: feeds.tenant_channel(request))


@require_safe
def org_feed(request, code: str, fmt: str):
    code = normalise_code(code)
    return _feed(request, "org", (code,), fmt, lambda: feeds.org_channel(request, code))


@require_safe
def topic_feed(request, slug: str, fmt: str):
    return _feed(
        request, "topic", (slug.strip().lower(),), fmt, lambda: feeds.topic_channel(request, slug)
    )


XML = "application/xml; charset=utf-8"


@require_safe
def sitemap_index(request):
    def build():
        sitemap = sitemaps.sitemap_index(request)
        return sitemap.body, XML, sitemap.tags

    return serve(request, "sitemap-index", (), build)


@require_safe
def sitemap_file(request, number: int):
    def build():
        sitemap = sitemaps.sitemap_file(request, number)
        return sitemap.body, XML, sitemap.tags

    return serve(request, "sitemap", (number,), build)
