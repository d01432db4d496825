"""The dashboard's figures against the hand-computed fixture (conftest ``seeded``)."""

from decimal import Decimal

import pytest

from programme.dashboard import (
    NO_DATA,
    NO_TARGET,
    UNMET,
    Dashboard,
    kind_totals,
    kinds_for,
    level_totals,
    period_target,
    targets_for_many,
)
from programme.figures import Period
from programme.metrics import INDICATORS
from programme.models import Plan, PlanStatus, Target
from programme.targets import targets_for
from tests.statements import statements

from .conftest import YEAR

named = Dashboard.named

pytestmark = pytest.mark.django_db

SENT_UP = INDICATORS["articles_sent_up"]
CASES = INDICATORS["cases_on_time"]
CAMPAIGNS = INDICATORS["campaigns"]


def test_overview_of_a_province(seeded):
    board = Dashboard(seeded["a"], Period.year(YEAR))
    rows = {row.indicator.key: row for _, rows in board.groups() for row in rows}
    sent = rows["articles_sent_up"]
    # 5 units of A have the 30-a-year target (UA1, UA2, G1, G2, G3); G1 (40), G3 (30) meet it.
    assert (sent.value, sent.units_met, sent.units_total, sent.status) == (
        Decimal(80),
        2,
        5,
        UNMET,
    )
    cases = rows["cases_on_time"]
    assert (cases.value, cases.target, cases.status) == (Decimal(80), Decimal(100), UNMET)
    # A itself (level 2) must run 3 campaigns, every unit below 1: only A and G1 do.
    camp = rows["campaigns"]
    assert (camp.units_met, camp.units_total, camp.target) == (2, 6, Decimal(3))
    assert camp.target_text == "1 – 3 chiến dịch mỗi đơn vị"
    assert sent.target_text == "30 tin bài mỗi đơn vị"
    assert cases.target_text == "≥ 100%"
    assert rows["digital_share"].status == NO_DATA  # no product at all: nothing to rate
    assert rows["articles_published"].status == NO_TARGET  # no default, no plan


def test_laggards_sorted_by_gap(seeded):
    board = Dashboard(seeded["a"], Period.year(YEAR))
    lags = named(board.laggards(SENT_UP))
    assert [(lag.code, lag.value, lag.gap) for lag in lags] == [
        ("XUA1", Decimal(0), Decimal(30)),
        ("XUA2", Decimal(0), Decimal(30)),
        ("XG2", Decimal(10), Decimal(20)),
    ]
    # A rate: the children below target, by their subtree's rate.
    assert [(lag.code, lag.value, lag.gap) for lag in named(board.laggards(CASES))] == [
        ("XUA2", Decimal(60), Decimal(40)),
    ]


def test_a_quarter_prorates_yearly_counts(seeded):
    board = Dashboard(seeded["a"], Period.quarter(YEAR, 1))
    assert period_target(SENT_UP, Decimal(30), board.period) == Decimal("7.5")
    # Q1: G1 2 (March), G3 20 (February): G3 meets 7.5, G1 does not.
    lags = {lag.code: lag for lag in named(board.laggards(SENT_UP))}
    assert set(lags) == {"XUA1", "XUA2", "XG1", "XG2"}
    assert lags["XG1"].gap == Decimal("5.5")


def test_kind_and_level_filters(seeded):
    grassroots = kinds_for(4, None)
    assert grassroots == ["grassroots"]
    assert kinds_for(3, "grassroots") == []
    board = Dashboard(seeded["a"], Period.year(YEAR), grassroots)
    row = board.row(SENT_UP)
    assert (row.units_met, row.units_total) == (2, 3)
    by_kind = kind_totals(seeded["a"], Period.year(YEAR), series=["sent_up"])
    assert by_kind == {"grassroots": {"sent_up": 80}}
    assert level_totals(by_kind) == {4: {"sent_up": 80}}
    shares = Dashboard(seeded["tld"], Period.year(YEAR)).by_level(CASES)
    # Levels 2 and 4 have figures (campaigns, articles) but no case was due there.
    assert {s.key: s.value for s in shares} == {"2": None, "3": Decimal("70.0"), "4": None}


def test_distribution_by_branch(seeded):
    board = Dashboard(seeded["tld"], Period.year(YEAR))
    shares = {s.key: s for s in board.by_branch(SENT_UP)}
    assert shares["XPA"].value == Decimal(80)
    assert shares["XPB"].value == Decimal(50)
    assert shares["XSGD"].value == Decimal(0)
    # Units meeting the 30 a year in each branch: A: G1, G3 of UA1, UA2, G1, G2, G3.
    assert (shares["XPA"].units_met, shares["XPA"].units_total) == (2, 5)
    assert (shares["XPB"].units_met, shares["XPB"].units_total, shares["XPB"].status) == (
        1,
        2,
        UNMET,
    )
    assert shares["XSGD"].status == NO_TARGET
    cases = {s.key: s for s in board.by_branch(CASES)}
    assert (cases["XPA"].value, cases["XPA"].status) == (Decimal(80), UNMET)
    assert cases["XSGD"].status == NO_DATA


def test_trend_by_month(seeded):
    months, trend = Dashboard(seeded["a"], Period.quarter(YEAR, 2)).trend()
    assert len(months) == 12  # the whole year of the period
    assert trend["articles_sent_up"][2] == Decimal(2)  # March: G1's two recorded events
    assert trend["articles_sent_up"][4] == Decimal(38)
    assert trend["cases_on_time"][7] == Decimal("33.3")  # August: UA2 2 of 6
    assert trend["cases_on_time"][0] is None  # January: nothing due


def test_bulk_targets_match_one_by_one(seeded):
    o = seeded
    plan = Plan.objects.create(organization=o["a"], year=YEAR, status=PlanStatus.ACTIVE)
    Target.objects.create(plan=plan, indicator="articles_sent_up", value=40, levels=[4])
    Target.objects.create(plan=plan, indicator="campaigns", value=2, overridable=False)
    ua1 = Plan.objects.create(organization=o["ua1"], year=YEAR, status=PlanStatus.ACTIVE)
    Target.objects.create(plan=ua1, indicator="articles_sent_up", value=45)
    Target.objects.create(plan=ua1, indicator="campaigns", value=5)
    orgs = [o[k] for k in ("tld", "a", "b", "ua1", "ua2", "g1", "g2", "g3", "g4")]
    with statements() as sql:
        bulk = targets_for_many(orgs, YEAR)
    assert len(sql) == 1
    for org in orgs:
        assert bulk[org.pk] == targets_for(org, YEAR), org.code
    assert bulk[o["g1"].pk]["articles_sent_up"].value == Decimal(45)
    assert bulk[o["g3"].pk]["articles_sent_up"].value == Decimal(40)
    # The units of a subtree read the plans set inside it as well: UA1's 45 covers UA1
    # (0, gap 45), G2 (10, 35) and G1 (40, 5); UA2 keeps 30 (0, 30); G3 gets A's 40 (30, 10).
    board = Dashboard(o["a"], Period.year(YEAR))
    assert [(lag.code, lag.gap) for lag in named(board.laggards(SENT_UP))] == [
        ("XUA1", 45),
        ("XG2", 35),
        ("XUA2", 30),
        ("XG3", 10),
        ("XG1", 5),
    ]


def test_statements_do_not_grow_with_units(seeded):
    from tests.hierarchy.factories import make_org

    def run(org):
        board = Dashboard(org, Period.year(YEAR))
        with statements() as sql:
            board.groups()
            board.trend()
            for ind in INDICATORS.values():
                board.by_branch(ind)
                board.by_kind(ind)
                board.by_level(ind)
                named(board.laggards(ind)[:25])
        return len(sql)

    before = run(seeded["a"])
    for n in range(6):
        unit = make_org(seeded["ua2"], name=f"Công đoàn cơ sở thêm {n}")
        from programme.recording import bump

        bump(unit, Period.year(YEAR).start, {"sent_up": n, "cases_due": 1})
    plan = Plan.objects.create(organization=seeded["ua2"], year=YEAR, status=PlanStatus.ACTIVE)
    Target.objects.create(plan=plan, indicator="articles_sent_up", value=5)
    assert run(seeded["a"]) == before
    # totals, targets (2), units, their targets, the months, the children, their totals,
    # their targets, the kind totals; the names of a page of laggards for each of the two
    # per-unit indicators with laggards (11 once targets_for is one statement).
    assert before <= 12
