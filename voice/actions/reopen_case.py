from __future__ import annotations

import pghistory
from django.utils import timezone

from voice.actions.handling_base import HandlingAction, clean_text
from voice.deadlines import due_at
from voice.models import CaseMessage, MessageKind, Status
from voice.routing import window


class ReopenCase(HandlingAction):
    """A handler reopens an answered or closed case (ANSWERED/CLOSED -> IN_PROGRESS); the
    reason is required, kept as an internal note and in the audit trail's context. The case
    gets a fresh response window at its organisation from now."""

    action = "reopened"

    def __init__(self, case, *, reason, actor=None, seen_level=None):
        super().__init__(case, actor=actor, seen_level=seen_level)
        self.reason = reason

    def validate(self):
        super().validate()
        self.require_status([Status.ANSWERED, Status.CLOSED], "mở lại vụ việc")
        self.reason = clean_text(self.reason, label="Lý do mở lại", limit=500)

    def perform(self):
        case = self.case
        now = timezone.now()
        pghistory.context(reason=self.reason)
        case.reopen()
        case.closed_at = None
        # A fresh response window at the case's organisation, as for a new case: without it
        # the old, long-past deadline would escalate the case at the next sweep.
        win = window(case.organization, kind=case.kind, topic=case.topic)
        case.reopened_at = now
        case.first_response_due = due_at(
            case.organization, now, win.response_hours, win.working_days_only
        )
        case.warned_at = None
        case.save()
        CaseMessage.objects.create(
            case=case,
            kind=MessageKind.NOTE,
            body=f"Mở lại vụ việc. Lý do: {self.reason}",
            author=self.actor_row,
            organization_id=case.organization_id,
        )
        return case
