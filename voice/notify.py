"""Telling the worker what happened to their case.

``tell_worker(case, kind, text)`` writes a ``CaseMessage`` of kind ``notice`` (encrypted,
shown on the follow page and by the API's ``caseStatus``) and, when the worker consented to
``Purpose.CONTACT`` and gave an e-mail address, defers a job that e-mails them the notice
through Django's configured mail backend (the self-hosted SMTP server in production).

The job is deferred in the caller's transaction (so it exists only if the change commits) and
carries only ids: the address and the text are read, decrypted, at send time from the
encrypted columns, and consent is checked again then (a withdrawal is effective at once).
The e-mail holds the notice text and the case code, nothing else about the worker; it is
stored nowhere else.

One place, no double sends: the receiver below listens to ``voice.signals.case_changed`` and
tells the worker on ``answered``, ``escalated``, ``merged``, ``verdict`` and ``closed``.
Actions that send those signals must NOT call ``tell_worker`` themselves; they call it only for
notices of their own that no signal covers. ``VoiceConfig.ready`` connects the receiver
(``connect()``, with a dispatch uid).
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager

from django.conf import settings
from django.core.mail import send_mail

from jobs import defer, task
from voice.models import Case, CaseMessage, Consent, MessageKind, Purpose, Verdict

logger = logging.getLogger(__name__)
# Named under "voice.notify" so that erasure and consent withdrawal (voice.actions.erase_case
# NOTIFY_TASKS) cancel the e-mails still waiting.
EMAIL_TASK = "voice.notify.email_worker"

# The ``answered`` signal needs no notice row (the answer itself is shown to the worker):
# only the e-mail telling them it is there.
TEMPLATES = {
    "answered": "Vụ việc {code} của bạn đã có trả lời. Hãy mở trang theo dõi vụ việc và nhập "
    "mã vụ việc cùng mã bí mật để đọc.",
    "escalated": "Vụ việc {code} chưa được phản hồi đúng hạn nên đã được chuyển lên {org} "
    "để xử lý.",
    # Escalations for another reason than a missed deadline (voice.models.Escalation.Reason).
    "escalated_conflict": "Để bảo đảm khách quan, vụ việc {code} đã được chuyển lên {org} để "
    "xử lý.",
    "escalated_manual": "Vụ việc {code} đã được chuyển lên {org}, cấp có thẩm quyền giải quyết.",
    "merged": "Vụ việc {code} có cùng nội dung với một vụ việc khác nên đã được gộp để xử lý "
    "chung. Bạn vẫn theo dõi và nhận trả lời tại đây.",
    "closed": "Vụ việc {code} đã kết thúc xử lý. Nếu chưa thoả đáng, bạn có thể gửi ý kiến "
    "để mở lại.",
    "verdict": "Thông tin bạn phản ánh (vụ việc {code}) đã được xác minh: {verdict}. Cảm ơn "
    "bạn đã góp phần ngăn chặn thông tin sai lệch.",
}
SUBJECT = "[Công đoàn] Cập nhật vụ việc {code}"


def _wants_email(case: Case) -> bool:
    if case.erased_at is not None or not case.contact_email:
        return False
    return case.consents.filter(purpose=Purpose.CONTACT, withdrawn_at__isnull=True).exists()


_pending = threading.local()


@contextmanager
def batched():
    """Notices told inside the block are written with one INSERT when it ends, still in the
    caller's transaction (the deadline sweep escalates hundreds of cases per batch; one
    INSERT per notice was most of its time). Nested blocks join the outer one."""
    if getattr(_pending, "items", None) is not None:
        yield
        return
    _pending.items = []
    try:
        yield
        items = _pending.items
    finally:
        _pending.items = None
    if items:
        CaseMessage.objects.bulk_create([message for message, _, _ in items])
        wanting = _wanting_email([case.pk for _, case, _ in items])
        for message, case, kind in items:
            if case.pk in wanting:
                defer(EMAIL_TASK, tenant=None, case_id=case.pk, message_id=message.pk, reason=kind)


def _wanting_email(case_ids: list[int]) -> set[int]:
    """Of ``case_ids``, the cases whose worker consented to be contacted and gave an e-mail
    (two statements for a whole batch instead of two per case)."""
    consenting = set(
        Consent.objects.filter(
            case_id__in=case_ids, purpose=Purpose.CONTACT, withdrawn_at__isnull=True
        ).values_list("case_id", flat=True)
    )
    if not consenting:
        return set()
    rows = Case.objects.filter(pk__in=consenting, erased_at__isnull=True).values_list(
        "pk", "contact_email"
    )
    return {pk for pk, email in rows if email}


def _email_if_wanted(case: Case, message: CaseMessage, kind: str) -> None:
    if _wants_email(case):
        defer(EMAIL_TASK, tenant=None, case_id=case.pk, message_id=message.pk, reason=kind)


def tell_worker(case: Case, kind: str, text: str) -> CaseMessage:
    """A notice to the worker on ``case`` (``kind`` names why, e.g. "escalated"; kept in the
    job for the log only), e-mailed when they consented to be contacted. Inside
    :func:`batched` the row is written (and has its id) when the block ends."""
    message = CaseMessage(
        case=case, kind=MessageKind.NOTICE, body=text, organization=case.organization
    )
    pending = getattr(_pending, "items", None)
    if pending is not None:
        pending.append((message, case, kind))
        return message
    message.save()
    _email_if_wanted(case, message, kind)
    return message


@task(name=EMAIL_TASK, queue="voice", retries=6)
def email_worker(
    *, case_id: int, message_id: int | None = None, reason: str = "", template: str = ""
) -> str:
    """Send one notice by e-mail (the notice row's text, or a ``TEMPLATES`` text)."""
    case = Case.objects.filter(pk=case_id).first()
    if case is None or not _wants_email(case):
        return "không gửi: không còn đồng ý liên hệ hoặc không có email"
    if message_id is not None:
        message = CaseMessage.objects.filter(pk=message_id, case=case).first()
        if message is None:
            return "không gửi: thông báo đã bị xoá"
        text = message.body
    else:
        text = TEMPLATES[template].format(code=case.code, org="", verdict="")
    send_mail(
        SUBJECT.format(code=case.code),
        f"{text}\n\nMã vụ việc: {case.code}\n"
        "Đây là thư tự động của hệ thống tiếp nhận ý kiến người lao động; vui lòng không "
        "trả lời thư này.",
        getattr(settings, "DEFAULT_FROM_EMAIL", None),
        [case.contact_email],
        fail_silently=False,
    )
    logger.info("voice: đã gửi email thông báo (%s) cho vụ việc #%s", reason or template, case.pk)
    return "đã gửi"


def text_for(action: str, case: Case, reason: str = "") -> str:
    """The notice for ``action``; an escalation is worded by its ``reason`` (a missed
    deadline, a conflict of interest, or a handler passing the case up)."""
    if action == "escalated" and reason in ("conflict", "manual"):
        action = f"escalated_{reason}"
    org = case.organization.name if case.organization_id else ""
    verdict = ""
    if action == "verdict":
        try:  # the misinformation part words the verdict (note, response article)
            from voice.misinfo import verdict_text
        except ImportError:
            pass
        else:
            return verdict_text(case)
        cluster = case.cluster
        if cluster is None or not cluster.verdict:
            return ""
        verdict = Verdict(cluster.verdict).label.lower()
    return TEMPLATES[action].format(code=case.code, org=org, verdict=verdict)


def on_case_changed(sender, action, case, actor=None, organization=None, reason="", **kwargs):
    if action not in TEMPLATES or case.erased_at is not None:
        return
    if action == "answered":
        if _wants_email(case):
            defer(EMAIL_TASK, tenant=None, case_id=case.pk, template="answered", reason=action)
        return
    text = text_for(action, case, reason)
    if text:
        tell_worker(case, action, text)


def connect() -> None:
    from voice.signals import case_changed

    case_changed.connect(on_case_changed, dispatch_uid="voice_notify_worker")
