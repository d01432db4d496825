from __future__ import annotations

from django.core.exceptions import ValidationError

from sharing.actions.base import ReceiptChange
from sharing.models import AuditAction


class HideShare(ReceiptChange):
    """``org`` hides an optional share from its pages (never a mandatory directive)."""

    what = "ẩn nội dung được chia sẻ"
    audit_action = AuditAction.HIDE

    def validate(self):
        if self.share.mandatory:
            raise ValidationError(
                "Không thể ẩn chỉ đạo bắt buộc: đơn vị nhận phải đăng và xác nhận nội dung này."
            )
        super().validate()

    def changes(self):
        return {"hidden": True}
