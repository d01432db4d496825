from __future__ import annotations

from sharing.actions.base import ReceiptChange
from sharing.models import AuditAction


class PinShare(ReceiptChange):
    what = "ghim nội dung"
    audit_action = AuditAction.PIN

    def changes(self):
        return {"pinned": True}
