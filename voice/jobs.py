"""The deadline sweep of cases, a periodic job (every minute, ``VOICE_SWEEP_CRON``).

Each run first escalates the open cases past their due time (not at the root: there is no
level above), then warns those past 80% of their window, in batches of
``VOICE_SWEEP_BATCH`` rows taken with ``SELECT ... FOR UPDATE SKIP LOCKED``: two workers
running the sweep at once take disjoint batches, and a case one of them has escalated is
re-read by the other with its new deadline and left alone. The unique (case, level) of
``Escalation`` is the last guard. Each case goes through its action
(``EscalateCase``/``WarnCase``: audit trail, ``case_changed``), in a savepoint, so one
case that fails does not undo its batch.
"""

from __future__ import annotations

import datetime
import logging
import time
from dataclasses import asdict, dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models.functions import Length
from django.utils import timezone

import jobs
from voice.actions.base import CaseNotFound
from voice.actions.escalate_case import EscalateCase
from voice.actions.warn_case import WarnCase
from voice.deadlines import warn_fraction
from voice.models import OPEN_STATUSES, Case, Escalation
from voice.routing import STEP, Tree

logger = logging.getLogger("voice.deadlines")


def batch_size() -> int:
    return int(getattr(settings, "VOICE_SWEEP_BATCH", 500))


@dataclass
class SweepResult:
    escalated: int = 0
    warned: int = 0
    skipped: int = 0
    batches: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return asdict(self)


def overdue(now: datetime.datetime):
    """Open cases past their due time below the root (the partial index on due time)."""
    return (
        Case.objects.filter(status__in=OPEN_STATUSES, first_response_due__lte=now)
        .alias(path_len=Length("org_path"))
        .filter(path_len__gt=STEP)
    )


def warnable(now: datetime.datetime):
    """Open cases not yet warned in this window whose 80% point has passed."""
    return Case.objects.filter(
        status__in=OPEN_STATUSES, warned_at__isnull=True, first_response_due__gt=now
    ).extra(
        where=[
            "COALESCE(last_escalated_at, received_at) + (first_response_due - "
            "COALESCE(last_escalated_at, received_at)) * %s <= %s"
        ],
        params=[warn_fraction(), now],
    )


def _locked_batch(qs, size: int, exclude: set[int]) -> list[int]:
    qs = qs.select_for_update(skip_locked=True, of=("self",)).order_by("first_response_due")
    if exclude:
        qs = qs.exclude(pk__in=exclude)
    return list(qs.values_list("pk", flat=True)[:size])


def sweep(
    now: datetime.datetime | None = None, *, batch: int | None = None, max_batches: int = 10_000
) -> SweepResult:
    """Escalate the overdue and warn the nearly due cases as of ``now`` (default: the
    current time; tests pass a frozen clock)."""
    started = time.monotonic()
    now = now or timezone.now()
    size = batch or batch_size()
    result = SweepResult()
    tree, calendars = Tree(), {}  # organisations, rules and holidays read once per run
    failed: set[int] = set()

    for qs, make, counter in (
        (
            overdue,
            lambda pk: EscalateCase(
                pk, reason=Escalation.Reason.BREACH, now=now, tree=tree, calendars=calendars
            ),
            "escalated",
        ),
        (warnable, lambda pk: WarnCase(pk, now=now), "warned"),
    ):
        for _ in range(max_batches):
            with transaction.atomic():
                ids = _locked_batch(qs(now), size, failed)
                if not ids:
                    break
                result.batches += 1
                for pk in ids:
                    try:
                        make(pk).execute()
                    except (ValidationError, IntegrityError, CaseNotFound) as exc:
                        # Another worker got there first, or the case changed meanwhile.
                        failed.add(pk)
                        result.skipped += 1
                        logger.info("Vụ việc #%s bỏ qua khi quét thời hạn: %s", pk, exc)
                    else:
                        setattr(result, counter, getattr(result, counter) + 1)
    result.seconds = round(time.monotonic() - started, 3)
    if result.escalated or result.warned:
        logger.info("Quét thời hạn vụ việc: %s", result.as_dict())
    return result


@jobs.periodic(
    cron=getattr(settings, "VOICE_SWEEP_CRON", "* * * * *"), name="voice.sweep_deadlines"
)
def sweep_deadlines():
    """Escalate overdue cases and warn nearly due ones (see the module docstring)."""
    return sweep().as_dict()
