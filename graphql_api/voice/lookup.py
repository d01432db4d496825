"""Finding a case by its code and secret, the worker's only key, without an oracle.

An unknown code and a wrong secret give the same answer (``None``: "not found") after the
same work (the secret is hashed either way, compared in constant time). Failed look-ups are
counted per client (IP address, or API token) in Redis through the ``limits`` library, like
``delivery.ratelimit``; once over ``VOICE_LOOKUP_RATE`` (default 10 per minute and 50 per
hour) every look-up of that client is refused with HTTP 429 until the window passes, right
or wrong. This is on whatever ``RATELIMIT_ENABLED`` says: guessing secrets is not a load
problem but a privacy one.
"""

from __future__ import annotations

import hmac
import logging
import math
import time

from django.conf import settings
from django.db import connection
from django.db.models import Prefetch
from graphql import GraphQLError

from delivery.ratelimit import _limiter, _network, _rates
from graphql_api.security import set_status
from voice import codes, crypto
from voice.models import Case, Escalation

logger = logging.getLogger(__name__)
NAMESPACE = "voice-lookup"
DEFAULT_RATE = "10/minute;50/hour"
NOT_FOUND = "Không tìm thấy vụ việc với mã và mã bí mật này."


class LookupRefused(GraphQLError):
    pass


def _identity(request) -> tuple[str, ...]:
    from congdoan.throttle import client_ip

    token = getattr(request, "api_token", None)
    who = f"token:{token.pk}" if token is not None else f"ip:{_network(client_ip(request))}"
    return (NAMESPACE, connection.schema_name, who)


def _limit_state(request):
    rates = _rates(getattr(settings, "VOICE_LOOKUP_RATE", DEFAULT_RATE))
    limiter = _limiter(settings.RATELIMIT_STORAGE_URL, settings.RATELIMIT_STRATEGY)
    return limiter, rates, _identity(request)


def check_allowed(request) -> None:
    """Raise ``LookupRefused`` (429) when this client failed too many look-ups."""
    if request is None:
        return
    try:
        limiter, rates, ident = _limit_state(request)
        blocked = [item for item in rates if not limiter.test(item, *ident)]
        if not blocked:
            return
        wait = max(
            1,
            max(
                math.ceil(limiter.get_window_stats(item, *ident).reset_time - time.time())
                for item in blocked
            ),
        )
    except Exception:
        logger.warning("Không kiểm tra được giới hạn tra cứu vụ việc (Redis?)", exc_info=True)
        return
    set_status(request, 429)
    raise LookupRefused(
        "Bạn đã tra cứu sai quá nhiều lần. Vui lòng thử lại sau "
        f"{wait if wait < 120 else math.ceil(wait / 60)} {'giây' if wait < 120 else 'phút'}.",
        extensions={"code": "RATE_LIMITED", "retryAfter": wait},
    )


def count_failure(request) -> None:
    if request is None:
        return
    try:
        limiter, rates, ident = _limit_state(request)
        for item in rates:
            limiter.hit(item, *ident)
    except Exception:
        logger.warning("Không ghi được lần tra cứu sai (Redis?)", exc_info=True)


def follow_queryset():
    """A case with everything the worker's view shows, in four statements."""
    return Case.objects.select_related("organization").prefetch_related(
        Prefetch("escalations", Escalation.objects.select_related("to_organization")),
        "messages__organization",
        "consents",
    )


_DUMMY = crypto.secret_hash("0000-0000-0000-0000")


def find_case(request, code: str, secret: str, queryset=None) -> Case | None:
    """The case whose code and secret match, or None (counted as a failure)."""
    check_allowed(request)
    code = codes.normalise(code or "")[:32]
    given = crypto.secret_hash(codes.normalise(secret or "")[:64])
    qs = queryset if queryset is not None else Case.objects.all()
    case = qs.filter(code=code).first() if code else None
    stored = case.secret_hash if case is not None else _DUMMY
    if case is None or not hmac.compare_digest(stored, given) or case.erased_at is not None:
        count_failure(request)
        return None
    return case
