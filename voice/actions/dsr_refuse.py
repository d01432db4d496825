"""Refuse a data-subject request, with the reason given to the subject."""

from __future__ import annotations

from django.utils import timezone

from voice.actions.dsr_base import DSR, DsrAction, require_text


class RefuseDataRequest(DsrAction):
    step = "refused"

    def __init__(self, dsr, *, reason: str, actor=None):
        super().__init__(dsr, actor=actor)
        self.reason = reason

    def validate(self) -> None:
        super().validate()
        self.reason = require_text(self.reason, "Cần ghi lý do từ chối.", max_length=2000)

    def perform(self):
        dsr, now = self.dsr, timezone.now()
        dsr.state = DSR.State.REFUSED
        dsr.acknowledged_at = dsr.acknowledged_at or now
        dsr.completed_at = now
        dsr.outcome = self.reason
        dsr.handled_by = self.actor_row or dsr.handled_by
        dsr.save(
            update_fields=["state", "acknowledged_at", "completed_at", "outcome", "handled_by"]
        )
        return dsr
