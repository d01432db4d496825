"""Rate limits of uncached executions (docs/cdn-and-limits.md).

Callers (the GraphQL view and the feeds) call :func:`check` only when they are about to run
a request that no cache answered: a cached hit or a 304 costs nothing and is never counted.
Counters live in Redis through the ``limits`` library, one bucket per tenant and client:

- a request with an API token (``request.api_token``, set by
  ``graphql_api.views.authenticate_token``) counts against that token (``RATELIMIT_TOKEN_RATE``);
- a signed-in user (admin session, preview) against that user, at the same rate;
- anyone else against their IP address (``RATELIMIT_ANON_RATE``): the socket's address, or,
  behind ``TRUSTED_PROXY_COUNT`` proxies, the address the outermost trusted proxy saw.
  ``X-Forwarded-For`` is ignored unless that count is set (default 0). IPv6 clients count per
  ``/RATELIMIT_IPV6_PREFIX`` network.

Headers follow the IETF draft "RateLimit header fields for HTTP"
(draft-ietf-httpapi-ratelimit-headers-09/10): ``RateLimit-Policy: "ip-60s";q=120;w=60`` and
``RateLimit: "ip-60s";r=37;t=21``; a refusal is a 429 with ``Retry-After`` and a Vietnamese
error in GraphQL's shape. When Redis cannot be reached the request is let through (logged):
limits protect the service, they must not take it down.
"""

from __future__ import annotations

import ipaddress
import logging
import math
import time
from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from limits import RateLimitItem, parse_many
from limits.storage import storage_from_string
from limits.strategies import STRATEGIES

from congdoan.throttle import client_ip

logger = logging.getLogger("delivery.ratelimit")
NAMESPACE = "uncached"
_UNITS = {"second": "giây", "minute": "phút", "hour": "giờ", "day": "ngày", "month": "tháng"}
_WHO = {
    "ip": "địa chỉ IP này",
    "token": "API token này",
    "user": "tài khoản này",
}


@dataclass
class Decision:
    """The outcome of one :func:`check`: ``allowed``, the RateLimit ``headers`` to send, and
    when refused the seconds to wait (``retry_after``)."""

    allowed: bool
    headers: dict[str, str] = field(default_factory=dict)
    retry_after: int | None = None
    kind: str = ""
    limit: RateLimitItem | None = None

    def apply(self, response: HttpResponse) -> HttpResponse:
        """Set the RateLimit headers on ``response`` (and ``Retry-After`` on a 429)."""
        for name, value in self.headers.items():
            response[name] = value
        if response.status_code == 429 and self.retry_after:
            response["Retry-After"] = str(self.retry_after)
        return response

    def message(self) -> str:
        who = _WHO.get(self.kind, "máy khách này")
        rule = ""
        if self.limit is not None:
            unit = _UNITS.get(self.limit.GRANULARITY.name, self.limit.GRANULARITY.name)
            every = (
                f"mỗi {self.limit.multiples} {unit}" if self.limit.multiples > 1 else f"mỗi {unit}"
            )
            rule = f" (tối đa {self.limit.amount} yêu cầu {every})"
        return (
            f"Quá nhiều yêu cầu không có sẵn trong bộ nhớ đệm từ {who}{rule}. "
            f"Vui lòng thử lại sau {self.retry_after or 1} giây."
        )

    def response(self) -> JsonResponse:
        """The 429 refusal: GraphQL error shape, Vietnamese message, all headers."""
        extensions = {"code": "RATE_LIMITED", "retryAfter": self.retry_after or 1}
        if self.limit is not None:
            extensions["limit"] = self.limit.amount
            extensions["windowSeconds"] = self.limit.get_expiry()
        response = JsonResponse(
            {"errors": [{"message": self.message(), "extensions": extensions}]},
            status=429,
            json_dumps_params={"ensure_ascii": False},
        )
        response["Cache-Control"] = "no-store"
        return self.apply(response)


UNLIMITED = Decision(allowed=True)


@lru_cache(maxsize=8)
def _limiter(url: str, strategy: str):
    options = {}
    if url.startswith(("redis", "rediss", "valkey")):
        options = {"socket_timeout": 0.5, "socket_connect_timeout": 0.5, "key_prefix": "ratelimit"}
    return STRATEGIES[strategy](storage_from_string(url, **options))


@lru_cache(maxsize=32)
def _rates(value: str) -> tuple[RateLimitItem, ...]:
    return tuple(parse_many(value))


def _network(address: str | None) -> str:
    """The address an anonymous client is counted under (IPv6: its /prefix network)."""
    try:
        ip = ipaddress.ip_address((address or "").strip())
    except ValueError:
        return (address or "unknown").replace("/", "_")
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        prefix = settings.RATELIMIT_IPV6_PREFIX
        return str(ipaddress.IPv6Network((ip, prefix), strict=False)).replace("/", "_")
    return str(ip)


def bucket(request: HttpRequest) -> tuple[str, str, tuple[RateLimitItem, ...]]:
    """(kind, identifier, rates) of the client making ``request``."""
    token = getattr(request, "api_token", None)
    if token is not None:
        return "token", str(token.pk), _rates(settings.RATELIMIT_TOKEN_RATE)
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return "user", str(user.pk), _rates(settings.RATELIMIT_TOKEN_RATE)
    return "ip", _network(client_ip(request)), _rates(settings.RATELIMIT_ANON_RATE)


def _policy_name(kind: str, item: RateLimitItem) -> str:
    return f"{kind}-{item.get_expiry()}s"


def check(request: HttpRequest, *, cost: int = 1) -> Decision:
    """Count one uncached execution for the client of ``request`` in the current tenant."""
    if not settings.RATELIMIT_ENABLED:
        return UNLIMITED
    kind, ident, rates = bucket(request)
    if not rates:
        return UNLIMITED
    identifiers = (NAMESPACE, connection.schema_name, kind, ident)
    try:
        limiter = _limiter(settings.RATELIMIT_STORAGE_URL, settings.RATELIMIT_STRATEGY)
        outcomes = []
        allowed = True
        for item in rates:
            # Once one rate refuses, the others are read, not spent.
            ok = limiter.hit(item, *identifiers, cost=cost) if allowed else False
            allowed = allowed and ok
            outcomes.append((item, ok, limiter.get_window_stats(item, *identifiers)))
    except Exception:
        logger.warning("Không kiểm tra được giới hạn tần suất (Redis?); cho qua", exc_info=True)
        return UNLIMITED
    now = time.time()
    policy, state = [], []
    retry_after, refusing = None, None
    for item, _ok, stats in outcomes:
        name = _policy_name(kind, item)
        reset = max(0, math.ceil(stats.reset_time - now))
        policy.append(f'"{name}";q={item.amount};w={item.get_expiry()}')
        state.append(f'"{name}";r={stats.remaining};t={reset}')
        if not allowed and stats.remaining <= 0:
            wait = max(1, reset)
            if retry_after is None or wait > retry_after:
                retry_after, refusing = wait, item
    if not allowed and retry_after is None:  # refused by a rate whose window just rolled
        retry_after, refusing = 1, next(item for item, ok, _ in outcomes if not ok)
    headers = {"RateLimit-Policy": ", ".join(policy), "RateLimit": ", ".join(state)}
    return Decision(
        allowed=allowed,
        headers=headers,
        retry_after=retry_after,
        kind=kind,
        limit=refusing,
    )
