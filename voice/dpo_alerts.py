"""E-mail alerts to the data protection officer (DPO).

The DPO is told, by e-mail through the platform's own mail server (no third-party service):
when a data-subject request arrives, when a breach is recorded (its 72 h clock starts), and
once a day while a request or breach clock is near or past its end (the hourly privacy sweep
sends the digest the first time it finds one that day). Alerts carry references, kinds and
deadlines, never personal data. Recipients: ``VOICE_DPO_EMAILS`` when set, otherwise the
e-mail addresses of the DPO accounts (supervisors on a root organisation).

Alerts are jobs deferred in the transaction of the change (no alert for a rolled-back
request), so a mail server that is down delays the alert and never fails the request.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.utils import timezone

from jobs import defer, task
from voice.models import Handler

logger = logging.getLogger("voice.privacy")

EMAIL_TASK = "voice.dpo.email"
PREFIX = "[Dữ liệu cá nhân] "


def recipients() -> list[str]:
    configured = [a for a in getattr(settings, "VOICE_DPO_EMAILS", []) if a]
    if configured:
        return configured
    return sorted(
        set(
            Handler.objects.filter(role=Handler.Role.SUPERVISOR, organization__depth=1)
            .exclude(user__email="")
            .values_list("user__email", flat=True)
        )
    )


def alert(subject: str, body: str) -> None:
    """Queue one alert to the DPO (in the caller's transaction)."""
    defer(EMAIL_TASK, tenant=None, subject=subject, body=body)


@task(name=EMAIL_TASK, queue="voice", retries=6)
def email_dpo(*, subject: str, body: str) -> str:
    to = recipients()
    if not to:
        logger.warning("DPO alert not sent (no recipient): %s", subject)
        return "không gửi: chưa cấu hình người nhận (VOICE_DPO_EMAILS)"
    send_mail(
        PREFIX + subject,
        body + "\n\nThư tự động của hệ thống tiếp nhận ý kiến người lao động: mở mục "
        '"Dữ liệu cá nhân" trong trang quản trị để xử lý.',
        getattr(settings, "DEFAULT_FROM_EMAIL", None),
        to,
        fail_silently=False,
    )
    return f"đã gửi cho {len(to)} người nhận"


def request_received(dsr) -> None:
    alert(
        f"Yêu cầu mới {dsr.reference}: {dsr.get_kind_display()}",
        f"Yêu cầu {dsr.reference} ({dsr.get_kind_display()}) nhận lúc "
        f"{timezone.localtime(dsr.received_at):%H:%M %d/%m/%Y}.\n"
        f"Phải xác nhận đã nhận trước {timezone.localtime(dsr.acknowledge_due):%H:%M %d/%m/%Y}"
        f" và hoàn thành trước {timezone.localtime(dsr.due):%H:%M %d/%m/%Y}.",
    )


def breach_recorded(breach) -> None:
    alert(
        f"Sự cố #{breach.pk}: phải thông báo trước "
        f"{timezone.localtime(breach.notify_due):%H:%M %d/%m/%Y}",
        f"Sự cố dữ liệu cá nhân #{breach.pk} được ghi nhận (phát hiện lúc "
        f"{timezone.localtime(breach.discovered_at):%H:%M %d/%m/%Y}). Thông báo cho cơ quan "
        f"chuyên trách phải gửi trước {timezone.localtime(breach.notify_due):%H:%M %d/%m/%Y} "
        "(72 giờ kể từ khi phát hiện).",
    )


def daily_digest(lines: list[str], now=None) -> bool:
    """Queue the day's digest of clocks near or past their end, once per day; True when
    queued."""
    if not lines:
        return False
    day = timezone.localtime(now or timezone.now()).date()
    if not cache.add(f"voice:dpo-digest:{day:%Y%m%d}", 1, timeout=26 * 3600):
        return False
    alert(
        f"{len(lines)} thời hạn sắp hết hoặc đã quá ({day:%d/%m/%Y})",
        "\n".join(f"- {line}" for line in lines),
    )
    return True
