from __future__ import annotations

from sharing.actions.base import ReceiptChange
from sharing.models import AuditAction


class MarkShareSeen(ReceiptChange):
    what = "đánh dấu đã xem"
    audit_action = AuditAction.SEEN
