"""The DPO is e-mailed when a request arrives, when a breach is recorded and once a day
while a clock is near or past its end; the mails carry references and deadlines, never the
worker's data."""

from __future__ import annotations

import datetime

from django.core import mail
from django.test import override_settings
from django.utils import timezone

from jobs import run_due_jobs
from tests.voice.pdpl.conftest import CANARY, CANARY_PHONE
from voice import privacy_jobs
from voice.actions.dsr_receive import ReceiveDataRequest
from voice.actions.record_breach import RecordBreach
from voice.models import DataSubjectRequest


def test_a_new_request_and_a_breach_reach_the_dpo(canary_case, dpo):
    dpo.email = "dpo@congdoan.vn"
    dpo.save(update_fields=["email"])
    run_due_jobs("voice")  # jobs left by committed tests before this one
    mail.outbox.clear()
    dsr = (
        ReceiveDataRequest(
            kind="erasure",
            case_code=canary_case.code,
            secret=canary_case.plain_secret,
            details=f"Xoá giúp tôi {CANARY}",
        )
        .execute()
        .request
    )
    breach = RecordBreach(description="Mất máy tính xách tay", actor=dpo).execute()
    assert mail.outbox == []  # jobs, run by a worker after commit
    run_due_jobs("voice")
    subjects = sorted(m.subject for m in mail.outbox)
    assert len(subjects) == 2
    assert any((dsr.reference in s and "xóa" in s.lower()) or "xoá" in s.lower() for s in subjects)
    assert any(f"Sự cố #{breach.pk}" in s for s in subjects)
    assert all(m.to == ["dpo@congdoan.vn"] for m in mail.outbox)
    for message in mail.outbox:
        assert CANARY not in message.body and CANARY_PHONE not in message.body
    due = timezone.localtime(dsr.acknowledge_due).strftime("%d/%m/%Y")
    assert any(due in m.body for m in mail.outbox)


@override_settings(VOICE_DPO_EMAILS=["baove.dulieu@congdoan.vn"])
def test_the_daily_digest_is_sent_once_a_day(dpo):
    late = ReceiveDataRequest(kind="access", contact=CANARY_PHONE, actor=dpo).execute().request
    DataSubjectRequest.objects.filter(pk=late.pk).update(
        acknowledge_due=timezone.now() - datetime.timedelta(hours=1)
    )
    run_due_jobs("voice")
    mail.outbox.clear()
    first = privacy_jobs.sweep()
    second = privacy_jobs.sweep()
    assert (first["warnings"], first["digest_sent"]) == (1, True)
    assert second["digest_sent"] is False
    run_due_jobs("voice")
    assert len(mail.outbox) == 1
    digest = mail.outbox[0]
    assert digest.to == ["baove.dulieu@congdoan.vn"]
    assert late.reference in digest.body
    assert CANARY_PHONE not in digest.body
