"""Worker notices: a notice row, an e-mail only with consent to be contacted (sent by a job,
after commit, with no other personal data), one notice per signal (no double sends)."""

from __future__ import annotations

from django.core import mail
from django.utils import timezone

from jobs import run_due_jobs
from tests.voice.api.conftest import CANARY
from voice.models import CaseMessage, Consent, ConsentNotice, MessageKind, Purpose
from voice.notify import tell_worker
from voice.signals import case_changed


def _consent(case, purpose):
    notice = ConsentNotice.objects.get(purpose=purpose, active=True)
    return Consent.objects.create(
        case=case,
        purpose=purpose,
        notice=notice,
        notice_version=notice.version,
        notice_sha256=notice.sha256,
        channel=case.channel,
        given_at=timezone.now(),
    )


def _case(make_case, org, **fields):
    return make_case(
        org,
        title=f"Tiêu đề {CANARY}",
        body=f"Nội dung {CANARY}",
        contact_name=f"Tên {CANARY}",
        contact_phone="0912345678",
        contact_email="nguoilaodong@example.vn",
        **fields,
    )


def test_a_notice_is_shown_and_emailed_only_with_consent(org_tree, make_case):
    mail.outbox.clear()
    with_consent = _case(make_case, org_tree["g1"])
    _consent(with_consent, Purpose.HANDLE)
    _consent(with_consent, Purpose.CONTACT)
    without = _case(make_case, org_tree["g1"])
    _consent(without, Purpose.HANDLE)
    for case in (with_consent, without):
        message = tell_worker(case, "test", "Vụ việc của bạn đang được xử lý.")
        assert message.kind == MessageKind.NOTICE and message.body.startswith("Vụ việc")
    assert mail.outbox == []  # only once the job runs (after commit, in a worker)
    run_due_jobs("voice")
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["nguoilaodong@example.vn"]
    assert with_consent.code in sent.subject and "đang được xử lý" in sent.body
    text = sent.subject + sent.body
    assert CANARY not in text and "0912345678" not in text


def test_withdrawn_contact_consent_stops_the_email_at_once(org_tree, make_case):
    mail.outbox.clear()
    case = _case(make_case, org_tree["g1"])
    contact = _consent(case, Purpose.CONTACT)
    tell_worker(case, "test", "Thông báo.")
    contact.withdrawn_at = timezone.now()
    contact.save()
    run_due_jobs("voice")
    assert mail.outbox == []


def test_signals_tell_the_worker_once(org_tree, make_case):
    mail.outbox.clear()
    case = _case(make_case, org_tree["g1"])
    _consent(case, Purpose.CONTACT)
    for action in ("escalated", "closed", "noted", "assigned", "answered"):
        case_changed.send(
            sender=None, action=action, case=case, actor=None, organization=case.organization
        )
    notices = list(CaseMessage.objects.filter(case=case).values_list("kind", "body"))
    # escalated and closed leave a notice; answered only e-mails (the answer is shown);
    # internal steps (noted, assigned) say nothing.
    assert [kind for kind, _ in notices] == ["notice", "notice"]
    assert "chuyển lên" in notices[0][1] and org_tree["g1"].name in notices[0][1]
    run_due_jobs("voice")
    assert len(mail.outbox) == 3
    assert any("đã có trả lời" in m.body for m in mail.outbox)
    assert all(CANARY not in m.body for m in mail.outbox)


def test_a_verdict_tells_each_reporter(org_tree, make_case):
    from voice.models import MisinformationCluster

    cluster = MisinformationCluster.objects.create(
        organization=org_tree["a"], verdict="false", first_reported_at=timezone.now()
    )
    reports = [make_case(org_tree["g1"], kind="misinformation", cluster=cluster) for _ in range(2)]
    for case in reports:
        case_changed.send(
            sender=None, action="verdict", case=case, actor=None, organization=case.organization
        )
    for case in reports:
        (body,) = CaseMessage.objects.filter(case=case).values_list("body", flat=True)
        assert case.code in body and "sai sự thật" in body
