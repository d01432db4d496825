"""Withdraw a consent: as easy as giving it, effective at once (in the same transaction).

* ``handle``: handling stops, the case is withdrawn (``Case.withdraw``) when still open or
  answered; handlers no longer act on it.
* ``contact``: no more calls or e-mails; waiting voice e-mail/notice jobs of the case are
  cancelled (``voice.notify`` sends e-mail only while the consent is active).
* ``publish_qa``: the public Q&A made from the case is taken down (``voice.qa.unpublish``).
* ``reveal_identity``: handlers no longer see who the worker is.

``actor`` None is the worker (after ``voice.privacy.verify_case_secret``) or the system;
a staff actor must be able to handle the case (recording a call on the hotline).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone

from voice.actions.base import CaseAction
from voice.actions.erase_case import NOTIFY_TASKS, cancel_case_jobs, unpublish_qa
from voice.models import Purpose, Status


class WithdrawConsent(CaseAction):
    action = "withdrawn"

    def __init__(self, case, *, purpose: str, actor=None):
        super().__init__(case, actor=actor)
        self.purpose = purpose

    def validate(self) -> None:
        if self.purpose not in Purpose.values:
            raise ValidationError("Mục đích đồng ý không hợp lệ.", code="purpose")
        self.consent = self.case.consents.filter(
            purpose=self.purpose, withdrawn_at__isnull=True
        ).first()
        if self.consent is None:
            raise ValidationError(
                "Không có sự đồng ý nào đang hiệu lực cho mục đích này.", code="no_consent"
            )

    def perform(self):
        now = timezone.now()
        self.consent.withdrawn_at = now
        self.consent.save(update_fields=["withdrawn_at"])
        case = self.case
        self.changed_status = False
        if self.purpose == Purpose.HANDLE:
            if case.status in (Status.NEW, Status.IN_PROGRESS, Status.ANSWERED):
                case.withdraw()
                case.save()
                self.changed_status = True
            cancel_case_jobs(case.pk)
        elif self.purpose == Purpose.CONTACT:
            message_ids = list(case.messages.values_list("pk", flat=True))
            cancel_case_jobs(case.pk, message_ids, task_pattern=NOTIFY_TASKS)
        elif self.purpose == Purpose.PUBLISH_QA:
            unpublish_qa(case, reason="consent_withdrawn")
        elif self.purpose == Purpose.REVEAL_IDENTITY and case.identity_revealed:
            case.identity_revealed = False
            case.save(update_fields=["identity_revealed", "updated_at"])
        return self.consent

    def signal(self, result) -> None:
        # Only a stopped case is a change of the case others hear about.
        if self.changed_status:
            super().signal(result)
