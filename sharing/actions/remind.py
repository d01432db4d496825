from __future__ import annotations

from django.core.exceptions import ValidationError

from accounts.roles import EDITOR
from hierarchy.models import Organization
from hierarchy.roles import require_rank
from sharing.actions.base import SharingAction
from sharing.models import AuditAction, Reminder, Share


class RemindReceivers(SharingAction):
    """Ask every organisation in ``target``'s subtree that has not acknowledged the
    directive to do so (one row)."""

    def __init__(self, share: Share, target: Organization, *, actor, message: str = ""):
        super().__init__(actor=actor)
        self.share = share
        self.target = target
        self.message = (message or "").strip()[:500]

    def prepare(self):
        self.share = self.locked(self.share)

    def validate(self):
        share = self.share
        if not share.mandatory:
            raise ValidationError("Chỉ nhắc xác nhận được với chỉ đạo bắt buộc.")
        if not share.is_live:
            raise ValidationError("Chỉ đạo đã thu hồi hoặc hết hạn: không thể nhắc.")
        root, target = share.scope_root, self.target
        if not (target.path.startswith(root.path) or target.pk in share.include_ids):
            raise ValidationError(f"{target.name} không thuộc phạm vi của chỉ đạo này.")

    def check_permission(self):
        require_rank(self.actor, self.share.issuer, EDITOR, "nhắc đơn vị cấp dưới xác nhận")

    def perform(self):
        return Reminder.objects.create(
            share=self.share, target=self.target, message=self.message, sent_by=self.actor_row
        )

    def audit(self, reminder):
        self.record(
            AuditAction.REMIND,
            share=self.share,
            organization=self.share.issuer,
            target=self.target.code,
        )
