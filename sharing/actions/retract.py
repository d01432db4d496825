from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.roles import EDITOR
from hierarchy.roles import require_rank
from sharing.actions.base import SharingAction
from sharing.models import AuditAction, Share, ShareStatus


class RetractShare(SharingAction):
    """Remove the share from every receiver at once (one UPDATE)."""

    def __init__(self, share: Share, *, actor, reason: str = ""):
        super().__init__(actor=actor)
        self.share = share
        self.reason = reason

    def prepare(self):
        self.share = self.locked(self.share)
        self.issuer = self.share.issuer

    def validate(self):
        if self.share.status == ShareStatus.RETRACTED:
            raise ValidationError("Nội dung này đã được thu hồi trước đó.")

    def check_permission(self):
        require_rank(self.actor, self.share.issuer, EDITOR, "thu hồi nội dung đã chia sẻ")

    def perform(self):
        now = timezone.now()
        Share.objects.filter(pk=self.share.pk).update(
            status=ShareStatus.RETRACTED,
            retracted_at=now,
            retracted_by=self.actor_row,
            retract_reason=self.reason[:500],
            changed_at=now,
        )
        self.share.refresh_from_db()
        return self.share

    def audit(self, share):
        self.record(AuditAction.RETRACT, share=share, organization=self.issuer, reason=self.reason)
