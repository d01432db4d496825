"""Warnings and escalation with a frozen clock: warn at 80%, escalate on breach to the
parent with a fresh window, once per level, up to the root; manual and conflict
escalation by handlers; the periodic job; what the worker sees."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

import jobs
from voice.actions.base import CaseNotFound
from voice.actions.escalate_case import EscalateCase
from voice.deadlines import status_for_worker
from voice.jobs import sweep
from voice.models import Case, Escalation, Handler, Kind, Status
from voice.signals import case_changed

from .conftest import vn

H = datetime.timedelta(hours=1)
T0 = vn(2026, 12, 7, 8)  # Monday 07/12/2026 08:00


@pytest.fixture
def signals():
    seen = []

    def receiver(sender, action, case, actor, organization, **kw):
        seen.append((action, case.pk, organization.pk))

    case_changed.connect(receiver, weak=False)
    yield seen
    case_changed.disconnect(receiver)


def _case(make_case, org, **kw):
    return make_case(org, received_at=T0, first_response_due=T0 + 24 * H, **kw)


def test_warning_once_at_80_percent(org_tree, make_case, signals):
    case = _case(make_case, org_tree["g1"])
    assert sweep(now=T0 + 19 * H).warned == 0  # 79%
    r = sweep(now=T0 + 20 * H)
    assert (r.warned, r.escalated) == (1, 0)
    case.refresh_from_db()
    assert case.warned_at == T0 + 20 * H
    assert sweep(now=T0 + 21 * H).warned == 0  # once
    assert signals == [("warned", case.pk, org_tree["g1"].pk)]


def test_breach_escalates_once_per_level_up_to_the_root(org_tree, make_case, rule, signals):
    t = org_tree
    rule(t["a"], response_hours=48)  # the province gives 48 h at its level and below
    case = _case(make_case, t["g1"], assignee=None)
    case.start()
    case.save()

    r = sweep(now=T0 + 24 * H)  # due exactly now: breached
    assert r.escalated == 1
    case.refresh_from_db()
    assert (case.organization_id, case.org_path) == (t["ua1"].pk, t["ua1"].path)
    assert case.status == Status.NEW and case.escalation_level == 1
    assert case.first_response_due == T0 + 24 * H + 48 * H  # a fresh window at the new level
    assert case.warned_at is None and case.last_escalated_at == T0 + 24 * H

    # the same moment again, and any time before the new deadline: nothing more
    assert sweep(now=T0 + 24 * H).escalated == 0
    assert sweep(now=T0 + 60 * H).escalated == 0
    assert sweep(now=T0 + 63 * H).warned == 1  # 80% of the new window (38.4 h in)

    sweep(now=T0 + 72 * H)  # -> province A
    sweep(now=T0 + 120 * H)  # -> TLD (the root's default 24 h)
    case.refresh_from_db()
    assert case.organization_id == t["tld"].pk and case.escalation_level == 3
    assert case.first_response_due == T0 + 144 * H
    # at the root it stays: there is no level above
    assert sweep(now=T0 + 1000 * H).escalated == 0
    levels = list(
        Escalation.objects.filter(case=case)
        .order_by("level")
        .values_list("level", "from_organization", "to_organization", "reason")
    )
    assert levels == [
        (1, t["g1"].pk, t["ua1"].pk, "breach"),
        (2, t["ua1"].pk, t["a"].pk, "breach"),
        (3, t["a"].pk, t["tld"].pk, "breach"),
    ]
    assert [s[0] for s in signals].count("escalated") == 3
    assert case.events.filter(pgh_label="update").count() >= 4  # audit trail


def test_answered_or_closed_cases_are_not_escalated(org_tree, make_case):
    case = _case(make_case, org_tree["g1"])
    case.answer()
    case.save()
    assert sweep(now=T0 + 30 * H).escalated == 0
    assert Case.objects.get(pk=case.pk).organization_id == org_tree["g1"].pk


def test_the_unique_level_is_the_last_guard(org_tree, make_case):
    case = _case(make_case, org_tree["g1"])
    Escalation.objects.create(
        case=case,
        level=1,
        from_organization=org_tree["g1"],
        to_organization=org_tree["ua1"],
        reason="breach",
    )
    with pytest.raises(IntegrityError):
        EscalateCase(case, reason="breach", now=T0 + 25 * H).execute()
    case.refresh_from_db()
    assert case.escalation_level == 0 and case.organization_id == org_tree["g1"].pk
    r = sweep(now=T0 + 25 * H)
    assert (r.escalated, r.skipped) == (0, 1)


def test_breach_reason_needs_a_passed_deadline(org_tree, make_case):
    case = _case(make_case, org_tree["g1"])
    with pytest.raises(ValidationError, match="chưa quá hạn"):
        EscalateCase(case, reason="breach", now=T0 + 1 * H).execute()


def test_manual_and_conflict_escalation_by_handlers(org_tree, make_case, handler_of, signals):
    t = org_tree
    case = _case(make_case, t["g1"], kind=Kind.GRIEVANCE)
    stranger = handler_of(t["g3"])
    with pytest.raises(CaseNotFound):
        EscalateCase(case, actor=stranger).execute()
    handler = handler_of(t["g1"])
    esc = EscalateCase(case, actor=handler, reason="conflict", now=T0 + H).execute()
    assert (esc.level, esc.reason, esc.actor_id) == (1, "conflict", handler.pk)
    case.refresh_from_db()
    assert case.organization_id == t["ua1"].pk and case.conflict_of_interest
    assert case.first_response_due == T0 + 25 * H
    # the grassroots handler no longer sees it; the upper level's does
    with pytest.raises(CaseNotFound):
        EscalateCase(case, actor=handler).execute()
    upper = handler_of(t["ua1"], role=Handler.Role.SUPERVISOR)
    EscalateCase(case, actor=upper, now=T0 + 2 * H).execute()
    assert Case.objects.get(pk=case.pk).organization_id == t["a"].pk


def test_root_case_cannot_be_escalated(org_tree, make_case):
    case = _case(make_case, org_tree["tld"])
    with pytest.raises(ValidationError, match="cấp cao nhất"):
        EscalateCase(case).execute()


def test_escalation_skips_a_dissolved_parent(org_tree, make_case):
    from hierarchy.models import Organization

    t = org_tree
    Organization.objects.filter(pk=t["ua1"].pk).update(status="dissolved")
    case = _case(make_case, t["g1"])
    sweep(now=T0 + 24 * H)
    assert Case.objects.get(pk=case.pk).organization_id == t["a"].pk


def test_the_worker_sees_the_status(org_tree, make_case):
    case = _case(make_case, org_tree["g1"])
    text = status_for_worker(case, now=T0 + H)
    assert "Mới tiếp nhận tại Công đoàn cơ sở Công ty TNHH May Việt Tiến" in text
    assert "hạn phản hồi 08:00 08/12/2026" in text
    sweep(now=T0 + 24 * H)
    case = Case.objects.select_related("organization").get(pk=case.pk)
    text = status_for_worker(case, now=T0 + 25 * H)
    assert "tại Công đoàn phường Hoàn Kiếm (đã chuyển lên cấp trên 1 lần)" in text
    assert "hạn phản hồi 08:00 09/12/2026" in text


def test_the_periodic_job_runs_the_sweep(org_tree, make_case):
    assert "voice.sweep_deadlines" in jobs.registered()
    now = datetime.datetime.now(datetime.UTC)
    case = make_case(org_tree["g1"], received_at=now - 30 * H, first_response_due=now - 6 * H)
    jobs.defer("voice.sweep_deadlines", tenant=None)
    assert jobs.run_due_jobs("periodic") >= 1
    assert Case.objects.get(pk=case.pk).escalation_level == 1


def test_the_workers_notice_says_why_the_case_went_up(org_tree, make_case, handler_of):
    """A missed deadline, a conflict of interest and a handler's decision are worded apart:
    only the first tells the worker the deadline was missed."""
    from voice.models import CaseMessage, MessageKind

    t = org_tree
    late, conflict, manual = (_case(make_case, t["g1"]) for _ in range(3))
    handler = handler_of(t["g1"])
    EscalateCase(conflict, actor=handler, reason="conflict", now=T0 + H).execute()
    EscalateCase(manual, actor=handler, reason="manual", now=T0 + H).execute()
    sweep(now=T0 + 24 * H + H / 2)  # only the first is late (the others: due at +25 h)

    def notice(case):
        return CaseMessage.objects.get(case=case, kind=MessageKind.NOTICE).body

    assert "chưa được phản hồi đúng hạn" in notice(late)
    assert "khách quan" in notice(conflict)
    assert "đúng hạn" not in notice(conflict)
    assert "thẩm quyền" in notice(manual)
    assert "đúng hạn" not in notice(manual)


def test_a_reopened_case_gets_a_fresh_window(org_tree, make_case, handler_of):
    """Reopening opens a new 24-hour window: the long-past first deadline does not escalate
    the case at the next sweep; the new one does once it passes."""
    from django.utils import timezone

    from voice.actions.answer_case import AnswerCase
    from voice.actions.reopen_case import ReopenCase

    now = timezone.now()
    received = now - 72 * H
    case = make_case(org_tree["g1"], received_at=received, first_response_due=received + 24 * H)
    handler = handler_of(org_tree["g1"])
    AnswerCase(
        case, body="Công ty phải trả lương làm thêm giờ ngày lễ ít nhất 300%.", actor=handler
    ).execute()
    ReopenCase(case, reason="Người lao động hỏi thêm về cách tính", actor=handler).execute()
    case.refresh_from_db()
    assert case.status == Status.IN_PROGRESS
    assert now < case.first_response_due <= timezone.now() + 24 * H
    assert sweep(now=timezone.now()).escalated == 0
    r = sweep(now=case.reopened_at + 20 * H)  # 80% of the new window
    assert (r.warned, r.escalated) == (1, 0)
    assert sweep(now=case.reopened_at + 24 * H + H).escalated == 1
    assert Case.objects.get(pk=case.pk).organization_id == org_tree["ua1"].pk
