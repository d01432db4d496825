"""Abuse protection of the intake: submission limits and a self-hosted challenge.

Limits (counted in Redis with the ``limits`` library, shared by every tenant and process):

- per member account and per contact (the blind index of the phone number or e-mail, never
  the value): ``VOICE_INTAKE_MEMBER_RATE`` (default ``5/hour``);
- per client IP address (IPv6: per /64 network; behind ``TRUSTED_PROXY_COUNT`` proxies the
  address the outermost trusted proxy saw): ``VOICE_INTAKE_IP_RATE`` (default ``20/hour``).

Only submissions that passed every other check are counted (a typo does not use up a
worker's quota). A refusal is :class:`SubmissionLimited`, which the web form answers with
HTTP 429, ``Retry-After`` and a Vietnamese message, and the API with its error shape.
Staff entering hotline calls are not limited. ``VOICE_INTAKE_LIMITS_ENABLED`` (default True)
turns the limits off; when Redis cannot be reached a submission is let through (logged).

Challenge (no third-party captcha: sending visitors' data to a foreign service would be a
cross-border transfer under Decree 356/2025): the form carries a small arithmetic question
in Vietnamese words ("bảy cộng năm bằng mấy?") and a token signed with the site's secret
key holding a random nonce, the time it was issued and a keyed hash of the answer (the
answer itself is not in the page). The server checks the signature, the answer, that the
form was not sent back faster than ``VOICE_CHALLENGE_MIN_SECONDS`` (default 2 s: scripts
post at once, people read) nor later than ``VOICE_CHALLENGE_MAX_AGE`` (default 2 h), and that
the nonce was never used before (``SET NX`` in Redis): one token, one attempt. It works
without JavaScript. It does not stop a determined person, only cheap scripts; the limits
above are the real bound.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import math
import secrets
import time
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError
from limits import RateLimitItem, parse_many
from limits.storage import storage_from_string
from limits.strategies import STRATEGIES

logger = logging.getLogger("voice.abuse")
NAMESPACE = "voice-intake"
_UNITS = {"second": "giây", "minute": "phút", "hour": "giờ", "day": "ngày"}
_WHO = {
    "member": "tài khoản của bạn",
    "contact": "số điện thoại hoặc email này",
    "ip": "địa chỉ mạng này",
}


class SubmissionLimited(Exception):
    """Too many submissions: ``retry_after`` seconds to wait; ``message`` in Vietnamese."""

    def __init__(self, *, kind: str, limit: RateLimitItem, retry_after: int):
        self.kind = kind
        self.limit = limit
        self.retry_after = max(1, int(retry_after))
        unit = _UNITS.get(limit.GRANULARITY.name, limit.GRANULARITY.name)
        every = f"mỗi {limit.multiples} {unit}" if limit.multiples > 1 else f"mỗi {unit}"
        if kind == "follow":
            self.message = (
                f"Bạn đã nhập sai mã quá nhiều lần (tối đa {limit.amount} lần {every}). "
                f"Vui lòng thử lại sau {wait_text(self.retry_after)}."
            )
        else:
            self.message = (
                f"Bạn đã gửi quá nhiều ý kiến từ {_WHO.get(kind, 'nơi này')} "
                f"(tối đa {limit.amount} ý kiến {every}). "
                f"Vui lòng thử lại sau {wait_text(self.retry_after)}."
            )
        super().__init__(self.message)


def wait_text(seconds: int) -> str:
    """90 -> "90 giây", 150 -> "3 phút", 7200 -> "2 giờ" (rounded up)."""
    if seconds >= 7200:
        return f"{math.ceil(seconds / 3600)} giờ"
    if seconds >= 120:
        return f"{math.ceil(seconds / 60)} phút"
    return f"{seconds} giây"


# --- limits --------------------------------------------------------------------------------


def member_rate() -> str:
    return getattr(settings, "VOICE_INTAKE_MEMBER_RATE", "5/hour")


def ip_rate() -> str:
    return getattr(settings, "VOICE_INTAKE_IP_RATE", "20/hour")


def limits_enabled() -> bool:
    return bool(getattr(settings, "VOICE_INTAKE_LIMITS_ENABLED", True))


@lru_cache(maxsize=4)
def _limiter(url: str):
    options = {}
    if url.startswith(("redis", "rediss", "valkey")):
        options = {"socket_timeout": 0.5, "socket_connect_timeout": 0.5, "key_prefix": NAMESPACE}
    return STRATEGIES["sliding-window-counter"](storage_from_string(url, **options))


def limiter():
    url = getattr(settings, "VOICE_INTAKE_LIMITS_STORAGE_URL", "") or settings.RATELIMIT_STORAGE_URL
    return _limiter(url)


@lru_cache(maxsize=16)
def _rates(value: str) -> tuple[RateLimitItem, ...]:
    return tuple(parse_many(value)) if value else ()


def network(address: str | None) -> str:
    """The address a client is counted under (IPv6: its /64 network)."""
    try:
        ip = ipaddress.ip_address((address or "").strip())
    except ValueError:
        return (address or "unknown").replace("/", "_")[:64]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        prefix = getattr(settings, "RATELIMIT_IPV6_PREFIX", 64)
        return str(ipaddress.IPv6Network((ip, prefix), strict=False)).replace("/", "_")
    return str(ip)


def buckets(*, member=None, contact_index: str = "", ip: str | None = None):
    """(kind, identifier, rates) the submission counts against."""
    out = []
    if ip:
        out.append(("ip", network(ip), _rates(ip_rate())))
    if member is not None and getattr(member, "pk", None):
        out.append(("member", str(member.pk), _rates(member_rate())))
    if contact_index:
        out.append(("contact", contact_index, _rates(member_rate())))
    return [b for b in out if b[2]]


def hit_submission(*, member=None, contact_index: str = "", ip: str | None = None) -> None:
    """Count one submission; raise :class:`SubmissionLimited` (counting nothing) when any
    bucket is full."""
    if not limits_enabled():
        return
    todo = buckets(member=member, contact_index=contact_index, ip=ip)
    if not todo:
        return
    try:
        lim = limiter()
        for kind, ident, rates in todo:
            for item in rates:
                if not lim.test(item, kind, ident):
                    raise _refusal(lim, kind, ident, item)
        for kind, ident, rates in todo:
            for item in rates:
                if not lim.hit(item, kind, ident):
                    raise _refusal(lim, kind, ident, item)
    except SubmissionLimited:
        raise
    except Exception:
        logger.warning("Không kiểm tra được giới hạn gửi ý kiến (Redis?); cho qua", exc_info=True)


def hit_follow_failure(ip: str | None) -> None:
    """Count a wrong code/secret on the follow page (``VOICE_FOLLOW_IP_RATE``, default
    ``30/hour`` per IP): secrets have 80 bits, this only keeps scripts from hammering."""
    if not limits_enabled() or not ip:
        return
    rate = getattr(settings, "VOICE_FOLLOW_IP_RATE", "30/hour")
    try:
        lim = limiter()
        for item in _rates(rate):
            if not lim.hit(item, "follow", network(ip)):
                raise _refusal(lim, "follow", network(ip), item)
    except SubmissionLimited:
        raise
    except Exception:
        logger.warning("Không kiểm tra được giới hạn tra cứu (Redis?); cho qua", exc_info=True)


def _refusal(lim, kind, ident, item) -> SubmissionLimited:
    stats = lim.get_window_stats(item, kind, ident)
    wait = math.ceil(stats.reset_time - time.time())
    return SubmissionLimited(kind=kind, limit=item, retry_after=max(1, wait))


# --- challenge -----------------------------------------------------------------------------

_WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]
_SALT = "voice.challenge"


@dataclass(frozen=True)
class Challenge:
    token: str
    question: str


def min_seconds() -> float:
    return float(getattr(settings, "VOICE_CHALLENGE_MIN_SECONDS", 2))


def max_age() -> int:
    return int(getattr(settings, "VOICE_CHALLENGE_MAX_AGE", 2 * 3600))


def _answer_mac(nonce: str, answer: str) -> str:
    key = f"{settings.SECRET_KEY}:{_SALT}".encode()
    return hmac.new(key, f"{nonce}:{answer}".encode(), hashlib.sha256).hexdigest()[:32]


def issue_challenge() -> Challenge:
    a, b = secrets.randbelow(9) + 1, secrets.randbelow(9) + 1
    if secrets.randbelow(2) and a != b:
        a, b = max(a, b), min(a, b)
        question, answer = f"{_WORDS[a]} trừ {_WORDS[b]} bằng mấy?", a - b
    else:
        question, answer = f"{_WORDS[a]} cộng {_WORDS[b]} bằng mấy?", a + b
    nonce = secrets.token_urlsafe(12)
    payload = {
        "n": nonce,
        "h": _answer_mac(nonce, str(answer)),
        "t": math.floor(time.time() * 1000) / 1000,
    }
    token = signing.dumps(payload, salt=_SALT, compress=False)
    return Challenge(token=token, question=question[0].upper() + question[1:])


def _parse_answer(answer) -> str:
    text = str(answer or "").strip().lower()
    if text.isdigit():
        return str(int(text))
    if text in _WORDS:
        return str(_WORDS.index(text))
    words = {"mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14, "mười lăm": 15}
    words |= {"mười sáu": 16, "mười bảy": 17, "mười tám": 18}
    return str(words.get(text, text))


def verify_challenge(token: str, answer, *, now: float | None = None) -> None:
    """Accept the challenge once, or raise a Vietnamese ``ValidationError``. The token is
    spent by any attempt with a valid signature (right or wrong answer)."""
    now = time.time() if now is None else now
    try:
        payload = signing.loads(token or "", salt=_SALT, max_age=max_age())
        nonce, mac, issued = payload["n"], payload["h"], float(payload["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise ValidationError(
            "Câu hỏi kiểm tra đã hết hạn hoặc không hợp lệ. Vui lòng trả lời câu hỏi mới.",
            code="challenge_expired",
        ) from None
    if not cache.add(f"voice:challenge:{nonce}", 1, timeout=max_age() + 60):
        raise ValidationError(
            "Câu hỏi kiểm tra này đã được dùng. Vui lòng trả lời câu hỏi mới.",
            code="challenge_used",
        )
    if now - issued < min_seconds():
        raise ValidationError(
            "Biểu mẫu được gửi quá nhanh. Vui lòng đọc lại và gửi lại.", code="challenge_fast"
        )
    if not hmac.compare_digest(mac, _answer_mac(nonce, _parse_answer(answer))):
        raise ValidationError(
            "Câu trả lời câu hỏi kiểm tra chưa đúng. Vui lòng trả lời câu hỏi mới.",
            code="challenge_wrong",
        )


def solve(question: str) -> int:
    """The answer of a question :func:`issue_challenge` made (for tests and benchmarks)."""
    words = question.lower().rstrip("?").replace(" bằng mấy", "").split()
    a, op, b = _WORDS.index(words[0]), words[1], _WORDS.index(words[2])
    return a + b if op == "cộng" else a - b
