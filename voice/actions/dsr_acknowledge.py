"""Acknowledge a data-subject request (due within 2 working days of receipt)."""

from __future__ import annotations

from django.utils import timezone

from voice.actions.dsr_base import DSR, DsrAction


class AcknowledgeDataRequest(DsrAction):
    step = "acknowledged"
    from_states = (DSR.State.RECEIVED,)

    def perform(self):
        dsr = self.dsr
        dsr.state = DSR.State.ACKNOWLEDGED
        dsr.acknowledged_at = timezone.now()
        dsr.handled_by = self.actor_row or dsr.handled_by
        dsr.save(update_fields=["state", "acknowledged_at", "handled_by"])
        return dsr
