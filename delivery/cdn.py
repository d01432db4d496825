"""Cache tags as CDN response headers (docs/cdn-and-limits.md).

``tag_headers(tags)`` turns the tags of a cached response (``delivery.tags``) into
``Surrogate-Key`` (Fastly, Varnish xkey: space separated) and ``Cache-Tag`` (Cloudflare:
comma separated). ``delivery.purge`` purges the same strings, so both sides go through
:func:`cdn_key`.

Limits respected (settings ``CDN_TAG_*``): Fastly reads at most 16,384 bytes of
``Surrogate-Key`` and 1,024 bytes per key; Cloudflare at most 16 KB of ``Cache-Tag`` and
about 1,000 tags per response, case-insensitively. A response whose tags do not fit keeps
the tags that fit plus the broader *fallback* tag (the tenant's tag), and every dropped tag
is remembered in Redis as "purge the fallback too": purging a dropped tag then purges the
tenant's tag, so the CDN never keeps a copy that no purge reaches.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache

from django.conf import settings
from django.db import connection

logger = logging.getLogger("delivery.cdn")

SURROGATE_KEY = "Surrogate-Key"
CACHE_TAG = "Cache-Tag"
# Characters every CDN accepts inside one tag (no space, comma, quote or semicolon).
_SAFE = re.compile(r"^[a-z0-9._:/@=+-]+$")
_FALLBACK_KEY = "cdn:fallback:"


def cdn_key(tag: str) -> str:
    """One tag as the CDNs see it: prefixed (``CDN_TAG_PREFIX``), lower-case (Cloudflare
    ignores case), and replaced by a digest when it holds a character a CDN would split on
    or is longer than ``CDN_TAG_MAX_KEY_BYTES``."""
    key = f"{settings.CDN_TAG_PREFIX}{tag}".lower()
    if _SAFE.match(key) and len(key) <= settings.CDN_TAG_MAX_KEY_BYTES:
        return key
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16).hexdigest()
    return f"{settings.CDN_TAG_PREFIX}h:{digest}".lower()


def cdn_keys(tags: Iterable[str]) -> list[str]:
    """Distinct CDN keys of ``tags``, first occurrence first."""
    return list(dict.fromkeys(cdn_key(t) for t in tags if t))


def _default_fallback() -> list[str]:
    from delivery import tags as tag_names

    return [tag_names.tenant(connection.schema_name)]


def fit(keys: list[str], fallback: list[str]) -> tuple[list[str], list[str]]:
    """(kept, dropped): all of ``keys`` when they fit the header limits, otherwise the
    fallback keys plus as many of ``keys`` as still fit, in order."""
    max_bytes = settings.CDN_TAG_HEADER_MAX_BYTES
    max_count = settings.CDN_TAG_MAX_COUNT

    def size(items):
        return sum(len(k) for k in items) + max(0, len(items) - 1)

    if len(keys) <= max_count and size(keys) <= max_bytes:
        return keys, []
    kept = list(dict.fromkeys(fallback))
    used, count = size(kept), len(kept)
    dropped = []
    for key in keys:
        if key in kept:
            continue
        if count < max_count and used + 1 + len(key) <= max_bytes:
            kept.append(key)
            used += 1 + len(key)
            count += 1
        else:
            dropped.append(key)
    return kept, dropped


def tag_headers(tags: Iterable[str], *, fallback: Iterable[str] | None = None) -> dict[str, str]:
    """``{"Surrogate-Key": "a b", "Cache-Tag": "a,b"}`` for the tags of one response.

    ``fallback`` (default: the current tenant's tag) replaces what does not fit; see the
    module docstring. Empty when ``CDN_TAG_HEADERS`` is off or there is no tag.
    """
    if not settings.CDN_TAG_HEADERS:
        return {}
    keys = cdn_keys(tags)
    if not keys:
        return {}
    fallback_keys = cdn_keys(fallback if fallback is not None else _default_fallback())
    kept, dropped = fit(keys, fallback_keys)
    if dropped:
        remember_fallback(dropped, fallback_keys)
    return {SURROGATE_KEY: " ".join(kept), CACHE_TAG: ",".join(kept)}


# --- the fallback index: dropped key -> fallback keys to purge with it ------------------------


class _LocalIndex:
    """Used when there is no Redis (development without REDIS_URL): one process only."""

    def __init__(self):
        self.data: dict[str, tuple[set[str], float]] = {}
        self.lock = threading.Lock()

    def add(self, dropped, fallback, ttl):
        expires = time.monotonic() + ttl
        with self.lock:
            for key in dropped:
                members, _ = self.data.get(key, (set(), 0))
                self.data[key] = (members | set(fallback), expires)

    def lookup(self, keys):
        now = time.monotonic()
        found = set()
        with self.lock:
            for key in keys:
                members, expires = self.data.get(key, (set(), 0))
                if expires > now:
                    found |= members
        return found


_local_index = _LocalIndex()
# Overflowing tag sets already recorded by this process (digest -> time to record again), so
# a response served many times records its fallback once per half lifetime, not per hit.
_recorded: OrderedDict[str, float] = OrderedDict()
_recorded_lock = threading.Lock()


@lru_cache(maxsize=4)
def _redis(url: str):
    import redis

    return redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)


def redis_client():
    """The raw Redis client of ``REDIS_URL`` (keys here are global, not per schema), or None."""
    url = getattr(settings, "REDIS_URL", None)
    return _redis(url) if url else None


def remember_fallback(dropped: list[str], fallback: list[str]) -> None:
    ttl = settings.CDN_TAG_FALLBACK_SECONDS
    digest = hashlib.blake2b(
        "\n".join([*fallback, "", *dropped]).encode(), digest_size=16
    ).hexdigest()
    now = time.monotonic()
    with _recorded_lock:
        if _recorded.get(digest, 0) > now:
            return
    client = redis_client()
    if client is None:
        _local_index.add(dropped, fallback, ttl)
    else:
        try:
            with client.pipeline(transaction=False) as pipe:
                for key in dropped:
                    pipe.sadd(_FALLBACK_KEY + key, *fallback)
                    pipe.expire(_FALLBACK_KEY + key, ttl)
                pipe.execute()
        except Exception:  # Redis down: the headers still go out; log, never fail the read
            logger.exception("Không ghi được thẻ dự phòng CDN cho %d thẻ bị bỏ", len(dropped))
            return
    with _recorded_lock:
        _recorded[digest] = now + ttl / 2
        _recorded.move_to_end(digest)
        while len(_recorded) > 1024:
            _recorded.popitem(last=False)
    logger.info(
        "Phản hồi có quá nhiều thẻ CDN: %d thẻ thay bằng %s", len(dropped), " ".join(fallback)
    )


def fallbacks_for(keys: Iterable[str]) -> set[str]:
    """Fallback keys recorded for any of ``keys`` (one Redis round trip)."""
    keys = list(keys)
    if not keys:
        return set()
    client = redis_client()
    if client is None:
        return _local_index.lookup(keys)
    try:
        with client.pipeline(transaction=False) as pipe:
            for key in keys:
                pipe.smembers(_FALLBACK_KEY + key)
            results = pipe.execute()
    except Exception:
        logger.exception("Không đọc được thẻ dự phòng CDN; chỉ xoá các thẻ được yêu cầu")
        return set()
    found = set()
    for members in results:
        found |= {m.decode() if isinstance(m, bytes) else m for m in members}
    return found


def forget_recorded() -> None:
    """Tests: forget which overflowing tag sets this process has recorded."""
    with _recorded_lock:
        _recorded.clear()
    _local_index.data.clear()
