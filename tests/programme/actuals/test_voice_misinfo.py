"""The programme's misinformation figures equal ``voice.misinfo.handled_rate``.

The hand-computed fixture of tests/voice/misinfo/test_handled_rate.py, this time arriving
through the signals (reports submitted, verdicts recorded later): ten reports received in
November 2026 in province A's subtree, in four clusters:

* cluster 1 (G1): reports 6, 8, 10/11, verdict 12/11 (6 days after the first) -> 3 in time
* cluster 2 (G1): reports 4, 6/11, verdict 9/11                             -> 2 in time
* cluster 3 (G3): reports 5/11 and 20/11, verdict 12/11 (7 days: the limit, included); the
  second report arrives after the verdict (handled when it came)           -> 2 in time
* cluster 4 (G3): reports 14, 15, 16/11, verdict 30/11 23:00 (late)           -> 0

handled 7 / received 10. Outside: a report of province B, one received in October, a
question. Then a G1 report is escalated to UA1: it moves, and the figures still equal the
handled rate of every organisation.
"""

import datetime

import pytest

from programme.figures import Period, subtree_totals
from programme.models import ReportTally
from voice.actions.escalate_case import EscalateCase
from voice.misinfo import handled_rate
from voice.models import Kind, MisinformationCluster, Verdict

pytestmark = pytest.mark.django_db

TZ = datetime.timezone(datetime.timedelta(hours=7))
NOV = Period.month(2026, 11)
KEYS = ["misinfo_reports", "misinfo_handled"]


def at(day, hour=9, month=11):
    return datetime.datetime(2026, month, day, hour, 0, tzinfo=TZ)


def figures(org):
    return subtree_totals(org, NOV, series=KEYS)


def rate(org):
    r = handled_rate(org, datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
    return {"misinfo_reports": r.received, "misinfo_handled": r.handled}


def verdict(cluster, when):
    cluster.verdict, cluster.verdict_at = Verdict.FALSE, when
    cluster.save()  # what RecordVerdict does; the programme listens to the cluster's save


def test_figures_equal_the_handled_rate(org_tree, submit):
    t = org_tree
    g1, g3 = t["g1"], t["g3"]

    def cluster(org):
        return MisinformationCluster.objects.create(organization=org, first_reported_at=at(1))

    def reports(org, c, *days):
        return [
            submit(org, kind=Kind.MISINFORMATION, cluster=c, received_at=at(day)) for day in days
        ]

    c1, c2, c3, c4 = cluster(g1), cluster(g1), cluster(g3), cluster(g3)
    first = reports(g1, c1, 6, 8, 10)
    reports(g1, c2, 4, 6)
    reports(g3, c3, 5)
    reports(g3, c4, 14, 15, 16)
    submit(t["g4"], kind=Kind.MISINFORMATION, received_at=at(5))
    submit(g1, kind=Kind.MISINFORMATION, received_at=at(31, month=10))
    submit(g1, kind=Kind.QUESTION, received_at=at(5))
    assert figures(t["a"]) == {"misinfo_reports": 9, "misinfo_handled": 0}

    verdict(c2, at(9))
    verdict(c1, at(12))
    verdict(c3, at(12))
    reports(g3, c3, 20)  # after the verdict: handled when it came
    verdict(c4, at(30, 23))
    verdict(c1, at(12))  # saved again (a corrected explanation): nothing counted twice

    assert figures(t["a"]) == {"misinfo_reports": 10, "misinfo_handled": 7}
    for key in ("tld", "a", "b", "ua1", "ua2", "g1", "g3", "g4"):
        assert figures(t[key]) == rate(t[key]), key

    EscalateCase(first[0], reason="manual").execute()
    assert ReportTally.objects.get(case=first[0]).organization_id == t["ua1"].pk
    assert figures(t["g1"]) == {"misinfo_reports": 4, "misinfo_handled": 4}
    for key in ("a", "ua1", "g1"):
        assert figures(t[key]) == rate(t[key]), key
