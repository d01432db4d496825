from __future__ import annotations

from django.core.exceptions import ValidationError

from voice.actions.handling_base import HandlingAction, clean_text
from voice.models import CaseAccess, IdentityMode


class RevealIdentity(HandlingAction):
    """A supervisor's emergency override of a pseudonymous case's sealed identity: the
    reason is mandatory and the override is a ``CaseAccess`` row of action ``emergency``
    (what ``voice.access.identity_visible`` reads), for this supervisor only."""

    action = "identity_revealed"
    needs_supervisor = True
    MIN_REASON = 10

    def __init__(self, case, *, reason, actor=None, seen_level=None):
        super().__init__(case, actor=actor, seen_level=seen_level)
        self.reason = reason

    def validate(self):
        if self.case.erased_at is not None:
            super().validate()
        if self.case.identity_mode == IdentityMode.ANONYMOUS:
            raise ValidationError("Vụ việc ẩn danh hoàn toàn: không có danh tính nào để mở.")
        if self.case.identity_mode == IdentityMode.IDENTIFIED or self.case.identity_revealed:
            raise ValidationError("Danh tính người gửi vụ việc này đã được công khai.")
        self.reason = clean_text(self.reason, label="Lý do mở danh tính khẩn cấp", limit=500)
        if len(self.reason) < self.MIN_REASON:
            raise ValidationError(
                f"Lý do mở danh tính khẩn cấp cần ít nhất {self.MIN_REASON} ký tự, "
                "nói rõ tình huống khẩn cấp."
            )

    def perform(self):
        return CaseAccess.objects.create(
            case=self.case,
            user=self.actor_row,
            action=CaseAccess.Action.EMERGENCY,
            reason=self.reason,
        )
