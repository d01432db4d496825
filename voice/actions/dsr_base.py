"""The base of the data-subject request actions: the request row locked, the actor a data
protection officer (``voice.privacy.is_dpo``) or the system, the step logged without any
personal data."""

from __future__ import annotations

import logging

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.utils import timezone

from congdoan.actions import Action
from voice import privacy
from voice.models import DataSubjectRequest

logger = logging.getLogger("voice.privacy")
DSR = DataSubjectRequest
NOT_DPO = "Chỉ người phụ trách bảo vệ dữ liệu cá nhân mới xử lý được yêu cầu này."


class DsrNotFound(ObjectDoesNotExist):
    message = "Không tìm thấy yêu cầu."


def require_text(value: str, message: str, *, max_length: int = 500) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(message, code="required")
    if len(value) > max_length:
        raise ValidationError(f"Nội dung dài quá {max_length} ký tự.", code="too_long")
    return value


class DsrAction(Action):
    """An action on one existing request. Subclasses list the ``from_states`` they accept."""

    public = True
    step = ""
    from_states: tuple[str, ...] = privacy.OPEN_STATES

    def __init__(self, dsr: DataSubjectRequest | int, *, actor=None):
        super().__init__(actor=actor)
        self.dsr_id = dsr.pk if isinstance(dsr, DataSubjectRequest) else dsr

    def prepare(self) -> None:
        try:
            self.dsr = DataSubjectRequest.objects.select_for_update().get(pk=self.dsr_id)
        except DataSubjectRequest.DoesNotExist:
            raise DsrNotFound(DsrNotFound.message) from None

    def validate(self) -> None:
        if self.dsr.state not in self.from_states:
            raise ValidationError(
                f"Yêu cầu {self.dsr.reference} đang ở trạng thái «{self.dsr.get_state_display()}»"
                ", không thực hiện được thao tác này.",
                code="state",
            )

    def check_permission(self) -> None:
        if self.actor is not None and not privacy.is_dpo(self.actor):
            raise PermissionDenied(NOT_DPO)

    def worker_notice(self) -> str:
        """What the worker reads on their case page after this step (no other channel
        reaches an anonymous worker)."""
        dsr = self.dsr
        text = f"Yêu cầu {dsr.reference} ({dsr.get_kind_display().lower()}): "
        if dsr.state == DSR.State.ACKNOWLEDGED:
            return text + f"đã được xác nhận; hạn trả lời {timezone.localtime(dsr.due):%d/%m/%Y}."
        if dsr.state == DSR.State.EXTENDED:
            return text + (
                f"được gia hạn một lần đến {timezone.localtime(dsr.due):%d/%m/%Y}. "
                f"Lý do: {dsr.extension_reason}"
            )
        if dsr.state == DSR.State.COMPLETED:
            return text + "đã hoàn thành. " + dsr.outcome.replace("\n", " ")
        if dsr.state == DSR.State.REFUSED:
            return text + "bị từ chối. Lý do: " + dsr.outcome
        return ""

    def signal(self, result) -> None:
        from voice import notify

        text = self.worker_notice()
        if text:
            for case in self.dsr.cases.filter(erased_at__isnull=True):
                notify.tell_worker(case, f"dsr_{self.step}", text)

    def audit(self, result) -> None:
        logger.info(
            "dsr %s %s (%s) by %s",
            self.dsr.reference,
            self.step,
            self.dsr.state,
            getattr(self.actor, "pk", None),
        )
