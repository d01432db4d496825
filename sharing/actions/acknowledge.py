from __future__ import annotations

from django.utils import timezone

from sharing.actions.base import ReceiptChange
from sharing.models import AuditAction


class AcknowledgeShare(ReceiptChange):
    """``org`` confirms it received (and carries) the share."""

    what = "xác nhận đã nhận chỉ đạo"
    audit_action = AuditAction.ACKNOWLEDGE

    def changes(self):
        return {"acknowledged_at": timezone.now(), "acknowledged_by": self.actor_row}
