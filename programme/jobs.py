"""Periodic programme jobs (autodiscovered by ``jobs``).

``programme.fold_events`` folds publication events whose on-commit fold did not run (a crash
between commit and fold): the figures are never short of an event for longer than a minute.
"""

from __future__ import annotations

from django.conf import settings

import jobs
from programme.recording import fold


@jobs.periodic(
    cron=getattr(settings, "PROGRAMME_FOLD_CRON", "* * * * *"), name="programme.fold_events"
)
def fold_events():
    folded = total = 0
    while folded := fold():
        total += folded
    return {"folded": total}


# Retention of the training roster's personal data (programme.training_jobs).
from programme.training_jobs import training_retention  # noqa: E402, F401, I001

# Reports not sent by their due date count as due and late (programme.report_jobs).
from programme.report_jobs import count_missing_reports  # noqa: E402, F401

# The reach figures of a share, deferred in the share's transaction (programme.reach_jobs).
from programme.reach_jobs import count_reach_job  # noqa: E402, F401
