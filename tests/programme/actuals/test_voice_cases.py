"""Members' requests answered in time, against a frozen-clock fixture (every time is given,
as in tests/voice/deadlines).

December 2026, Vietnam time (+07:00), 24-hour windows:

G1 (receives c1, c2, c3):
* c1 question, received 01/12 08:00, answered 01/12 20:00          -> due Dec, on time
* c2 grievance, received 30/12 10:00, never answered; the overdue job runs 01/01 -> due Dec
  (the month of its deadline 31/12 10:00), late
* c3 question, received 30/11 20:00, answered 01/12 19:00 (before 01/12 20:00) -> due Dec
  (the month of the answer, not of the receipt), on time
G3 (receives c4, c5):
* c4 question, received 28/12 10:00, answered 02/01 -> due Dec (deadline 29/12), late;
  the job runs first here, the late answer changes nothing
* c5 opinion, received 10/12 09:00, escalated by the sweep to UA2 on 11/12 09:00, answered
  there 11/12 15:00 -> due Dec at G3 (the window it missed was G3's), late; UA2 has nothing
* c6 merged into c1 on 01/12 09:00, before its deadline -> not counted
* c7 withdrawn on 05/12, before its deadline -> not counted
* c8 answered 02/12 10:00 in time, then erased -> stays counted (G3: due +1, on time +1)
* c9 misinformation report -> not a request
* c10 received 31/12 20:00, answered 01/01/2027 00:30 local (still 31/12 in UTC) -> January

G1: due 3, on time 2. G3: due 3 (c4, c5, c8), on time 1. UA1 subtree 3/2, A subtree 6/3.
"""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from programme.figures import Period, own_totals, subtree_totals
from programme.models import CaseTally
from programme.voice_figures import count_overdue, settle
from tests.statements import statements
from voice.actions.escalate_case import EscalateCase
from voice.models import Kind, Status

from .conftest import send

pytestmark = pytest.mark.django_db

VN = ZoneInfo("Asia/Ho_Chi_Minh")
H = datetime.timedelta(hours=1)
DEC = Period.month(2026, 12)
KEYS = ["cases_due", "cases_on_time"]


def vn(*args):
    return datetime.datetime(*args, tzinfo=VN)


def request(submit, org, received, **fields):
    return submit(org, received_at=received, first_response_due=received + 24 * H, **fields)


def answer(case, at):
    case.refresh_from_db()
    case.first_response_at = case.answered_at = at
    case.status = Status.ANSWERED
    case.save()
    send("answered", case)


def test_cases_due_and_on_time_by_receiving_org_and_due_month(org_tree, submit):
    t = org_tree
    g1, g3 = t["g1"], t["g3"]
    c1 = request(submit, g1, vn(2026, 12, 1, 8))
    answer(c1, vn(2026, 12, 1, 20))
    request(submit, g1, vn(2026, 12, 30, 10), kind=Kind.GRIEVANCE)  # c2
    c3 = request(submit, g1, vn(2026, 11, 30, 20))
    answer(c3, vn(2026, 12, 1, 19))

    c4 = request(submit, g3, vn(2026, 12, 28, 10))
    c5 = request(submit, g3, vn(2026, 12, 10, 9), kind=Kind.OPINION)
    EscalateCase(c5, reason="breach", now=vn(2026, 12, 11, 9)).execute()
    c5.refresh_from_db()
    assert c5.organization_id == t["ua2"].pk
    assert CaseTally.objects.get(case=c5).state == CaseTally.State.PENDING  # the job counts
    answer(c5, vn(2026, 12, 11, 15))

    c6 = request(submit, g3, vn(2026, 12, 1, 8))
    c6.status, c6.merged_into = Status.MERGED, c1
    c6.save()
    # the receivers settle with the real clock; here the clock is frozen at the merge
    assert settle(c6, now=vn(2026, 12, 1, 9)) == CaseTally.State.DROPPED
    c7 = request(submit, g3, vn(2026, 12, 5, 8))
    c7.status = Status.WITHDRAWN
    c7.save()
    assert settle(c7, now=vn(2026, 12, 5, 9)) == CaseTally.State.DROPPED
    c8 = request(submit, g3, vn(2026, 12, 2, 9))
    answer(c8, vn(2026, 12, 2, 10))
    c8.status, c8.erased_at = Status.WITHDRAWN, vn(2026, 12, 20)
    c8.save()
    send("erased", c8)
    request(submit, g3, vn(2026, 12, 3, 9), kind=Kind.MISINFORMATION)  # c9
    c10 = request(submit, g1, vn(2026, 12, 31, 20))
    answer(c10, vn(2027, 1, 1, 0, 30))

    assert count_overdue(now=vn(2027, 1, 1, 8)) == 2  # c2, c4 (c5: counted by its answer)
    answer(c4, vn(2027, 1, 2, 9))  # late, and already counted: nothing changes
    assert count_overdue(now=vn(2027, 1, 5)) == 0

    assert own_totals(g1, DEC, series=KEYS) == {"cases_due": 3, "cases_on_time": 2}
    assert own_totals(g3, DEC, series=KEYS) == {"cases_due": 3, "cases_on_time": 1}
    assert own_totals(t["ua2"], DEC, series=KEYS) == {"cases_due": 0, "cases_on_time": 0}
    assert subtree_totals(t["ua1"], DEC, series=KEYS) == {"cases_due": 3, "cases_on_time": 2}
    assert subtree_totals(t["a"], DEC, series=KEYS) == {"cases_due": 6, "cases_on_time": 3}
    assert subtree_totals(t["a"], Period.month(2027, 1), series=KEYS) == {
        "cases_due": 1,
        "cases_on_time": 1,
    }
    assert subtree_totals(t["b"], DEC, series=KEYS) == {"cases_due": 0, "cases_on_time": 0}
    states = dict(CaseTally.objects.values_list("case_id", "state"))
    assert states[c6.pk] == states[c7.pk] == CaseTally.State.DROPPED
    assert c5.pk in states and states[c5.pk] == CaseTally.State.COUNTED


def test_merged_withdrawn_before_deadline_are_dropped_after_it_stay(org_tree, submit):
    g1 = org_tree["g1"]
    soon = datetime.datetime.now(VN) - 2 * H  # deadlines 22 h from now
    merged = request(submit, g1, soon)
    target = request(submit, g1, soon)
    merged.status, merged.merged_into = Status.MERGED, target
    merged.save()
    send("merged", merged)
    withdrawn = request(submit, g1, soon)
    withdrawn.status = Status.WITHDRAWN
    withdrawn.save()
    send("withdrawn", withdrawn)
    late = request(submit, g1, soon - 30 * H)  # its deadline passed 8 h ago
    late.status = Status.WITHDRAWN
    late.save()
    send("withdrawn", late)
    states = dict(CaseTally.objects.values_list("case_id", "state"))
    assert states[merged.pk] == states[withdrawn.pk] == CaseTally.State.DROPPED
    assert states[late.pk] == CaseTally.State.COUNTED
    assert states[target.pk] == CaseTally.State.PENDING
    year = Period.year(soon.year)
    assert own_totals(g1, Period(year.start, datetime.date(2100, 1, 1)), series=KEYS) == {
        "cases_due": 1,
        "cases_on_time": 0,
    }


def test_real_actions_count_once(org_tree, submit):
    from voice.actions.answer_case import AnswerCase
    from voice.actions.reopen_case import ReopenCase

    g1 = org_tree["g1"]
    now = datetime.datetime.now(VN)
    case = request(submit, g1, now - H)
    AnswerCase(case, body="Công ty phải trả lương làm thêm giờ ít nhất 150%.").execute()
    ReopenCase(case, reason="Người lao động hỏi thêm").execute()
    AnswerCase(case, body="Ngày lễ: ít nhất 300%.").execute()
    tally = CaseTally.objects.get(case=case)
    assert (tally.state, tally.on_time) == (CaseTally.State.COUNTED, True)
    period = Period.month(tally.month.year, tally.month.month)
    assert own_totals(g1, period, series=KEYS) == {"cases_due": 1, "cases_on_time": 1}


def test_overdue_job_statements_do_not_grow_with_the_batch(org_tree, submit):
    g1, g3 = org_tree["g1"], org_tree["g3"]
    for day in range(1, 11):
        request(submit, g1 if day % 2 else g3, vn(2026, 10, day, 9))
    with statements() as sql:
        assert count_overdue(now=vn(2026, 11, 1)) == 10
    # lock/read the batch, read answers, one bulk update, then 2 statements per (org, month)
    assert len(sql) <= 3 + 2 * 2 + 4, sql
    assert own_totals(g1, Period.month(2026, 10), series=KEYS)["cases_due"] == 5


def test_backfill_of_cases_from_before_the_programme(org_tree, make_case):
    """Cases written without the receivers (before deployment): the first audit row gives
    the receiving organisation and first deadline, even after an escalation."""
    from programme.voice_figures import backfill
    from voice.models import MisinformationCluster, Verdict

    t = org_tree
    g1, g3 = t["g1"], t["g3"]
    answered = make_case(g1, received_at=vn(2026, 10, 5, 8))
    answered.first_response_at = vn(2026, 10, 5, 9)
    answered.status = Status.ANSWERED
    answered.save()
    late = make_case(g3, received_at=vn(2026, 10, 6, 8))
    late.organization, late.org_path = t["ua2"], t["ua2"].path  # escalated since
    late.first_response_due = vn(2026, 10, 9, 8)
    late.save()
    now = timezone.now()
    dropped = make_case(g3, received_at=now - H, first_response_due=now + 23 * H)
    dropped.status = Status.WITHDRAWN
    dropped.save()
    waiting = make_case(g1, received_at=now - H, first_response_due=now + 23 * H)
    cluster = MisinformationCluster.objects.create(
        organization=g1,
        first_reported_at=vn(2026, 10, 1),
        verdict=Verdict.FALSE,
        verdict_at=vn(2026, 10, 3),
    )
    make_case(g1, kind=Kind.MISINFORMATION, cluster=cluster, received_at=vn(2026, 10, 1))

    assert backfill(now=now) == {"requests": 4, "reports": 1}
    assert backfill(now=now) == {"requests": 0, "reports": 0}  # idempotent
    states = dict(CaseTally.objects.values_list("case_id", "state"))
    assert states[dropped.pk] == CaseTally.State.DROPPED
    assert states[waiting.pk] == CaseTally.State.PENDING
    october = Period.month(2026, 10)
    assert own_totals(g1, october, series=KEYS) == {"cases_due": 1, "cases_on_time": 1}
    assert own_totals(g3, october, series=KEYS) == {"cases_due": 1, "cases_on_time": 0}
    assert own_totals(g1, october, series=["misinfo_reports", "misinfo_handled"]) == {
        "misinfo_reports": 1,
        "misinfo_handled": 1,
    }


def test_backfill_command(org_tree, make_case):
    from io import StringIO

    from django.core.management import call_command

    make_case(org_tree["g1"], received_at=vn(2026, 10, 5, 8))  # never answered: overdue
    out = StringIO()
    call_command("programme_backfill_actuals", stdout=out)
    assert "Đã tính 1 yêu cầu, 0 tin báo thông tin sai lệch" in out.getvalue()
    assert own_totals(org_tree["g1"], Period.month(2026, 10), series=KEYS) == {
        "cases_due": 1,
        "cases_on_time": 0,
    }


def test_statements_added_to_the_voice_actions(org_tree, submit):
    """The deadline sweep runs no programme statement per case; an answer adds a bounded few
    (lock the tally, update it, bump the figures)."""
    from voice.actions.answer_case import AnswerCase
    from voice.jobs import sweep

    g1 = org_tree["g1"]
    for day in range(1, 6):
        request(submit, g1, vn(2026, 9, day, 9))
    with statements() as sql:
        result = sweep(now=vn(2026, 9, 20))
    assert result.escalated == 5
    assert sql.mentioning("programme_") == []
    case = request(submit, g1, datetime.datetime.now(VN) - H)
    with statements() as sql:
        AnswerCase(case, body="Đã trả lời.").execute()
    assert len(sql.mentioning("programme_")) <= 5, sql.mentioning("programme_")
