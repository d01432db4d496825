"""SubmitCase: consent, validation (nothing written on any refusal), identity modes, routing,
staff entry, consent evidence."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection

from hierarchy.models import Organization
from hierarchy.models import Status as OrgStatus
from tests.factories import make_user
from voice import codes, crypto
from voice.actions.submit_case import CONSENT_REQUIRED
from voice.models import (
    Case,
    Channel,
    Consent,
    ConsentNotice,
    Handler,
    IdentityMode,
    Kind,
    Purpose,
    Status,
)
from voice.signals import case_changed

pytestmark = pytest.mark.django_db


def _refused(submit, counts, field, **overrides) -> str:
    before = counts()
    with pytest.raises(ValidationError) as exc:
        submit(**overrides)
    assert counts() == before, "a refused submission wrote rows"
    errors = exc.value.message_dict
    assert field in errors, errors
    return " ".join(errors[field])


@pytest.mark.parametrize(
    "consents",
    [
        {},
        {Purpose.HANDLE: False},
        {Purpose.HANDLE: "true"},
        {Purpose.HANDLE: 1},
        {Purpose.CONTACT: True, Purpose.PUBLISH_QA: True},
        None,
    ],
)
def test_no_case_without_explicit_consent(submit, counts, consents):
    message = _refused(submit, counts, "consent_handle", consents=consents)
    assert message == CONSENT_REQUIRED
    assert "đồng ý" in message


def test_consent_is_checked_before_anything_else(submit, counts):
    # Even with every other input wrong, the answer is "consent required" and no row.
    _refused(submit, counts, "consent_handle", consents={}, body="", organization="NOPE")


def test_identified_case_is_written_encrypted_routed_with_consent_evidence(
    submit, org_tree, counts
):
    heard = []

    def receiver(sender, **kwargs):
        heard.append(kwargs)

    case_changed.connect(receiver)
    try:
        result = submit(
            consents={Purpose.HANDLE: True, Purpose.CONTACT: True},
            contact_email="Lan.Nguyen@Example.vn",
        )
    finally:
        case_changed.disconnect(receiver)
    case = Case.objects.get(pk=result.case.pk)
    assert case.status == Status.NEW
    assert case.channel == Channel.WEB_FORM
    assert case.organization == org_tree["g1"] == case.origin_organization
    assert case.org_path == org_tree["g1"].path
    assert case.first_response_due is not None
    assert case.first_response_due > case.received_at
    assert case.topic_suggested == "wages"  # "lương" in the text
    assert case.topic == ""  # a handler confirms it
    assert case.contact_phone == "0912345678"
    assert case.contact_email == "lan.nguyen@example.vn"
    assert case.contact_index == crypto.blind_index("+84 912 345 678")
    # Code and secret: the secret is only stored as its keyed hash.
    assert codes.normalise(case.code) == case.code
    assert case.secret_hash == crypto.secret_hash(result.secret)
    assert result.secret not in case.secret_hash
    with connection.cursor() as cur:
        cur.execute("SELECT body::text, contact_phone::text FROM voice_case WHERE id=%s", [case.pk])
        raw = " ".join(cur.fetchone())
    assert "0912345678" not in raw and "ngày lễ" not in raw
    # One consent row per purpose consented to, with its evidence.
    rows = {c.purpose: c for c in Consent.objects.filter(case=case)}
    assert set(rows) == {Purpose.HANDLE, Purpose.CONTACT}
    notice = ConsentNotice.objects.get(purpose=Purpose.HANDLE, active=True)
    handle = rows[Purpose.HANDLE]
    assert handle.notice == notice
    assert handle.notice_version == notice.version
    assert handle.notice_sha256 == notice.sha256 and len(handle.notice_sha256) == 64
    assert handle.channel == Channel.WEB_FORM
    assert handle.given_at == case.received_at
    assert handle.evidence == {"checkbox": "handle", "unticked_by_default": True}
    assert handle.withdrawn_at is None
    # The signal, and the audit trail (pghistory) of the insert.
    assert [h["action"] for h in heard] == ["submitted"]
    assert heard[0]["case"].pk == case.pk and heard[0]["organization"] == org_tree["g1"]
    assert case.events.count() == 1


def test_anonymous_stores_no_name_contact_or_account(submit, org_tree):
    member = make_user()
    result = submit(
        identity_mode=IdentityMode.ANONYMOUS,
        contact_name="Nguyễn Văn Bí Mật",
        contact_phone="0912000111",
        contact_email="bimat@example.vn",
        workplace="Tổ 3",
        member=member,
    )
    case = Case.objects.get(pk=result.case.pk)
    assert case.identity_mode == IdentityMode.ANONYMOUS
    assert (case.contact_name, case.contact_phone, case.contact_email, case.workplace) == (
        "",
        "",
        "",
        "",
    )
    assert case.contact_index == "" and case.member is None
    with connection.cursor() as cur:
        cur.execute(
            "SELECT length(contact_name), length(contact_phone), length(contact_email), "
            "length(workplace) FROM voice_case WHERE id=%s",
            [case.pk],
        )
        assert cur.fetchone() == (0, 0, 0, 0)


def test_anonymous_cannot_consent_to_be_contacted(submit, counts):
    message = _refused(
        submit,
        counts,
        "consent_contact",
        identity_mode=IdentityMode.ANONYMOUS,
        consents={Purpose.HANDLE: True, Purpose.CONTACT: True},
    )
    assert "ẩn danh" in message.lower()


def test_pseudonymous_identity_revealed_only_with_consent(submit):
    sealed = submit(identity_mode=IdentityMode.PSEUDONYMOUS).case
    assert sealed.identity_revealed is False
    revealed = submit(
        identity_mode=IdentityMode.PSEUDONYMOUS,
        consents={Purpose.HANDLE: True, Purpose.REVEAL_IDENTITY: True},
    ).case
    assert revealed.identity_revealed is True


def test_identified_needs_a_name(submit, counts):
    assert "họ tên" in _refused(submit, counts, "contact_name", contact_name="  ")


def test_contact_consent_needs_a_phone_or_email(submit, counts):
    message = _refused(
        submit,
        counts,
        "contact_phone",
        contact_phone="",
        consents={Purpose.HANDLE: True, Purpose.CONTACT: True},
    )
    assert "điện thoại hoặc email" in message


@pytest.mark.parametrize("body", ["", "   \n\t ", "\u200b\u200b", "\x00\x00"])
def test_empty_body_refused(submit, counts, body):
    assert "nhập nội dung" in _refused(submit, counts, "body", body=body)


def test_body_length_limit_is_5000_characters(submit, counts):
    message = _refused(submit, counts, "body", body="ạ" * 5001)
    assert "5.001" in message and "5.000" in message
    assert submit(body="ạ" * 5000).case.body == "ạ" * 5000


def test_invalid_utf8_bytes_refused(submit, counts):
    message = _refused(submit, counts, "body", body=b"L\xc6\xb0\xc6ng \xff\xfe th\xe1ng")
    assert "UTF-8" in message
    assert submit(body="Lương tháng 11".encode()).case.body == "Lương tháng 11"


def test_control_characters_are_normalised(submit):
    decomposed = "Lu\u031bo\u031b\u0300ng"  # "Lường" in NFD
    case = submit(body=f"Hỏi\x00 về {decomposed}\u202e\x07 tháng 11").case
    assert Case.objects.get(pk=case.pk).body == "Hỏi về Lường tháng 11"


@pytest.mark.parametrize("phone", ["12345", "09123456789012", "abc", "0912-345-67x", "+1 555 0100"])
def test_bad_phone_refused(submit, counts, phone):
    message = _refused(submit, counts, "contact_phone", contact_phone=phone)
    assert "điện thoại không hợp lệ" in message


@pytest.mark.parametrize("email", ["lan@", "lan.example.vn", "a b@c.vn"])
def test_bad_email_refused(submit, counts, email):
    assert "email không hợp lệ" in _refused(submit, counts, "contact_email", contact_email=email)


def test_unknown_and_inactive_organisations_refused(submit, counts, org_tree):
    assert "Không tìm thấy" in _refused(submit, counts, "organization", organization="KHONG-CO")
    g2 = org_tree["g2"]
    Organization.objects.filter(pk=g2.pk).update(status=OrgStatus.DISSOLVED)
    assert "không còn hoạt động" in _refused(submit, counts, "organization", organization=g2)


def test_organisation_by_code_and_kinds(submit, org_tree):
    case = submit(organization="xg3", kind=Kind.GRIEVANCE).case
    assert case.organization == org_tree["g3"] and case.kind == Kind.GRIEVANCE


def test_survey_and_unknown_kinds_refused(submit, counts):
    _refused(submit, counts, "kind", kind=Kind.SURVEY)
    _refused(submit, counts, "kind", kind="spam")


def test_misinformation_link_checked(submit, counts):
    assert "http" in _refused(
        submit, counts, "link", kind=Kind.MISINFORMATION, link="javascript:alert(1)"
    )
    case = submit(kind=Kind.MISINFORMATION, link="https://example.vn/bai-sai-su-that").case
    assert Case.objects.get(pk=case.pk).link == "https://example.vn/bai-sai-su-that"


def test_conflict_of_interest_routes_to_the_parent(submit, org_tree):
    case = submit(conflict_of_interest=True).case
    assert case.origin_organization == org_tree["g1"]
    assert case.organization == org_tree["ua1"] and case.org_path == org_tree["ua1"].path
    assert case.conflict_of_interest is True


def test_stale_notice_version_refused(submit, counts):
    message = _refused(
        submit,
        counts,
        "consent_handle",
        notice_versions={Purpose.HANDLE: "1999-01"},
    )
    assert "cập nhật" in message


def test_hotline_entry_by_a_handler_records_who_read_the_notice(submit, org_tree, handler_of):
    staff = handler_of(org_tree["ua1"])
    result = submit(channel=Channel.HOTLINE, actor=staff, client_ip=None)
    case = Case.objects.get(pk=result.case.pk)
    assert case.channel == Channel.HOTLINE and case.entered_by == staff
    consent = case.consents.get()
    assert consent.channel == Channel.HOTLINE
    assert consent.evidence == {"read_by": staff.pk, "read_aloud": True}


def test_hotline_entry_needs_a_handler_of_the_organisation(submit, counts, org_tree, handler_of):
    outsider = handler_of(org_tree["ub1"])
    before = counts()
    with pytest.raises(PermissionDenied):
        submit(channel=Channel.HOTLINE, actor=outsider)
    with pytest.raises(PermissionDenied):
        submit(channel=Channel.STAFF, actor=None)
    assert counts() == before
    assert not Handler.objects.filter(user=outsider, organization=org_tree["g1"]).exists()
