"""``programme.count_missing_reports``: once a day, every period whose due date passed in
the last ``PROGRAMME_REPORT_SWEEP_DAYS`` days gets its missing reports counted as due and
late (``programme.reports.count_missing``), so ``reports_on_time`` is a share of every
report owed, not only of the reports sent."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import timezone

import jobs
from programme.reports import count_missing, periods_due_between


def sweep(today: datetime.date | None = None) -> dict[str, int]:
    today = today or timezone.localdate()
    start = today - datetime.timedelta(days=settings.PROGRAMME_REPORT_SWEEP_DAYS)
    counted = {}
    for year, quarter in periods_due_between(start, today):
        counted[f"{quarter}/{year}"] = count_missing(year, quarter)
    return counted


@jobs.periodic(cron=settings.PROGRAMME_REPORT_SWEEP_CRON, name="programme.count_missing_reports")
def count_missing_reports():
    return sweep()
