"""Extend a data-subject request's completion deadline: once, with a reason."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from voice.actions.dsr_base import DSR, DsrAction, require_text

ONLY_ONCE = "Yêu cầu này đã được gia hạn một lần; pháp luật chỉ cho phép gia hạn một lần."


class ExtendDataRequest(DsrAction):
    step = "extended"
    from_states = (DSR.State.RECEIVED, DSR.State.ACKNOWLEDGED, DSR.State.EXTENDED)

    def __init__(self, dsr, *, reason: str, actor=None):
        super().__init__(dsr, actor=actor)
        self.reason = reason

    def validate(self) -> None:
        super().validate()
        if self.dsr.extended_at is not None or self.dsr.state == DSR.State.EXTENDED:
            raise ValidationError(ONLY_ONCE, code="extended_twice")
        self.reason = require_text(self.reason, "Cần ghi lý do gia hạn.")

    def perform(self):
        dsr, now = self.dsr, timezone.now()
        dsr.state = DSR.State.EXTENDED
        dsr.extended_at = now
        dsr.acknowledged_at = dsr.acknowledged_at or now
        dsr.extension_reason = self.reason
        dsr.due = dsr.due + datetime.timedelta(days=settings.VOICE_DSR_EXTENSION_DAYS)
        dsr.handled_by = self.actor_row or dsr.handled_by
        dsr.save(
            update_fields=[
                "state",
                "extended_at",
                "acknowledged_at",
                "extension_reason",
                "due",
                "handled_by",
            ]
        )
        return dsr
