"""Finding a case by its code and secret, the worker's only key, without an oracle.

An unknown code and a wrong secret give the same answer (``None``: "not found") after the
same work (the secret is hashed either way, compared in constant time). Failed look-ups are
counted per client IP in the same Redis bucket as the web follow page's (``voice.abuse``,
``VOICE_FOLLOW_IP_RATE``, default 30 per hour), so the API is no way around that page's
limit; once the bucket is full every look-up from that address is refused with HTTP 429 until
the window passes, right or wrong.
"""

from __future__ import annotations

import contextlib
import hmac
import logging

from django.conf import settings
from django.db.models import Prefetch
from graphql import GraphQLError

from congdoan.throttle import client_ip
from graphql_api.security import set_status
from voice import abuse, codes, crypto
from voice.models import Case, Escalation

logger = logging.getLogger(__name__)
NOT_FOUND = "Không tìm thấy vụ việc với mã và mã bí mật này."


class LookupRefused(GraphQLError):
    pass


def refuse(request, limited: abuse.SubmissionLimited) -> LookupRefused:
    set_status(request, 429)
    return LookupRefused(
        limited.message,
        extensions={"code": "RATE_LIMITED", "retryAfter": limited.retry_after},
    )


def check_allowed(request) -> None:
    """Raise ``LookupRefused`` (429) when this address failed too many look-ups."""
    if request is None or not abuse.limits_enabled():
        return
    ip = client_ip(request)
    if not ip:
        return
    ident = abuse.network(ip)
    try:
        lim = abuse.limiter()
        rate = getattr(settings, "VOICE_FOLLOW_IP_RATE", "30/hour")
        for item in abuse._rates(rate):
            if not lim.test(item, "follow", ident):
                raise refuse(request, abuse._refusal(lim, "follow", ident, item))
    except LookupRefused:
        raise
    except Exception:
        logger.warning("Không kiểm tra được giới hạn tra cứu vụ việc (Redis?)", exc_info=True)


def count_failure(request) -> None:
    if request is None:
        return
    # Counted either way; once full, the next look-up is refused by check_allowed.
    with contextlib.suppress(abuse.SubmissionLimited):
        abuse.hit_follow_failure(client_ip(request))


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
