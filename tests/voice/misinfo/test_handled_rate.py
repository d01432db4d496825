"""The handled rate equals a hand-computed fixture.

Ten reports received in November 2026 in province A's subtree, in four clusters:

* cluster 1 (G1): 3 reports (6, 8, 10/11), verdict on 12/11, 6 days after the first -> 3 in time
* cluster 2 (G1): 2 reports, verdict 5 days after the first  -> 2 in time
* cluster 3 (G3): 2 reports, verdict 7 days after the first (the limit, included),
  the second one received after the verdict (already handled when it came) -> 2 in time
* cluster 4 (G3): 3 reports, verdict 10 days after them       -> 0 in time (late)

handled 7 / received 10 = 70% < 80%: flagged. Outside the count: a report of province B,
a report received in October, a question.
"""

import datetime
from fractions import Fraction

from django.utils import timezone

from voice.misinfo import handled_rate, handled_rates, handled_rates_of_children, period_bounds
from voice.models import Kind, MisinformationCluster, Verdict

TZ = datetime.timezone(datetime.timedelta(hours=7))


def at(day, hour=9, month=11):
    return datetime.datetime(2026, month, day, hour, 0, tzinfo=TZ)


def make_cluster(org, verdict_at=None):
    return MisinformationCluster.objects.create(
        organization=org,
        first_reported_at=at(1),
        verdict=Verdict.FALSE if verdict_at else "",
        verdict_at=verdict_at,
    )


def test_exact_ten_reports_four_clusters(org_tree, make_case):
    g1, g3 = org_tree["g1"], org_tree["g3"]

    def reports(org, cluster, *days):
        for day in days:
            make_case(org, kind=Kind.MISINFORMATION, cluster=cluster, received_at=at(day))

    reports(g1, make_cluster(g1, at(12)), 6, 8, 10)
    reports(g1, make_cluster(g1, at(9)), 4, 6)
    reports(g3, make_cluster(g3, at(12)), 5, 20)
    reports(g3, make_cluster(g3, at(30, 23)), 14, 15, 16)
    make_case(org_tree["g4"], kind=Kind.MISINFORMATION, received_at=at(5))
    make_case(g1, kind=Kind.MISINFORMATION, received_at=at(31, month=10))
    make_case(g1, kind=Kind.QUESTION, received_at=at(5))

    result = handled_rate(org_tree["a"], datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
    assert (result.received, result.handled) == (10, 7)
    assert result.rate == Fraction(7, 10)
    assert result.percent == 70.0
    assert result.flagged

    # Per organisation: G1's 5 reports are all in time, G3's 2 of 5.
    g1_rate, g3_rate, g2_rate = handled_rates(
        [g1, g3, org_tree["g2"]], datetime.date(2026, 11, 1), datetime.date(2026, 11, 30)
    )
    assert (g1_rate.received, g1_rate.handled, g1_rate.flagged) == (5, 5, False)
    assert (g3_rate.received, g3_rate.handled, g3_rate.flagged) == (5, 2, True)
    assert (g2_rate.received, g2_rate.rate, g2_rate.flagged) == (0, None, False)

    # The same per child of the province, in one grouped query.
    by_child = {
        r.organization.code: (r.received, r.handled, r.flagged)
        for r in handled_rates_of_children(
            org_tree["a"], datetime.date(2026, 11, 1), datetime.date(2026, 11, 30)
        )
    }
    assert by_child == {"XUA1": (5, 5, False), "XUA2": (5, 2, True)}

    # A 30-day window makes the late cluster in time.
    assert handled_rate(org_tree["a"], at(1, 0), at(1, 0, month=12), days=30).handled == 10


def test_period_is_whole_local_days_end_included():
    start, end = period_bounds(datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
    assert timezone.localtime(start).isoformat().startswith("2026-11-01T00:00:00")
    assert timezone.localtime(end).isoformat().startswith("2026-12-01T00:00:00")
