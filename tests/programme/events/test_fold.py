"""The fold: the periodic job folds leftovers, the on-commit fold never raises into the
publish and never waits for a restructuring, and roll-ups read a constant number of
statements whatever the size of the subtree."""

import psycopg
import pytest
from django.db import connection

import jobs
from hierarchy.models import Kind
from programme.figures import children_totals, monthly, own_totals, subtree_totals
from programme.models import EventKind, PublicationEvent
from programme.recording import FIGURES_LOCK_KEY, fold, fold_after_commit, record_event
from tests.hierarchy.factories import make_org
from tests.programme.events.helpers import at, sub, this_year
from tests.statements import statements

pytestmark = pytest.mark.django_db


def test_the_periodic_job_folds_what_commit_left(org_tree):
    task = jobs.registered()["programme.fold_events"]
    assert task.periodic and task.queue == "periodic"
    y = this_year().start.year
    for _ in range(3):
        record_event(EventKind.PAGE_PUBLISHED, org_tree["g1"], at=at(y, 2))
    assert task() == {"folded": 3}
    assert sub(org_tree["tld"], "published") == {"published": 3}
    assert task() == {"folded": 0}


def test_the_on_commit_fold_skips_while_a_restructuring_holds_the_figures(db):
    # A tree of its own with no upper-grassroots union: creating one changes the channel
    # figures, which takes the figures lock in this test's transaction, and the other
    # connection below could then never take it.
    tld = make_org(None, Kind.NATIONAL_FEDERATION, "Tổng Liên đoàn thử khoá", "XKTLD")
    province = make_org(tld, Kind.PROVINCIAL_FEDERATION, "Liên đoàn tỉnh thử khoá", "XKPA")
    unit = make_org(province, Kind.GRASSROOTS, "Công đoàn cơ sở thử khoá", "XKG1")
    y = this_year().start.year
    event = record_event(EventKind.PAGE_PUBLISHED, unit, at=at(y, 2))
    params = connection.get_connection_params()
    other = psycopg.connect(**{k: v for k, v in params.items() if k != "cursor_factory"})
    try:
        other.execute("SELECT pg_advisory_lock(%s)", [FIGURES_LOCK_KEY])
        fold_after_commit([event.pk])  # neither waits nor raises
        assert PublicationEvent.objects.filter(folded=False).count() == 1
    finally:
        other.close()
    assert fold() == 1
    assert sub(province, "published") == {"published": 1}


def test_a_failing_fold_never_raises_into_the_caller(org_tree, settings):
    event = record_event(EventKind.PAGE_PUBLISHED, org_tree["g1"])
    settings.TIME_ZONE = "Không/Có"  # PostgreSQL refuses the month computation
    fold_after_commit([event.pk])
    settings.TIME_ZONE = "Asia/Ho_Chi_Minh"
    assert PublicationEvent.objects.get(pk=event.pk).folded is False  # rolled back whole
    assert fold() == 1


def test_roll_ups_read_a_constant_number_of_statements(org_tree):
    t = org_tree
    y = this_year().start.year
    units = [make_org(t["ua2"], Kind.GRASSROOTS) for _ in range(12)]
    for i, unit in enumerate(units):
        record_event(EventKind.PAGE_PUBLISHED, unit, at=at(y, 1 + i % 12))
    fold()
    year = this_year()
    counts = {}
    for key in ("tld", "a", "g1"):
        org = t[key]
        with statements() as sql:
            subtree_totals(org, year)
            children_totals(org, year, series=["published"])
            monthly(org, year, series=["published", "cadres_total"])
            own_totals(org, year)
        counts[key] = len(sql)
    assert counts == {"tld": 4, "a": 4, "g1": 4}, counts
    assert subtree_totals(t["ua2"], year, series=["published"]) == {"published": 12}
