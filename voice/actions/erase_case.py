"""Erase a case's personal data (an erasure request, or the end of its retention period).

What goes: title, body, contact details, workplace, link and the member link of the case;
every message body; every attachment (row and encrypted contents); the details of consent
evidence (purpose, notice version and dates stay: they prove the processing was lawful);
the reasons typed in the access log; the details of data-subject requests about the case;
voice jobs still waiting for the case (e-mails, notices, timers); its public Q&A page, if
one was published (through ``voice.qa`` when that module offers ``unpublish``).

What stays: a content-free row with its code, kind, topic, organisation, dates and
``erased_at``, so figures still count it; the audit trail (``CaseEvent``), which by design
holds no text (state, organisation, assignee, topic, deadlines, ``erased_at``).
"""

from __future__ import annotations

import importlib

import pghistory
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.utils import timezone

from voice import access
from voice.actions.base import CaseAction, CaseNotFound
from voice.models import Attachment, CaseAccess, CaseMessage, Status

#: Fields of ``Case`` holding personal data (encrypted), emptied by erasure.
PERSONAL_FIELDS = (
    "title",
    "body",
    "contact_name",
    "contact_phone",
    "contact_email",
    "workplace",
    "link",
)


#: Task names of the jobs that reach the worker (e-mails, notices): ``voice.notify*``.
NOTIFY_TASKS = "voice.notify%"


def cancel_case_jobs(case_id: int, message_ids=(), *, task_pattern: str = "voice.%") -> int:
    """Deletes the voice jobs still waiting for a case (``task_pattern``: every voice job,
    e.g. deadline timers too, or ``NOTIFY_TASKS``: only e-mails and notices). Voice jobs
    carry ``case_id`` or ``message_id`` arguments, never text."""
    with connection.cursor() as cur:
        cur.execute(
            "DELETE FROM procrastinate_jobs WHERE status = 'todo' AND task_name LIKE %s "
            "AND (args->>'case_id' = %s OR args->>'message_id' = ANY(%s))",
            [task_pattern, str(case_id), [str(m) for m in message_ids]],
        )
        return cur.rowcount


def unpublish_qa(case, *, reason: str) -> bool:
    """Takes the case's public Q&A down through ``voice.qa.unpublish(case, reason=...)``
    when that module exists (misinformation/Q&A helper); False when there is nothing to do."""
    if not case.qa_page_id:
        return False
    try:
        qa = importlib.import_module("voice.qa")
    except ImportError:
        return False
    unpublish = getattr(qa, "unpublish", None)
    if unpublish is None:
        return False
    unpublish(case, reason=reason)
    return True


class EraseCase(CaseAction):
    action = "erased"
    DSR = "dsr"
    RETENTION = "retention"

    def __init__(self, case, *, reason: str = DSR, actor=None):
        super().__init__(case, actor=actor)
        self.reason = reason

    def check_permission(self) -> None:
        if self.actor is None:
            return
        from voice.privacy import is_dpo

        if is_dpo(self.actor):
            return
        if not access.can_handle(self.actor, self.case):
            raise CaseNotFound(CaseNotFound.message)
        raise PermissionDenied("Chỉ người phụ trách bảo vệ dữ liệu cá nhân mới được xoá dữ liệu.")

    def perform(self):
        case = self.case
        if case.erased_at is not None:
            return case  # already erased: nothing left to do
        pghistory.context(erase_reason=self.reason)
        message_ids = list(case.messages.values_list("pk", flat=True))
        unpublish_qa(case, reason="erasure")
        Attachment.objects.filter(case=case).delete()
        CaseMessage.objects.filter(case=case).update(body="")
        case.consents.update(evidence={})
        CaseAccess.objects.filter(case=case).update(reason="")
        for dsr in case.data_requests.all():
            type(dsr).objects.filter(pk=dsr.pk).update(details="", contact_index="")
        cancel_case_jobs(case.pk, message_ids)
        for field in PERSONAL_FIELDS:
            setattr(case, field, "")
        case.contact_index = ""
        case.member = None
        case.identity_revealed = False
        if case.status in (Status.NEW, Status.IN_PROGRESS, Status.ANSWERED):
            case.withdraw()
        case.erased_at = timezone.now()
        case.save()
        return case
