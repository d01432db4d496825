from __future__ import annotations

from django.core.exceptions import ValidationError

from voice.actions.handling_base import HandlingAction
from voice.models import Status, Topic


class ConfirmTopic(HandlingAction):
    """A handler confirms the suggested topic or sets another one (``topic_confirmed_by``)."""

    action = "classified"

    def __init__(self, case, *, topic, actor=None, seen_level=None):
        super().__init__(case, actor=actor, seen_level=seen_level)
        self.topic = topic

    def validate(self):
        super().validate()
        if self.case.status in (Status.MERGED, Status.WITHDRAWN):
            self.require_status([], "phân loại")
        if self.topic not in Topic.values:
            raise ValidationError("Hãy chọn một lĩnh vực trong danh mục.")

    def perform(self):
        self.case.topic = self.topic
        self.case.topic_confirmed_by = self.actor_row
        self.case.save(update_fields=["topic", "topic_confirmed_by", "updated_at"])
        return self.case
