"""Helpers of the publication-event tests."""

import datetime

from django.utils import timezone

import jobs
from programme.figures import Period, own_totals, subtree_totals
from programme.recording import fold


def this_year() -> Period:
    return Period.year(timezone.localdate().year)


def settle() -> None:
    """What happens after commit in production: the on-commit folds and the deferred reach
    jobs (the tests run inside one transaction, so neither runs by itself)."""
    jobs.run_due_jobs()
    while fold():
        pass


def own(org, *keys, period=None):
    return own_totals(org, period or this_year(), series=list(keys))


def sub(org, *keys, period=None, kinds=None):
    return subtree_totals(org, period or this_year(), series=list(keys), kinds=kinds)


def at(year, month, day=10):
    return datetime.datetime(year, month, day, 9, tzinfo=datetime.UTC)
