"""Periodic jobs of the actuals (registered when ``programme.actuals`` connects).

* ``programme.count_overdue_cases`` (``PROGRAMME_OVERDUE_CRON``, every 5 minutes): members'
  requests whose first deadline passed unanswered are counted, late, in batches.
* ``programme.check_channels`` (``PROGRAMME_CHANNEL_CHECK_CRON``, hourly): websites not
  checked for ``PROGRAMME_CHANNEL_RECHECK_DAYS`` are fetched, a batch at a time, a few
  concurrently (the fetches run outside any transaction), then the whole tree's channel
  figures are reconciled (checks that went stale, organisations created by import).
"""

from __future__ import annotations

import datetime
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

import jobs
from programme import channels
from programme.models import Channel
from programme.models.actuals import FETCHED_PLATFORMS
from programme.voice_figures import count_overdue


@jobs.periodic(
    cron=getattr(settings, "PROGRAMME_OVERDUE_CRON", "*/5 * * * *"),
    name="programme.count_overdue_cases",
)
def count_overdue_cases():
    total = 0
    while counted := count_overdue():
        total += counted
    return {"counted": total}


def stale_channels(now=None, *, limit: int | None = None) -> list[Channel]:
    """Websites in use whose last check is older than the recheck period, oldest first."""
    now = now or timezone.now()
    since = now - datetime.timedelta(days=channels.recheck_days())
    return list(
        Channel.objects.filter(active=True, platform__in=list(FETCHED_PLATFORMS))
        .filter(Q(last_checked_at__isnull=True) | Q(last_checked_at__lt=since))
        .order_by(F("last_checked_at").asc(nulls_first=True), "pk")
        .only("pk", "url", "organization_id")[: limit or channels.batch_size()]
    )


def check_stale(now=None, *, limit: int | None = None, workers: int = 4) -> int:
    """Fetch one batch of stale websites and record the results; returns how many."""
    from programme.actions.check_channel import CheckChannel

    batch = stale_channels(now, limit=limit)
    if not batch:
        return 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda c: channels.fetch(c.url), batch))
    for channel, result in zip(batch, results, strict=True):
        try:
            with transaction.atomic():
                CheckChannel(channel.pk, result=result).execute()
        except Exception:  # removed meanwhile: its check is simply not recorded
            continue
    return len(batch)


@jobs.periodic(
    cron=getattr(settings, "PROGRAMME_CHANNEL_CHECK_CRON", "17 * * * *"),
    name="programme.check_channels",
)
def check_channels():
    checked = check_stale()
    with transaction.atomic():
        changed = channels.reconcile()
    return {"checked": checked, "reconciled": changed}
