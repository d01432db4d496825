from __future__ import annotations

from django.utils import timezone

from voice.actions.handling_base import HandlingAction
from voice.models import Status


class CloseCase(HandlingAction):
    """Handling is over: ANSWERED -> CLOSED."""

    action = "closed"

    def validate(self):
        super().validate()
        self.require_status([Status.ANSWERED], "đóng vụ việc")

    def perform(self):
        self.case.close()
        self.case.closed_at = timezone.now()
        self.case.save()
        return self.case
