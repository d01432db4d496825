"""The response cache: finished HTTP response bodies in Redis, invalidated by tag.

* ``make_key(kind, *parts)``: a key that always starts with the active tenant's schema, so two
  tenants never share an entry; the parts (document hash, canonical variables, organisation
  scope...) are hashed.
* ``response_cache.get(key)``: ONE Redis command (``GET``). The value holds everything a hit
  needs: a JSON header line (ETag, content type, extra headers, store time, lifetimes, tags)
  then the body bytes.
* ``response_cache.set(key, body, tags=..., ...)``: one Lua script stores the entry with a TTL
  of ``max_age + stale`` and adds the key to one Redis set per tag (``rc:k:<tag>``).
* ``invalidate(tags)``: one Lua script per batch of tags (all batches pipelined in one round
  trip) deletes every key in those sets, then the sets; CDN purges
  (``delivery.purge.purge_tags``) go out when the surrounding transaction commits.

A read that started before a write and stores its (old) result after the write's
invalidation must not survive it. Each invalidation leaves a mark per tag (``rc:v:<tag>`` =
Redis server time, kept ``RESPONSE_CACHE_MARK_SECONDS``); a miss takes a start time
(``begin()``, Redis server time, before it reads the database) and ``set(..., since=start)``
refuses to store if any of the entry's tags was invalidated after that start. Redis is the
only clock involved, so web workers on other hosts cannot skew it.

Without ``REDIS_URL`` (embedded development), the cache is off: every read executes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

import redis
from django.conf import settings
from django.db import connection, transaction

from congdoan.replicas import served_by_replica
from delivery import tags as tagnames

log = logging.getLogger(__name__)

ENTRY = "rc:e:"  # rc:e:<schema>:<kind>:<digest> -> header line + body
TAGSET = "rc:k:"  # rc:k:<tag> -> set of entry keys
MARK = "rc:v:"  # rc:v:<tag> -> Redis time (µs) of the tag's last invalidation
#: Tags per invalidation script call (the calls of one invalidate() share a round trip).
BATCH = 500

_SET = f"""
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local ttl = tonumber(ARGV[2])
local since = tonumber(ARGV[3])
local marklife = tonumber(ARGV[4])
if since > 0 then
  if now - since > marklife * 1000000 then return 0 end
  for i = 5, #ARGV do
    local m = redis.call('GET', '{MARK}' .. ARGV[i])
    if m and tonumber(m) >= since then return 0 end
  end
end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ttl)
for i = 5, #ARGV do
  local s = '{TAGSET}' .. ARGV[i]
  redis.call('SADD', s, KEYS[1])
  if redis.call('TTL', s) < ttl then redis.call('EXPIRE', s, ttl) end
end
return 1
"""

_INVALIDATE = f"""
local t = redis.call('TIME')
local now = t[1] .. string.format('%06d', tonumber(t[2]))
local marklife = tonumber(ARGV[1])
local n = 0
for i = 2, #ARGV do
  redis.call('SET', '{MARK}' .. ARGV[i], now, 'EX', marklife)
  local s = '{TAGSET}' .. ARGV[i]
  local members = redis.call('SMEMBERS', s)
  for j = 1, #members, 1000 do
    n = n + redis.call('DEL', unpack(members, j, math.min(j + 999, #members)))
  end
  redis.call('DEL', s)
end
return n
"""


@dataclass(frozen=True)
class Entry:
    body: bytes
    etag: str
    content_type: str
    headers: dict = field(default_factory=dict)
    stored_at: float = 0.0
    fresh: bool = True
    tags: tuple[str, ...] = ()


def etag_for(body: bytes) -> str:
    """A strong ETag: the quoted SHA-256 of the body (first 32 hex digits)."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def make_key(kind: str, *parts) -> str:
    """``rc:e:<schema>:<kind>:<sha256 of the parts>``. The active tenant's schema is always in
    the key; parts are anything JSON-serialisable (canonicalised: sorted keys)."""
    canonical = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return f"{ENTRY}{connection.schema_name}:{kind}:{digest}"


def _mark_seconds() -> int:
    return int(getattr(settings, "RESPONSE_CACHE_MARK_SECONDS", 120))


class ResponseCache:
    def __init__(self, url: str | None = None):
        self._url = url
        self._client = None
        self._set = None
        self._invalidate = None

    @property
    def url(self) -> str | None:
        if self._url is not None:
            return self._url or None
        return getattr(settings, "RESPONSE_CACHE_URL", None) or getattr(settings, "REDIS_URL", None)

    @property
    def enabled(self) -> bool:
        return bool(self.url) and getattr(settings, "RESPONSE_CACHE_ENABLED", True)

    @property
    def client(self):
        """One redis-py client (its pool is fork-safe: a forked worker opens its own)."""
        if self._client is None:
            self._client = redis.Redis.from_url(
                self.url, socket_timeout=2, socket_connect_timeout=2
            )
            self._set = self._client.register_script(_SET)
            self._invalidate = self._client.register_script(_INVALIDATE)
        return self._client

    def reset(self) -> None:
        """Forget the client (settings changed, e.g. in tests)."""
        if self._client is not None:
            self._client.close()
        self._client = self._set = self._invalidate = None

    # --- reads -------------------------------------------------------------------------------

    def get(self, key: str) -> Entry | None:
        """The entry, fresh or stale, or None. One ``GET``; a Redis failure is a miss."""
        if not self.enabled:
            return None
        try:
            raw = self.client.get(key)
        except redis.RedisError:  # the cache never breaks a read
            log.exception("response cache: GET failed")
            return None
        if raw is None:
            return None
        head, _, body = raw.partition(b"\n")
        try:
            meta = json.loads(head)
        except ValueError:
            return None
        stored_at = meta["t"]
        return Entry(
            body=body,
            etag=meta["e"],
            content_type=meta["c"],
            headers=meta.get("h") or {},
            stored_at=stored_at,
            fresh=time.time() - stored_at <= meta["m"],
            tags=tuple(meta.get("g") or ()),
        )

    def begin(self) -> int:
        """Redis server time in microseconds, taken before a miss reads the database; pass
        it to ``set(since=...)``. 0 (no race check) when the cache is off or unreachable."""
        if not self.enabled:
            return 0
        try:
            seconds, micros = self.client.time()
        except redis.RedisError:
            log.exception("response cache: TIME failed")
            return 0
        return seconds * 1_000_000 + micros

    # --- writes ------------------------------------------------------------------------------

    def set(
        self,
        key: str,
        body: bytes,
        *,
        tags: Iterable[str],
        content_type: str,
        headers: dict | None = None,
        max_age: int,
        stale: int = 0,
        since: int = 0,
        etag: str | None = None,
    ) -> str | None:
        """Store ``body`` under ``key``, findable by each tag. Returns its ETag, or None when
        nothing was stored (cache off, Redis failing, or a tag was invalidated after
        ``since``: the body may predate that write)."""
        tags = tagnames.unique(tags)
        etag = etag or etag_for(body)
        if not self.enabled:
            return None
        meta = {
            "e": etag,
            "c": content_type,
            "h": headers or {},
            "t": time.time(),
            "m": int(max_age),
            "s": int(stale),
            "g": tags,
        }
        head = json.dumps(meta, separators=(",", ":"), ensure_ascii=True).encode("ascii")
        ttl = max(1, int(max_age) + int(stale))
        try:
            self.client  # noqa: B018 - registers the scripts
            stored = self._set(
                keys=[key], args=[head + b"\n" + body, ttl, int(since), _mark_seconds(), *tags]
            )
        except redis.RedisError:
            log.exception("response cache: SET failed")
            return None
        return etag if stored else None

    def invalidate(self, tags: Iterable[str]) -> int:
        """Delete every entry carrying any of ``tags``; returns how many were deleted. All
        batches go in one pipelined round trip."""
        tags = tagnames.unique(tags)
        if not tags or not self.enabled:
            return 0
        try:
            self.client  # noqa: B018
            pipe = self.client.pipeline(transaction=False)
            for start in range(0, len(tags), BATCH):
                self._invalidate(
                    keys=[], args=[_mark_seconds(), *tags[start : start + BATCH]], client=pipe
                )
            return sum(int(n) for n in pipe.execute())
        except redis.RedisError:
            log.exception("response cache: invalidation of %d tags failed", len(tags))
            return 0

    def keys_for(self, tag: str) -> set[bytes]:
        """The entry keys currently recorded under ``tag`` (tests, benchmarks)."""
        if not self.enabled:
            return set()
        return self.client.smembers(TAGSET + tag)


response_cache = ResponseCache()


def purge_cdn(tags: Iterable[str]) -> int:
    """Send tag purges to the CDN backends (``delivery.purge``, when installed); returns the
    number of backend calls."""
    try:
        from delivery.purge import purge_tags
    except ImportError:
        return 0
    return purge_tags(list(tags))


def invalidate(tags: Iterable[str]) -> int:
    """Drop every cached response carrying any of ``tags``, now, and purge the CDN when the
    current transaction commits (at once outside a transaction). Inside a transaction the
    Redis purge is repeated on commit, so a read between now and the commit cannot leave
    the old content cached. Returns the number of Redis entries deleted now."""
    tags = tagnames.unique(tags)
    if not tags:
        return 0
    deleted = response_cache.invalidate(tags)
    if connection.in_atomic_block:
        transaction.on_commit(lambda: response_cache.invalidate(tags), robust=True)
    transaction.on_commit(lambda: purge_cdn(tags), robust=True)
    return deleted


def replica_safe(since: int) -> int:
    """The ``since`` to store a miss with: when its reads went to the streaming replica, which
    replays writes up to ``REPLICA_MAX_LAG_SECONDS`` (+ its health-probe interval) late, an
    invalidation that long before the read began may be missing from what it read, so such an
    answer must not be stored over it."""
    if not since or not served_by_replica():
        return since
    lag = settings.REPLICA_MAX_LAG_SECONDS + settings.REPLICA_HEALTH_SECONDS
    return since - int(lag * 1_000_000)
