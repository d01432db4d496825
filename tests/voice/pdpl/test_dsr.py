"""Data-subject requests: receipt (worker by code and secret, officer on behalf of a
member), the clocks with a frozen clock, one extension only, refusal with a reason, the
access export, correction, and who may act."""

from __future__ import annotations

import datetime
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.voice.pdpl.conftest import CANARY, CANARY_EMAIL, CANARY_PHONE, vn
from voice import crypto, privacy
from voice.actions.dsr_acknowledge import AcknowledgeDataRequest
from voice.actions.dsr_complete import CompleteDataRequest
from voice.actions.dsr_extend import ONLY_ONCE, ExtendDataRequest
from voice.actions.dsr_receive import ReceiveDataRequest
from voice.actions.dsr_refuse import RefuseDataRequest
from voice.models import Case, CaseAccess, DataSubjectRequest, Holiday

DSR = DataSubjectRequest


def test_working_days_skip_weekends_and_national_holidays(clock, org_tree):
    # Thursday 09:00 + 2 working days -> Monday 09:00 (Saturday and Sunday skipped).
    assert privacy.add_working_days(vn(2026, 1, 8), 2) == vn(2026, 1, 12)
    # Saturday 10:00 -> Tuesday 10:00.
    assert privacy.add_working_days(vn(2026, 1, 10, 10), 2) == vn(2026, 1, 13, 10)
    Holiday.objects.create(organization=org_tree["tld"], date=datetime.date(2026, 1, 12))
    assert privacy.add_working_days(vn(2026, 1, 8), 2) == vn(2026, 1, 13)
    # A holiday of a lower organisation is not national.
    Holiday.objects.create(organization=org_tree["g1"], date=datetime.date(2026, 1, 13))
    assert privacy.add_working_days(vn(2026, 1, 8), 2) == vn(2026, 1, 13)


def test_worker_request_by_code_and_secret_gets_a_reference_and_clocks(clock, canary_case):
    clock.set(vn(2026, 1, 8, 15))  # Thursday afternoon
    got = ReceiveDataRequest(
        kind="access", case_code=canary_case.code.lower(), secret=canary_case.plain_secret
    ).execute()
    dsr = got.request
    assert dsr.reference.startswith("YC-")
    assert list(dsr.cases.all()) == [canary_case]
    assert dsr.state == DSR.State.RECEIVED
    assert dsr.acknowledge_due == vn(2026, 1, 12, 15)  # Monday: the weekend does not count
    assert dsr.due == vn(2026, 1, 23, 15)  # 15 days
    assert privacy.dsr_clock(dsr).level == "ok"
    clock.set(vn(2026, 1, 11, 16))
    assert privacy.dsr_clock(dsr).level == "soon"
    clock.set(vn(2026, 1, 12, 15, 1))
    clock_now = privacy.dsr_clock(dsr)
    assert clock_now.level == "overdue" and clock_now.label.startswith(
        "Quá hạn xác nhận từ 12/01/2026"
    )
    AcknowledgeDataRequest(dsr).execute()
    dsr.refresh_from_db()
    assert privacy.dsr_clock(dsr).label == "Hạn hoàn thành: 23/01/2026 15:00"
    clock.set(vn(2026, 1, 23, 15, 1))
    assert privacy.dsr_clock(dsr).level == "overdue"


def test_wrong_secret_is_refused_and_nothing_written(canary_case):
    for code, secret in [
        (canary_case.code, "AAAA-BBBB-CCCC-DDDD"),
        ("ZZZZ-ZZZZ", canary_case.plain_secret),
    ]:
        with pytest.raises(ValidationError) as err:
            ReceiveDataRequest(kind="erasure", case_code=code, secret=secret).execute()
        assert err.value.messages == [privacy.BAD_SECRET]
    assert not DSR.objects.exists()


def test_bad_input_is_refused_in_vietnamese(canary_case, dpo):
    cases = [
        {"kind": "nonsense", "case_code": canary_case.code, "secret": canary_case.plain_secret},
        {"kind": "access"},
        {
            "kind": "access",
            "case_code": canary_case.code,
            "secret": canary_case.plain_secret,
            "details": "x" * 5001,
        },
        {"kind": "withdrawal", "case_code": canary_case.code, "secret": canary_case.plain_secret},
    ]
    for kwargs in cases:
        with pytest.raises(ValidationError):
            ReceiveDataRequest(**kwargs).execute()
    with pytest.raises(PermissionDenied):  # staff intake is for the officer
        ReceiveDataRequest(kind="access", contact=CANARY_PHONE).execute()
    assert not DSR.objects.exists()


def test_officer_receives_on_behalf_of_a_member_finding_every_case(
    canary_case, make_case, org_tree, dpo
):
    other = make_case(
        org_tree["g4"],
        contact_phone="+84 987 654 321",
        contact_index=crypto.blind_index("+84 987 654 321"),
    )
    make_case(
        org_tree["g2"], contact_phone="0900000000", contact_index=crypto.blind_index("0900000000")
    )
    dsr = ReceiveDataRequest(kind="access", contact=CANARY_PHONE, actor=dpo).execute().request
    assert set(dsr.cases.all()) == {canary_case, other}
    assert dsr.handled_by == dpo


def test_handler_is_not_the_officer(canary_case, handler_of, org_tree, dpo):
    handler = handler_of(org_tree["g1"])
    with pytest.raises(PermissionDenied):
        ReceiveDataRequest(kind="access", contact=CANARY_PHONE, actor=handler).execute()
    dsr = ReceiveDataRequest(kind="access", contact=CANARY_PHONE, actor=dpo).execute().request
    for action in (
        AcknowledgeDataRequest(dsr, actor=handler),
        RefuseDataRequest(dsr, reason="x", actor=handler),
    ):
        with pytest.raises(PermissionDenied):
            action.execute()
    assert privacy.is_dpo(dpo) and not privacy.is_dpo(handler)


def test_one_extension_only(clock, canary_case, dpo):
    dsr = ReceiveDataRequest(kind="access", contact=CANARY_PHONE, actor=dpo).execute().request
    due = dsr.due
    with pytest.raises(ValidationError) as err:
        ExtendDataRequest(dsr, reason="  ", actor=dpo).execute()
    assert err.value.messages == ["Cần ghi lý do gia hạn."]
    ExtendDataRequest(dsr, reason="Cần xác minh với đơn vị cơ sở", actor=dpo).execute()
    dsr.refresh_from_db()
    assert dsr.state == DSR.State.EXTENDED
    assert dsr.due == due + datetime.timedelta(days=15)
    assert dsr.acknowledged_at == clock.now
    with pytest.raises(ValidationError) as err:
        ExtendDataRequest(dsr, reason="Lần nữa", actor=dpo).execute()
    assert err.value.messages == [ONLY_ONCE]
    dsr.refresh_from_db()
    assert dsr.due == due + datetime.timedelta(days=15)
    # Still completable after its extension.
    CompleteDataRequest(dsr, actor=dpo).execute()
    dsr.refresh_from_db()
    assert dsr.state == DSR.State.COMPLETED and privacy.dsr_clock(dsr).level == "done"


def test_refusal_needs_a_reason_and_ends_the_request(canary_case, dpo):
    dsr = ReceiveDataRequest(kind="erasure", contact=CANARY_PHONE, actor=dpo).execute().request
    with pytest.raises(ValidationError) as err:
        RefuseDataRequest(dsr, reason="", actor=dpo).execute()
    assert err.value.messages == ["Cần ghi lý do từ chối."]
    RefuseDataRequest(
        dsr, reason="Vụ việc đang được cơ quan có thẩm quyền xem xét.", actor=dpo
    ).execute()
    dsr.refresh_from_db()
    assert dsr.state == DSR.State.REFUSED and dsr.completed_at is not None
    with pytest.raises(ValidationError):
        CompleteDataRequest(dsr, actor=dpo).execute()
    assert Case.objects.get(pk=canary_case.pk).body.endswith(CANARY)  # nothing erased


def test_access_export_holds_everything_and_is_logged(canary_case, dpo):
    dsr = ReceiveDataRequest(kind="access", contact=CANARY_PHONE, actor=dpo).execute().request
    done = CompleteDataRequest(dsr, actor=dpo).execute()
    data = json.loads(done.export.json_bytes)
    case = data["vu_viec"][0]
    assert case["ma_vu_viec"] == canary_case.code
    assert case["noi_dung"].endswith(CANARY) and case["email"] == CANARY_EMAIL
    assert [m["loai"] for m in case["trao_doi"]] == ["Người lao động gửi"]  # no internal note
    assert {c["phien_ban_thong_bao"] for c in case["su_dong_y"]} and all(
        c["ma_bam_thong_bao"] for c in case["su_dong_y"]
    )
    assert case["tep_dinh_kem"][0]["loai"] == "application/pdf"
    assert CANARY in done.export.text and "<pre>" in done.export.html
    logged = CaseAccess.objects.get(case=canary_case, action=CaseAccess.Action.EXPORT)
    assert logged.user == dpo and logged.reason == dsr.reference
    dsr.refresh_from_db()
    assert dsr.state == DSR.State.COMPLETED and "1 vụ việc" in dsr.outcome


def test_correction_fixes_contact_details_and_index(canary_case, dpo):
    dsr = ReceiveDataRequest(kind="correction", contact=CANARY_PHONE, actor=dpo).execute().request
    with pytest.raises(ValidationError):
        CompleteDataRequest(
            dsr, corrections={"contact_email": "khong-phai-email"}, actor=dpo
        ).execute()
    with pytest.raises(ValidationError):
        CompleteDataRequest(dsr, corrections={}, actor=dpo).execute()
    CompleteDataRequest(
        dsr,
        corrections={"contact_phone": "0911222333", "contact_name": "Nguyễn Thị Mới"},
        actor=dpo,
    ).execute()
    case = Case.objects.get(pk=canary_case.pk)
    assert case.contact_phone == "0911222333" and case.contact_name == "Nguyễn Thị Mới"
    assert case.contact_email == CANARY_EMAIL
    assert case.contact_index == crypto.blind_index("0911222333")
    assert list(privacy.subject_cases(contact="0911 222 333")) == [case]
