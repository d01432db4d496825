"""Record that a case has used 80% of its response window (once per window)."""

from __future__ import annotations

import datetime

import pghistory
from django.core.exceptions import ValidationError
from django.utils import timezone

from congdoan.actions import Action
from voice.actions.base import CaseAction
from voice.actions.escalate_case import ENCRYPTED
from voice.deadlines import warn_at
from voice.models import OPEN_STATUSES, Case
from voice.signals import case_changed


class WarnCase(CaseAction):
    """Run by the deadline sweep (actor None); ``case_changed("warned")`` tells the queue,
    webhooks and (optionally) the assignee."""

    action = "warned"

    def __init__(self, case, *, now: datetime.datetime | None = None, actor=None):
        super().__init__(case, actor=actor)
        self.now = now or timezone.now()

    def validate(self) -> None:
        case = self.case
        point = warn_at(case)
        if not case.is_open or case.warned_at is not None or point is None or point > self.now:
            raise ValidationError("Vụ việc không cần cảnh báo sắp hết hạn.")

    def perform(self):
        self.case.warned_at = self.now
        self.case.save(update_fields=["warned_at", "updated_at"])
        return self.case


class WarnDue(Action):
    """The sweep's warnings of a batch of cases (locked by the caller): ``warned_at`` set
    in one statement for those not warned yet, ``case_changed("warned")`` for each."""

    public = True

    def __init__(self, ids, *, now: datetime.datetime):
        super().__init__(actor=None)
        self.ids = list(ids)
        self.now = now

    def perform(self) -> list[int]:
        with pghistory.context(action="warned", actor=None):
            done = Case.objects.filter(
                pk__in=self.ids, status__in=OPEN_STATUSES, warned_at__isnull=True
            ).update(warned_at=self.now, updated_at=timezone.now())
        if not done:
            return []
        return list(
            Case.objects.filter(pk__in=self.ids, warned_at=self.now).values_list("pk", flat=True)
        )

    def signal(self, result) -> None:
        for case in (
            Case.objects.filter(pk__in=result).select_related("organization").defer(*ENCRYPTED)
        ):
            case_changed.send(
                sender=type(self),
                action="warned",
                case=case,
                actor=None,
                organization=case.organization,
            )
