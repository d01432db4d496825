"""An answer racing an escalation, and two answers racing: exactly one wins, the loser gets a
clear Vietnamese message, nothing is half written.

These tests need real commits (two connections), so they run outside the suite's wrapping
transaction on their own organisations (a root "RACE" tree) and delete what they wrote. The
first action is paused *inside* its transaction, holding the row lock (a ``case_changed``
receiver waits), until the second one is seen waiting for that lock in ``pg_stat_activity``;
then the first commits and the second goes on under the lock and re-reads the state."""

from __future__ import annotations

import datetime
import threading
import time

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone

from hierarchy.models import Organization
from tests.factories import make_user
from voice import codes, crypto
from voice.actions.answer_case import AnswerCase
from voice.actions.escalate_case import EscalateCase
from voice.models import (
    Case,
    CaseMessage,
    Escalation,
    Handler,
    MessageKind,
    Status,
)
from voice.signals import case_changed


def escalate(case):
    """A handler's escalation one level up (the deadline sweep's is the same action)."""
    return EscalateCase(case, reason=Escalation.Reason.MANUAL).execute()


@pytest.fixture
def committed(django_db_setup, django_db_blocker):
    made = {"orgs": [], "users": []}
    with django_db_blocker.unblock():
        connection.set_schema_to_public()
        yield made
        connection.set_schema_to_public()
        cases = Case.objects.filter(organization__in=made["orgs"]) | Case.objects.filter(
            origin_organization__in=made["orgs"]
        )
        ids = list(cases.values_list("pk", flat=True))
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM voice_caseevent WHERE pgh_obj_id = ANY(%s)", [ids])
        Case.objects.filter(pk__in=ids).delete()
        Handler.objects.filter(user__in=made["users"]).delete()
        with connection.cursor() as cursor:
            # Raw: Django's cascade would visit per-tenant tables absent from public.
            cursor.execute(
                "DELETE FROM accounts_user WHERE id = ANY(%s)", [[u.pk for u in made["users"]]]
            )
        for org in sorted(made["orgs"], key=lambda o: -len(o.path)):
            Organization.objects.filter(pk=org.pk).delete()


@pytest.fixture
def race_tree(committed):
    suffix = codes.new_code().replace("-", "")
    root = Organization.add_root(
        code=f"RACE{suffix}", name="Công đoàn thử tranh chấp", level=1, kind="national_federation"
    )
    unit = root.add_child(
        code=f"RACEG{suffix}", name="Công đoàn cơ sở thử tranh chấp", level=5, kind="grassroots"
    )
    committed["orgs"] += [root, unit]

    def handler(org):
        user = make_user(f"race-{suffix.lower()}-{len(committed['users'])}@example.vn")
        committed["users"].append(user)
        Handler.objects.create(user=user, organization=org)
        return user

    now = timezone.now()
    case = Case.objects.create(
        code=codes.new_code(),
        secret_hash=crypto.secret_hash(codes.new_secret()),
        kind="question",
        channel="web_form",
        organization=unit,
        origin_organization=unit,
        org_path=unit.path,
        received_at=now - datetime.timedelta(hours=25),
        first_response_due=now - datetime.timedelta(hours=1),
        title="Tranh chấp",
        body="Hỏi về lương",
    )
    return {"root": root, "unit": unit, "case": case, "handler": handler}


def _waiting_for_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0] > 0


def race(first, second):
    """Run ``first`` and pause it holding the lock; start ``second``; once ``second`` waits
    for the lock, let ``first`` commit. Returns (result or exception) of each."""
    holding, release = threading.Event(), threading.Event()
    results = {}

    def pause(sender, **kwargs):
        if threading.current_thread().name == "first":
            holding.set()
            release.wait(20)

    def run(name, action):
        try:
            results[name] = action()
        except Exception as exc:  # the loser's refusal is the point of the test
            results[name] = exc
        finally:
            connection.close()

    case_changed.connect(pause)
    try:
        a = threading.Thread(target=run, args=("first", first), name="first")
        a.start()
        assert holding.wait(20), "the first action never reached its signal"
        b = threading.Thread(target=run, args=("second", second), name="second")
        b.start()
        deadline = time.monotonic() + 20
        while not _waiting_for_lock():
            assert time.monotonic() < deadline, "the second action never waited for the lock"
            time.sleep(0.02)
        release.set()
        a.join(30)
        b.join(30)
    finally:
        release.set()
        case_changed.disconnect(pause)
    return results["first"], results["second"]


def _answers(case):
    return CaseMessage.objects.filter(case=case, kind=MessageKind.ANSWER).count()


def test_answer_wins_over_a_racing_escalation(race_tree):
    case, handler = race_tree["case"], race_tree["handler"](race_tree["unit"])
    first, second = race(
        lambda: AnswerCase(case, body="Đã trả lời kịp.", actor=handler).execute(),
        lambda: escalate(case),
    )
    assert not isinstance(first, Exception)
    assert isinstance(second, ValidationError)
    assert "không chuyển cấp được" in second.messages[0]
    case = Case.objects.get(pk=case.pk)
    assert case.status == Status.ANSWERED and case.organization_id == race_tree["unit"].pk
    assert case.escalation_level == 0 and not Escalation.objects.filter(case=case).exists()
    assert _answers(case) == 1


def test_escalation_wins_over_a_racing_answer(race_tree):
    case, handler = race_tree["case"], race_tree["handler"](race_tree["unit"])
    # The handler loaded the page before the escalation (seen_level 0).
    seen = Case.objects.get(pk=case.pk)
    first, second = race(
        lambda: escalate(case),
        lambda: AnswerCase(seen, body="Trả lời muộn.", actor=handler).execute(),
    )
    assert not isinstance(first, Exception)
    assert isinstance(second, ValidationError)
    message = second.messages[0]
    assert "vừa được chuyển lên Công đoàn thử tranh chấp" in message
    assert "chưa được thực hiện" in message
    case = Case.objects.get(pk=case.pk)
    assert case.status == Status.NEW and case.organization_id == race_tree["root"].pk
    assert case.escalation_level == 1 and case.first_response_at is None
    assert Escalation.objects.filter(case=case).count() == 1
    assert _answers(case) == 0


def test_two_answers_racing_one_wins(race_tree):
    case = race_tree["case"]
    one, two = race_tree["handler"](race_tree["unit"]), race_tree["handler"](race_tree["root"])
    first, second = race(
        lambda: AnswerCase(case, body="Câu trả lời thứ nhất.", actor=one).execute(),
        lambda: AnswerCase(case, body="Câu trả lời thứ hai.", actor=two).execute(),
    )
    assert not isinstance(first, Exception)
    assert isinstance(second, ValidationError)
    assert "đã được trả lời lúc" in second.messages[0] and str(one) in second.messages[0]
    assert "chưa được thực hiện" in second.messages[0]
    case = Case.objects.get(pk=case.pk)
    assert case.status == Status.ANSWERED and case.assignee_id == one.pk
    assert _answers(case) == 1
    assert list(case.events.order_by("pgh_id").values_list("status", flat=True)) == [
        "new",
        "answered",
    ]


def test_an_answered_case_is_not_escalated(db, org_tree, make_case):
    """(Also makes pytest-django set the test database up when this module runs alone.)"""
    case = make_case(org_tree["g1"], status=Status.ANSWERED)
    with pytest.raises(ValidationError, match="không chuyển cấp được"):
        escalate(case)


def test_a_stale_copy_cannot_overwrite_a_transition(db, org_tree, make_case):
    """The second line of defence behind the row lock: django-fsm's
    ConcurrentTransitionMixin refuses to save a transition from a state that changed."""
    from django_fsm import ConcurrentTransition

    case = make_case(org_tree["g1"])
    one, two = Case.objects.get(pk=case.pk), Case.objects.get(pk=case.pk)
    one.answer()
    one.save()
    two.escalate()
    with pytest.raises(ConcurrentTransition), transaction.atomic():
        two.save()
    assert Case.objects.get(pk=case.pk).status == Status.ANSWERED
