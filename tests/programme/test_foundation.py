"""Events fold into own and subtree figures; targets are inherited with overrides."""

import datetime
from decimal import Decimal

import pytest
from django.db import transaction

from programme.figures import Period, children_totals, own_totals, subtree_totals
from programme.models import EventKind, Plan, PlanStatus, PublicationEvent, Target
from programme.recording import bump, fold, record_event
from programme.targets import targets_for

pytestmark = pytest.mark.django_db

MARCH = datetime.datetime(2026, 3, 10, 9, tzinfo=datetime.UTC)


def test_events_fold_into_org_and_every_ancestor(org_tree):
    g1, g3 = org_tree["g1"], org_tree["g3"]
    with transaction.atomic():
        record_event(EventKind.PAGE_PUBLISHED, g1, at=MARCH)
        record_event(EventKind.CAMPAIGN_PUBLISHED, g1, at=MARCH)
        record_event(EventKind.PAGE_PUBLISHED, g3, at=MARCH)
    assert fold() == 3  # on_commit does not run inside the test's transaction
    assert not PublicationEvent.objects.filter(folded=False).exists()
    year = Period.year(2026)
    assert own_totals(g1, year, series=["published", "campaigns"]) == {
        "published": 2,
        "campaigns": 1,
    }
    assert subtree_totals(org_tree["ua1"], year, series=["published"]) == {"published": 2}
    assert subtree_totals(org_tree["a"], year, series=["published"]) == {"published": 3}
    assert subtree_totals(org_tree["tld"], year, series=["published"]) == {"published": 3}
    assert subtree_totals(org_tree["b"], year, series=["published"]) == {"published": 0}
    assert subtree_totals(org_tree["a"], Period.year(2025), series=["published"]) == {
        "published": 0
    }
    by_child = children_totals(org_tree["a"], year, series=["published"])
    assert by_child[org_tree["ua1"].pk]["published"] == 2
    assert by_child[org_tree["ua2"].pk]["published"] == 1
    assert fold() == 0


def test_stock_series_accumulate_up_to_the_period(org_tree):
    g4 = org_tree["g4"]
    bump(g4, datetime.date(2025, 6, 1), {"cadres_total": 10, "cadres_trained": 2})
    bump(g4, datetime.date(2026, 2, 1), {"cadres_trained": 3})
    assert subtree_totals(org_tree["b"], Period.year(2026), series=["cadres_trained"]) == {
        "cadres_trained": 5
    }
    assert subtree_totals(org_tree["b"], Period.year(2025), series=["cadres_total"]) == {
        "cadres_total": 10
    }


def test_targets_inherit_down_and_respect_overridable(org_tree):
    g1 = org_tree["g1"]
    assert targets_for(g1, 2026)["articles_sent_up"].value == Decimal(30)
    a_plan = Plan.objects.create(organization=org_tree["a"], year=2026, status=PlanStatus.ACTIVE)
    Target.objects.create(plan=a_plan, indicator="articles_sent_up", value=40, levels=[4])
    Target.objects.create(plan=a_plan, indicator="campaigns", value=2, overridable=False)
    ua1_plan = Plan.objects.create(
        organization=org_tree["ua1"], year=2026, status=PlanStatus.ACTIVE
    )
    Target.objects.create(plan=ua1_plan, indicator="articles_sent_up", value=45)
    Target.objects.create(plan=ua1_plan, indicator="campaigns", value=5)
    got = targets_for(g1, 2026)
    assert got["articles_sent_up"].value == Decimal(45)
    assert got["articles_sent_up"].set_by == org_tree["ua1"]
    assert got["campaigns"].value == Decimal(2)  # A did not allow overrides
    assert targets_for(org_tree["g4"], 2026)["articles_sent_up"].set_by is None
