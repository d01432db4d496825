from __future__ import annotations

from sharing.actions.base import ReceiptChange
from sharing.models import AuditAction


class UnhideShare(ReceiptChange):
    what = "bỏ ẩn nội dung"
    audit_action = AuditAction.UNHIDE

    def changes(self):
        return {"hidden": False}
