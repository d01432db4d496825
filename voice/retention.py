"""How long personal data in cases is kept, and its purge (docs/personal-data.md).

* A case that ended (closed, withdrawn, merged into another) is kept
  ``VOICE_RETENTION_MONTHS`` months (24) from the day it ended: ``Case.retention_until`` is
  set when ``case_changed`` announces the end, and the periodic privacy job
  (voice/privacy_jobs.py) erases it with ``EraseCase`` once that day has passed. A reopened
  case has its date cleared. Consent evidence lives as long as its case.
* The access log (``CaseAccess``) is kept ``VOICE_ACCESS_LOG_DAYS`` days (3 years) and then
  deleted.
* Erased cases stay as content-free rows (counted in figures) with ``erased_at``.
"""

from __future__ import annotations

import calendar
import datetime

from django.conf import settings
from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone

from voice.models import Case, CaseAccess, Status
from voice.signals import case_changed

#: Statuses after which nothing more happens to a case.
ENDED = (Status.CLOSED, Status.WITHDRAWN, Status.MERGED)
ENDING_ACTIONS = {"closed", "withdrawn", "merged"}


def add_months(day: datetime.date, months: int) -> datetime.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def retention_date(ended_at: datetime.datetime | None = None) -> datetime.date:
    ended = timezone.localdate(ended_at or timezone.now())
    return add_months(ended, settings.VOICE_RETENTION_MONTHS)


@receiver(case_changed, dispatch_uid="voice.retention.on_case_changed")
def on_case_changed(sender, action, case, **kwargs):
    """Starts the retention clock when a case ends; stops it when it is reopened."""
    if action in ENDING_ACTIONS and case.status in ENDED:
        until = retention_date(case.closed_at if action == "closed" else None)
        Case.objects.filter(pk=case.pk).update(retention_until=until)
        case.retention_until = until
    elif action == "reopened":
        Case.objects.filter(pk=case.pk).update(retention_until=None)
        case.retention_until = None


def backfill(now: datetime.datetime | None = None) -> int:
    """Ended cases without a retention date (ended outside an action): from when they
    closed, else from now. Returns how many were set."""
    now = now or timezone.now()
    n = 0
    for pk, closed_at in Case.objects.filter(
        status__in=ENDED, retention_until__isnull=True, erased_at__isnull=True
    ).values_list("pk", "closed_at")[:10_000]:
        Case.objects.filter(pk=pk).update(retention_until=retention_date(closed_at or now))
        n += 1
    return n


def expired_cases(now: datetime.datetime | None = None):
    today = timezone.localdate(now or timezone.now())
    return Case.objects.filter(
        status__in=ENDED, retention_until__lt=today, erased_at__isnull=True
    ).order_by("retention_until", "pk")


def purge_expired(now: datetime.datetime | None = None, *, limit: int = 1000) -> int:
    """Erases up to ``limit`` cases past their retention date; each in its own
    transaction. Returns how many were erased."""
    from voice.actions.erase_case import EraseCase

    n = 0
    for pk in list(expired_cases(now).values_list("pk", flat=True)[:limit]):
        EraseCase(pk, reason=EraseCase.RETENTION).execute()
        n += 1
    return n


def purge_access_log(now: datetime.datetime | None = None) -> int:
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.VOICE_ACCESS_LOG_DAYS)
    with transaction.atomic():
        deleted, _ = CaseAccess.objects.filter(at__lt=cutoff).delete()
    return deleted
