"""Feeds and sitemaps over HTTP: cached in Redis with tags, strong ETags, 304s.

Every response is built once (``delivery.feeds`` / ``delivery.sitemaps``) and kept in the
response cache (``delivery.cache``) under a key holding the tenant, the kind, its arguments
and the public origin (item links carry the host), with the tags of everything in it. A
publish, unpublish, share, correction or retraction invalidates those tags
(``delivery.invalidation``), so the next request rebuilds the feed. Hits cost one Redis round
trip and never touch the database or the rate limiter; misses ask ``delivery.ratelimit``
first and, when refused, serve a stale copy if one is kept, else a 429. No copy outlives the
first listed item's expiry (``lifetimes``).

``If-None-Match`` is read and compared by ``delivery.http`` (weakly, RFC 9110 13.1.2, with
the strong ETag of the bytes), as for persisted GraphQL GETs; a header that is not a list of
entity tags (or ``*``) is refused with 400.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_safe

from congdoan.replicas import read_from_replica
from congdoan.text import normalise_code
from delivery import feeds, http, ratelimit, sitemaps
from delivery.cache import etag_for, make_key, replica_safe, response_cache
from delivery.cdn import tag_headers

TEXT = "text/plain; charset=utf-8"


def lifetimes(expires_at, now=None) -> tuple[int, int]:
    """(max-age, stale-while-revalidate) in seconds: the feed settings, cut so that no copy
    (client, CDN, Redis) is used past ``expires_at``, the first listed item's expiry."""
    max_age, stale = settings.FEEDS_MAX_AGE, settings.FEEDS_STALE_WHILE_REVALIDATE
    if expires_at is None:
        return max_age, stale
    left = int((expires_at - (now or timezone.now())).total_seconds())
    max_age = max(0, min(max_age, left))
    return max_age, max(0, min(stale, left - max_age))


def _error(status: int, message: str) -> HttpResponse:
    response = HttpResponse(message, status=status, content_type=TEXT)
    response["Cache-Control"] = http.NO_STORE
    return response


def _respond(entry_or_body, validators, state, *, etag=None, content_type=None, headers=None):
    """The response for a cached entry (``Age`` tells downstream caches how old it is) or a
    freshly built body: 304 when ``If-None-Match`` matches its ETag."""
    if isinstance(entry_or_body, bytes):
        body, age = entry_or_body, None
    else:
        entry = entry_or_body
        body, etag, content_type, headers = (
            entry.body,
            entry.etag,
            entry.content_type,
            entry.headers,
        )
        age = max(0, int(time.time() - entry.stored_at))
    if http.matches(validators, etag):
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(body, content_type=content_type)
    response["ETag"] = etag
    for name, value in (headers or {}).items():
        response[name] = value
    if age is not None:
        response["Age"] = str(age)
    response["X-Cache"] = state
    return response


def serve(request, kind: str, parts: tuple, build) -> HttpResponse:
    """A cached response for ``kind``/``parts``; ``build()`` returns (body, content_type,
    tags, expires_at) on a miss and may raise ``feeds.NotFound`` / ``sitemaps.NotFound``."""
    try:
        validators = http.if_none_match(request)
    except http.BadValidator as exc:
        return _error(400, str(exc))
    key = make_key("feeds", kind, request.scheme, request.get_host(), *parts)
    entry = response_cache.get(key)
    if entry is not None and entry.fresh:
        return _respond(entry, validators, "HIT")
    # Uncached execution: counted by the rate limiter (edge12), which may refuse it.
    decision = ratelimit.check(request)
    if not decision.allowed:
        if entry is not None:  # a stale copy rather than a 429
            return _respond(entry, validators, "STALE")
        return decision.apply(_error(429, decision.message()))
    since = response_cache.begin()  # before reading: a write after this voids the copy
    try:
        body, content_type, found_tags, expires_at = build()
    except (feeds.NotFound, sitemaps.NotFound) as exc:
        return _error(404, str(exc))
    since = replica_safe(since)
    max_age, stale = lifetimes(expires_at)
    headers = {"Cache-Control": http.public_cache_control(max_age, stale)}
    headers.update(tag_headers(found_tags))
    etag = etag_for(body)
    if max_age > 0:
        response_cache.set(
            key,
            body,
            tags=found_tags,
            content_type=content_type,
            headers=headers,
            max_age=max_age,
            stale=stale,
            since=since,
            etag=etag,
        )
    response = _respond(
        body, validators, "MISS", etag=etag, content_type=content_type, headers=headers
    )
    return decision.apply(response)


def _feed(request, kind: str, parts: tuple, fmt: str, channel_of) -> HttpResponse:
    render, content_type = feeds.FORMATS[fmt]

    def build():
        channel = channel_of()
        feed_url = request.build_absolute_uri(request.path)  # never the query string
        return render(channel, feed_url), content_type, channel.tags, channel.expires_at

    return serve(request, kind, (*parts, fmt), build)


@require_safe
@read_from_replica  # the streaming replica when configured and healthy
def tenant_feed(request, fmt: str):
    return _feed(request, "tenant", (), fmt, lambda: feeds.tenant_channel(request))


@require_safe
@read_from_replica  # the streaming replica when configured and healthy
def org_feed(request, code: str, fmt: str):
    code = normalise_code(code)
    return _feed(request, "org", (code,), fmt, lambda: feeds.org_channel(request, code))


@require_safe
@read_from_replica  # the streaming replica when configured and healthy
def topic_feed(request, slug: str, fmt: str):
    return _feed(
        request, "topic", (slug.strip().lower(),), fmt, lambda: feeds.topic_channel(request, slug)
    )


XML = "application/xml; charset=utf-8"


@require_safe
@read_from_replica  # the streaming replica when configured and healthy
def sitemap_index(request):
    def build():
        sitemap = sitemaps.sitemap_index(request)
        return sitemap.body, XML, sitemap.tags, sitemap.expires_at

    return serve(request, "sitemap-index", (), build)


@require_safe
@read_from_replica  # the streaming replica when configured and healthy
def sitemap_file(request, number: int):
    def build():
        sitemap = sitemaps.sitemap_file(request, number)
        return sitemap.body, XML, sitemap.tags, sitemap.expires_at

    return serve(request, "sitemap", (number,), build)
