from __future__ import annotations

from sharing.actions.base import ReceiptChange
from sharing.models import AuditAction


class UnpinShare(ReceiptChange):
    what = "bỏ ghim nội dung"
    audit_action = AuditAction.UNPIN

    def changes(self):
        return {"pinned": False}
