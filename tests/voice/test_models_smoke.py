"""The case model's foundations: encrypted columns, the audit trail, the state machine."""

import pytest
from django.db import connection
from django.utils import timezone
from django_fsm import TransitionNotAllowed

from hierarchy.models import Organization
from voice.models import Case, Status

CANARY = "CANARY-7f3e9a-nội dung riêng tư"


@pytest.fixture
def org(db):
    return Organization.add_root(
        code="VOICE-ROOT", name="Công đoàn thử", level=1, kind="national_federation"
    )


def _case(org, **kw):
    return Case.objects.create(
        code=kw.pop("code", "TEST-0001"),
        secret_hash="x",
        kind="question",
        channel="web_form",
        organization=org,
        origin_organization=org,
        org_path=org.path,
        received_at=timezone.now(),
        body=CANARY,
        contact_phone="0912345678",
        **kw,
    )


def test_text_is_encrypted_and_history_holds_no_text(org):
    case = _case(org)
    with connection.cursor() as cur:
        cur.execute(
            "SELECT body::text, contact_phone::text FROM voice_case WHERE id = %s", [case.pk]
        )
        raw = " ".join(cur.fetchone())
        assert "CANARY" not in raw and "0912345678" not in raw
        assert CANARY.encode().hex() not in raw
    assert Case.objects.get(pk=case.pk).body == CANARY
    case.start()
    case.save()
    events = list(case.events.values_list("pgh_label", "status"))
    assert events == [("insert", "new"), ("update", "in_progress")]


def test_transitions_are_checked(org):
    case = _case(org)
    with pytest.raises(TransitionNotAllowed):
        case.close()
    case.answer()
    case.save()
    assert Case.objects.get(pk=case.pk).status == Status.ANSWERED
