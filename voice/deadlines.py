"""Response deadlines of cases: when a window ends, when to warn, what the worker is told.

* ``due_at(org, start, hours, working_days_only)``: the end of a window opened at ``start``
  (plain clock hours, or hours counted on the organisation's working days only, see
  ``voice.calendar``).
* A warning is due at ``VOICE_WARN_FRACTION`` (80%) of the window, counted from the start of
  the current window (``last_escalated_at`` or ``received_at``) to ``first_response_due``.
* Reopening an answered or closed case opens a fresh window at its organisation
  (``voice.actions.reopen_case``): the worker is owed a new answer, on the same terms.
* On breach the case goes to the parent organisation with a fresh window there, and so on
  up the tree, once per level, until the root (``voice.jobs.sweep_deadlines`` every minute;
  ``voice.actions.escalate_case.EscalateCase``).

Deadlines are enforced by the periodic sweep only, not by one timer job per case: a sweep
over the partial index of open cases by due time is one range scan, survives workers being
down (it catches up on its next run) and needs nothing to be cancelled when a case is
answered.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import timezone

from voice.calendar import calendar_for


def warn_fraction() -> float:
    return float(getattr(settings, "VOICE_WARN_FRACTION", 0.8))


def due_at(
    org,
    start: datetime.datetime,
    hours: int,
    working_days_only: bool,
    *,
    calendars: dict | None = None,
) -> datetime.datetime:
    """The end of a response window of ``hours`` opened at ``start`` for ``org``."""
    if not working_days_only:
        return start + datetime.timedelta(hours=hours)
    return calendar_for(org, calendars).add_working_hours(start, hours)


def window_start(case) -> datetime.datetime:
    """When the current response window opened: receipt, the last escalation or the last
    reopening, whichever came last."""
    return max(t for t in (case.received_at, case.last_escalated_at, case.reopened_at) if t)


def warn_at(case) -> datetime.datetime | None:
    """When the warning of ``case``'s current window is due (None: no deadline)."""
    if case.first_response_due is None:
        return None
    start = window_start(case)
    return start + (case.first_response_due - start) * warn_fraction()


def status_for_worker(case, now: datetime.datetime | None = None) -> str:
    """One Vietnamese sentence on where the case stands, for the worker's follow-up page."""
    from voice.models import OPEN_STATUSES

    now = now or timezone.now()
    org = case.organization.name
    if case.status not in OPEN_STATUSES:
        return f"{case.get_status_display()} ({org})."
    text = f"{case.get_status_display()} tại {org}"
    if case.escalation_level:
        text += f" (đã chuyển lên cấp trên {case.escalation_level} lần)"
    if case.first_response_due:
        due = timezone.localtime(case.first_response_due)
        late = " – đã quá hạn, đang chuyển cấp trên" if due <= now else ""
        text += f"; hạn phản hồi {due:%H:%M %d/%m/%Y}{late}"
    return text + "."
