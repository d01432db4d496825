"""Retention of the roster's personal data (Law on Personal Data Protection: kept no longer
than the purpose needs).

A person who left their position more than ``PROGRAMME_TRAINING_RETENTION_YEARS`` years ago
(default 5, one programme period) keeps their roster row, organisation-issued code, category
and dates (the training series depend on them), but their name, date of birth and position
title are erased. ``programme.training_retention`` runs daily.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import timezone

import jobs
from programme.models import Cadre

ERASED_NAME = "(đã xoá dữ liệu cá nhân)"


def retention_cutoff(today: datetime.date) -> datetime.date:
    years = settings.PROGRAMME_TRAINING_RETENTION_YEARS
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def erase_departed(today: datetime.date | None = None) -> int:
    """Erase the personal data of people who left before the retention cutoff; returns how
    many rows were erased (one statement)."""
    cutoff = retention_cutoff(today or timezone.localdate())
    return (
        Cadre.objects.filter(active_to__lt=cutoff)
        .exclude(full_name=ERASED_NAME)
        .update(full_name=ERASED_NAME, search_key="", birth_date=None, position="")
    )


@jobs.periodic(
    cron=getattr(settings, "PROGRAMME_TRAINING_RETENTION_CRON", "17 3 * * *"),
    name="programme.training_retention",
)
def training_retention():
    return {"erased": erase_departed()}
