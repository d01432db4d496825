from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.roles import EDITOR
from hierarchy.roles import require_rank
from sharing.actions.base import SharingAction
from sharing.models import AuditAction, Share, ShareStatus


class CorrectShare(SharingAction):
    """Attach a correction notice that every receiver sees."""

    def __init__(self, share: Share, text: str, *, actor):
        super().__init__(actor=actor)
        self.share = share
        self.text = (text or "").strip()

    def prepare(self):
        if not self.text:
            raise ValidationError("Hãy nhập nội dung đính chính.")
        self.share = self.locked(self.share)
        self.issuer = self.share.issuer

    def validate(self):
        if self.share.status != ShareStatus.ACTIVE:
            raise ValidationError("Không thể đính chính nội dung đã thu hồi.")

    def check_permission(self):
        require_rank(self.actor, self.share.issuer, EDITOR, "đính chính nội dung đã chia sẻ")

    def perform(self):
        now = timezone.now()
        Share.objects.filter(pk=self.share.pk).update(
            correction=self.text, corrected_at=now, changed_at=now
        )
        self.share.refresh_from_db()
        return self.share

    def audit(self, share):
        self.record(AuditAction.CORRECT, share=share, organization=self.issuer, text=self.text)
