from __future__ import annotations

from voice.actions.handling_base import HandlingAction, clean_text
from voice.models import CaseMessage, MessageKind


class AddNote(HandlingAction):
    """An internal note between handlers; never shown to the worker (any state)."""

    action = "noted"

    def __init__(self, case, *, body, actor=None, seen_level=None):
        super().__init__(case, actor=actor, seen_level=seen_level)
        self.body = body

    def validate(self):
        # A note is kept whatever happened to the case meanwhile (no seen-level check).
        if self.case.erased_at is not None:
            super().validate()
        self.body = clean_text(self.body, label="Ghi chú")

    def perform(self):
        return CaseMessage.objects.create(
            case=self.case,
            kind=MessageKind.NOTE,
            body=self.body,
            author=self.actor_row,
            organization_id=self.case.organization_id,
        )
