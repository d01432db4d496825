"""Fixtures of the misinformation and public Q&A tests: reports submitted the way intake
announces them (``case_changed`` "submitted"), answered questions with or without the
``publish_qa`` consent, and worker notices for verdicts."""

from __future__ import annotations

import pytest
from django.utils import timezone

from voice.models import (
    CaseMessage,
    Channel,
    Consent,
    ConsentNotice,
    Kind,
    MessageKind,
    Purpose,
    Status,
)
from voice.signals import case_changed


@pytest.fixture
def report(make_case):
    """``report(org, link="", text="", **fields)``: a misinformation report, submitted."""

    def _make(org, link="", text="", **fields):
        fields.setdefault("title", "")
        case = make_case(org, kind=Kind.MISINFORMATION, link=link, body=text, **fields)
        case_changed.send(sender=None, action="submitted", case=case, actor=None, organization=org)
        case.refresh_from_db()
        return case

    return _make


def give_consent(case, purpose=Purpose.PUBLISH_QA):
    notice = ConsentNotice.objects.get(purpose=purpose, active=True)
    return Consent.objects.create(
        case=case,
        purpose=purpose,
        notice=notice,
        notice_version=notice.version,
        notice_sha256=notice.sha256,
        channel=Channel.WEB_FORM,
        given_at=timezone.now(),
        evidence={"checkbox": purpose},
    )


@pytest.fixture
def answered_question(make_case):
    """``answered_question(org, consent=True, **fields)``: an answered question with its
    answer message and, unless ``consent=False``, an active ``publish_qa`` consent."""

    def _make(org, consent=True, answer="", **fields):
        now = timezone.now()
        fields.setdefault("status", Status.ANSWERED)
        fields.setdefault("answered_at", now)
        fields.setdefault("contact_name", "Nguyễn Văn An")
        fields.setdefault("contact_phone", "0912345678")
        case = make_case(org, kind=Kind.QUESTION, **fields)
        CaseMessage.objects.create(
            case=case,
            kind=MessageKind.ANSWER,
            organization=org,
            body=answer
            or "Chào anh Nguyễn Văn An, theo Điều 98 Bộ luật Lao động 2019, làm thêm giờ vào "
            "ngày lễ được trả ít nhất 300% lương.",
        )
        if consent:
            give_consent(case)
        return case

    return _make
