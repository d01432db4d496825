"""Erasure (a request or the end of retention) leaves a content-free, counted row; consent
withdrawal takes effect at once; retention dates and the purge; the breach clock."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test import override_settings

import jobs
from tests.voice.pdpl.conftest import CANARY, CANARY_PHONE, give_consent, vn
from voice import crypto, privacy, privacy_jobs, retention
from voice.actions.base import CaseNotFound
from voice.actions.dsr_complete import CompleteDataRequest
from voice.actions.dsr_receive import ReceiveDataRequest
from voice.actions.erase_case import EraseCase
from voice.actions.notify_breach import NotifyBreach
from voice.actions.record_breach import RecordBreach
from voice.actions.withdraw_consent import WithdrawConsent
from voice.management.commands.voice_rotate_keys import encrypted_columns
from voice.models import (
    Attachment,
    Case,
    CaseAccess,
    CaseMessage,
    Consent,
    DataSubjectRequest,
    Purpose,
    Status,
)
from voice.signals import case_changed

DSR = DataSubjectRequest


@jobs.task(name="voice.notify.test_mail")
def _mail(*, case_id: int):
    """Stand-in for the worker's e-mail job."""


@jobs.task(name="voice.test_timer")
def _timer(*, case_id: int):
    """Stand-in for a deadline timer."""


def _waiting(name: str) -> int:
    with connection.cursor() as cur:
        cur.execute(
            "SELECT count(*) FROM procrastinate_jobs WHERE task_name = %s AND status = 'todo'",
            [name],
        )
        return cur.fetchone()[0]


def _all_plain_text() -> str:
    out = []
    with connection.cursor() as cur:
        for _label, table, columns in encrypted_columns():
            cur.execute(f"SELECT {', '.join(columns)} FROM {table}")
            for row in cur.fetchall():
                out += [crypto.decrypt_bytes(bytes(v)).decode(errors="replace") for v in row if v]
        cur.execute("SELECT evidence::text FROM voice_consent")
        out += [r[0] for r in cur.fetchall()]
    return "\n".join(out)


def test_erasure_request_leaves_no_trace_and_a_counted_row(canary_case, dpo):
    from voice.access import log_access

    log_access(canary_case, dpo, CaseAccess.Action.EMERGENCY, reason=f"Khẩn {CANARY}")
    jobs.defer(_mail, case_id=canary_case.pk)
    jobs.defer(_timer, case_id=canary_case.pk)
    dsr = (
        ReceiveDataRequest(
            kind="erasure",
            case_code=canary_case.code,
            secret=canary_case.plain_secret,
            details=f"Xoá giúp tôi, số {CANARY_PHONE}",
        )
        .execute()
        .request
    )
    assert CANARY in _all_plain_text()
    heard = []
    case_changed.connect(lambda **kw: heard.append(kw["action"]), weak=False, dispatch_uid="t-er")
    try:
        CompleteDataRequest(dsr, actor=dpo).execute()
    finally:
        case_changed.disconnect(dispatch_uid="t-er")
    text = _all_plain_text()
    assert CANARY not in text and CANARY_PHONE not in text
    case = Case.objects.get(pk=canary_case.pk)
    assert case.erased_at is not None and case.status == Status.WITHDRAWN
    assert (case.title, case.body, case.contact_phone, case.contact_email, case.contact_index) == (
        "",
        "",
        "",
        "",
        "",
    )
    assert case.member is None
    assert case.kind and case.organization_id and case.received_at  # still counted
    assert not Attachment.objects.filter(case=case).exists()
    assert set(CaseMessage.objects.filter(case=case).values_list("body", flat=True)) == {""}
    consents = Consent.objects.filter(case=case)
    assert consents.count() == 3 and all(c.evidence == {} and c.notice_version for c in consents)
    assert _waiting("voice.notify.test_mail") == _waiting("voice.test_timer") == 0
    assert list(privacy.subject_cases(contact=CANARY_PHONE)) == []
    dsr.refresh_from_db()
    assert dsr.state == DSR.State.COMPLETED and dsr.details == "" and dsr.contact_index == ""
    assert "erased" in heard
    assert case.events.filter(erased_at__isnull=False).count() == 1
    # Erasing again changes nothing.
    EraseCase(case).execute()
    assert case.events.filter(erased_at__isnull=False).count() == 1


def test_erasure_is_for_the_officer(canary_case, handler_of, org_tree):
    with pytest.raises(PermissionDenied):
        EraseCase(canary_case, actor=handler_of(org_tree["g1"])).execute()
    with pytest.raises(CaseNotFound):  # a sibling's handler does not see the case at all
        EraseCase(canary_case, actor=handler_of(org_tree["g2"])).execute()
    assert Case.objects.get(pk=canary_case.pk).erased_at is None


def test_withdrawing_handle_stops_handling_at_once(canary_case):
    jobs.defer(_mail, case_id=canary_case.pk)
    got = ReceiveDataRequest(
        kind="withdrawal",
        case_code=canary_case.code,
        secret=canary_case.plain_secret,
        purposes=[Purpose.HANDLE],
    ).execute()
    assert got.withdrawn == 1 and got.request.state == DSR.State.COMPLETED
    case = Case.objects.get(pk=canary_case.pk)
    assert case.status == Status.WITHDRAWN
    assert case.consents.get(purpose=Purpose.HANDLE).withdrawn_at is not None
    assert case.retention_until is not None  # its retention clock started
    assert _waiting("voice.notify.test_mail") == 0


def test_withdrawing_contact_stops_mail_but_not_handling(canary_case):
    jobs.defer(_mail, case_id=canary_case.pk)
    jobs.defer(_timer, case_id=canary_case.pk)
    WithdrawConsent(canary_case, purpose=Purpose.CONTACT).execute()
    case = Case.objects.get(pk=canary_case.pk)
    assert case.status == Status.NEW
    assert _waiting("voice.notify.test_mail") == 0 and _waiting("voice.test_timer") == 1
    # Withdrawn already: a clear message, nothing changes.
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as err:
        WithdrawConsent(case, purpose=Purpose.CONTACT).execute()
    assert "Không có sự đồng ý nào đang hiệu lực" in err.value.messages[0]
    # Consent can be given again afterwards (one active per purpose).
    give_consent(case, Purpose.CONTACT)


def test_retention_date_set_on_close_cleared_on_reopen_and_purged(clock, canary_case):
    case = canary_case
    case.answer()
    case.close()
    case.closed_at = clock.now
    case.save()
    case_changed.send(
        sender=None, action="closed", case=case, actor=None, organization=case.organization
    )
    case.refresh_from_db()
    assert case.retention_until == datetime.date(2028, 1, 5)  # 24 months
    case.reopen()
    case.save()
    case_changed.send(
        sender=None, action="reopened", case=case, actor=None, organization=case.organization
    )
    case.refresh_from_db()
    assert case.retention_until is None
    case.answer()
    case.close()
    case.save()  # closed outside an action: the sweep backfills the date
    assert privacy_jobs.sweep()["retention_set"] == 1
    case.refresh_from_db()
    assert case.retention_until == datetime.date(2028, 1, 5)
    clock.set(vn(2028, 1, 5, 23))
    assert privacy_jobs.sweep()["erased"] == 0  # the last day is still kept
    clock.set(vn(2028, 1, 6, 1))
    assert privacy_jobs.sweep()["erased"] == 1
    case.refresh_from_db()
    assert case.erased_at is not None and case.body == "" and case.status == Status.CLOSED


def test_retention_months_are_a_setting():
    with override_settings(VOICE_RETENTION_MONTHS=6):
        assert retention.retention_date(vn(2026, 8, 31)) == datetime.date(2027, 2, 28)


def test_access_log_kept_three_years(clock, canary_case):
    from voice.access import log_access

    log_access(canary_case, None)
    clock.advance(days=3 * 365 - 1)
    assert retention.purge_access_log() == 0
    clock.advance(days=2)
    assert retention.purge_access_log() == 1


def test_breach_clock_72_hours(clock, dpo, handler_of, org_tree):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        RecordBreach(description="  ", actor=dpo).execute()
    with pytest.raises(PermissionDenied):
        RecordBreach(description="Lộ dữ liệu", actor=handler_of(org_tree["g1"])).execute()
    breach = RecordBreach(
        description="Máy tính xách tay chứa bản sao dữ liệu bị mất",
        discovered_at=clock.now - datetime.timedelta(hours=2),
        data_categories="họ tên, điện thoại",
        affected_count=12,
        actor=dpo,
    ).execute()
    assert breach.notify_due == vn(2026, 1, 8, 7)  # 72 h after discovery
    assert privacy.breach_clock(breach).level == "ok"
    clock.set(vn(2026, 1, 7, 8))
    assert privacy.breach_clock(breach).level == "soon"
    assert any("Sự cố" in line for line in privacy_jobs.clock_warnings())
    clock.set(vn(2026, 1, 8, 7, 1))
    assert privacy.breach_clock(breach).level == "overdue"
    with pytest.raises(ValidationError):  # cannot close before notifying
        NotifyBreach(breach, close=True, actor=dpo).execute()
    NotifyBreach(breach, measures="Đã đổi khoá", actor=dpo).execute()
    breach.refresh_from_db()
    assert privacy.breach_clock(breach).level == "done" and "Đã đổi khoá" in breach.measures
    with pytest.raises(ValidationError):
        NotifyBreach(breach, actor=dpo).execute()
    NotifyBreach(breach, close=True, actor=dpo).execute()
    breach.refresh_from_db()
    assert breach.closed_at is not None


def test_dsr_clock_warnings_in_the_sweep(clock, canary_case, dpo):
    dsr = ReceiveDataRequest(kind="access", contact=CANARY_PHONE, actor=dpo).execute().request
    assert privacy_jobs.clock_warnings() == []
    clock.advance(days=3)
    lines = privacy_jobs.clock_warnings()
    assert lines == [
        f"{dsr.reference} (Cung cấp bản sao dữ liệu): Quá hạn xác nhận từ 07/01/2026 09:00"
    ]
    assert CANARY_PHONE not in "".join(lines)


def test_privacy_sweep_is_a_periodic_job():
    task = jobs.get_task("voice.privacy_sweep")
    assert task.periodic and task.queue == "periodic"


def test_sweep_command_prints_counts_only(clock, canary_case, dpo):
    import io

    from django.core.management import call_command

    ReceiveDataRequest(kind="access", contact=CANARY_PHONE, actor=dpo).execute()
    clock.advance(days=3)
    out = io.StringIO()
    call_command("voice_privacy_sweep", stdout=out)
    text = out.getvalue()
    assert "Quá hạn xác nhận" in text and "đã xoá dữ liệu: 0 vụ việc" in text
    assert CANARY_PHONE not in text and CANARY not in text
