"""The periodic privacy sweep (``VOICE_PRIVACY_CRON``, hourly by default).

Jobs autodiscovery imports only ``<app>/jobs.py``; ``voice/jobs.py`` imports this module
so the job is registered. ``sweep`` is the job's body, callable directly (tests, commands).
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.utils import timezone

import jobs
from voice import dpo_alerts, privacy, retention
from voice.models import Breach, DataSubjectRequest

logger = logging.getLogger("voice.privacy")


def clock_warnings(now=None) -> list[str]:
    """One line (no personal data) per request or breach whose clock is near or past."""
    now = now or timezone.now()
    lines = []
    for dsr in DataSubjectRequest.objects.filter(state__in=privacy.OPEN_STATES).order_by("due"):
        clock = privacy.dsr_clock(dsr, now)
        if clock.level in ("soon", "overdue"):
            lines.append(f"{dsr.reference} ({dsr.get_kind_display()}): {clock.label}")
    for breach in Breach.objects.filter(notified_at__isnull=True, closed_at__isnull=True):
        clock = privacy.breach_clock(breach, now)
        if clock.level in ("soon", "overdue"):
            lines.append(f"Sự cố #{breach.pk}: {clock.label}")
    return lines


def sweep(now=None) -> dict:
    now = now or timezone.now()
    warnings = clock_warnings(now)
    for line in warnings:
        logger.warning("privacy clock: %s", line)
    result = {
        "warnings": len(warnings),
        "digest_sent": dpo_alerts.daily_digest(warnings, now),
        "retention_set": retention.backfill(now),
        "erased": retention.purge_expired(now),
        "access_rows_deleted": retention.purge_access_log(now),
    }
    logger.info("privacy sweep: %s", result)
    return result


@jobs.periodic(cron=settings.VOICE_PRIVACY_CRON, name="voice.privacy_sweep")
def privacy_sweep():
    sweep()
