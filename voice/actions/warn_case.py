"""Record that a case has used 80% of its response window (once per window)."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone

from voice.actions.base import CaseAction
from voice.deadlines import warn_at


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
