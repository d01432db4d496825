"""Fixtures of the personal-data tests: a frozen clock, a data protection officer (a
supervisor on the tree's root), and a case filled with a canary in every personal field."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from voice.models import (
    Attachment,
    CaseMessage,
    Channel,
    Consent,
    ConsentNotice,
    Handler,
    MessageKind,
    Purpose,
)

CANARY = "CANARY-9c41e2-lương-bị-trừ-oan"
CANARY_PHONE = "0987654321"
CANARY_EMAIL = "canary.9c41e2@example.vn"
CANARY_FILE = b"%PDF-1.4 CANARY-9c41e2-file " + "tệp-riêng-tư".encode()


class FrozenClock:
    def __init__(self, monkeypatch, start: datetime.datetime):
        self.now = start
        monkeypatch.setattr(timezone, "now", lambda: self.now)

    def set(self, value: datetime.datetime) -> None:
        self.now = value

    def advance(self, **delta) -> datetime.datetime:
        self.now = self.now + datetime.timedelta(**delta)
        return self.now


def vn(y, m, d, hh=9, mm=0) -> datetime.datetime:
    """A moment in Vietnam's time zone."""
    return timezone.make_aware(datetime.datetime(y, m, d, hh, mm))


@pytest.fixture
def clock(monkeypatch):
    """Time stands still at Monday 05/01/2026 09:00 (Vietnam) until moved."""
    return FrozenClock(monkeypatch, vn(2026, 1, 5))


@pytest.fixture
def dpo(org_tree, handler_of):
    """The data protection officer: a supervisor on the root organisation."""
    return handler_of(org_tree["tld"], role=Handler.Role.SUPERVISOR)


def give_consent(case, purpose, channel=Channel.WEB_FORM):
    notice = ConsentNotice.objects.get(purpose=purpose, active=True)
    return Consent.objects.create(
        case=case,
        purpose=purpose,
        notice=notice,
        notice_version=notice.version,
        notice_sha256=notice.sha256,
        channel=channel,
        given_at=timezone.now(),
        evidence={"checkbox": "dong_y_xu_ly", "operator": "EVIDENCE-MARK"},
    )


def fill_with_canary(case):
    """Messages, an attachment and consents, each carrying the canary."""
    CaseMessage.objects.create(case=case, kind=MessageKind.WORKER, body=f"Bổ sung: {CANARY}")
    CaseMessage.objects.create(case=case, kind=MessageKind.NOTE, body=f"Ghi chú {CANARY}")
    Attachment.objects.create(
        case=case,
        name=f"{CANARY}.pdf",
        content_type="application/pdf",
        size=len(CANARY_FILE),
        data=CANARY_FILE,
    )
    for purpose in (Purpose.HANDLE, Purpose.CONTACT, Purpose.PUBLISH_QA):
        give_consent(case, purpose)
    return case


@pytest.fixture
def canary_case(org_tree, make_case):
    from voice import crypto

    case = make_case(
        org_tree["g1"],
        title=f"Tiêu đề {CANARY}",
        body=f"Nội dung {CANARY}",
        contact_name="Nguyễn Thị Canary",
        contact_phone=CANARY_PHONE,
        contact_email=CANARY_EMAIL,
        workplace=f"Xưởng {CANARY}",
        contact_index=crypto.blind_index(CANARY_PHONE),
    )
    return fill_with_canary(case)
