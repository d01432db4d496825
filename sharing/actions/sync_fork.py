from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone

from sharing.actions.base import ReceiverAction
from sharing.models import AuditAction
from sharing.snapshot import text_of


class SyncFork(ReceiverAction):
    """The receiver has taken the upstream changes into its fork."""

    what = "cập nhật bài riêng theo bài gốc"

    def perform(self):
        receipt = self.receipt()
        if not receipt.is_forked:
            raise ValidationError(f"{self.org.name} chưa có bài riêng từ nội dung này.")
        receipt.fork_base = text_of(self.share.snapshot)
        receipt.fork_revision_id = self.share.revision_id
        receipt.forked_at = receipt.seen_at = timezone.now()
        receipt.save()
        return receipt

    def audit(self, receipt):
        self.record(AuditAction.FORK_SYNC, share=self.share, organization=self.org)
