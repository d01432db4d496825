from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone

from jobs import defer
from webhooks.actions.base import EndpointAction
from webhooks.models import Delivery, DeliveryStatus
from webhooks.outbox import DELIVER_TASK


class ReplayDelivery(EndpointAction):
    """Send a delivery again now, with the same ``webhook-id`` and payload (a new attempt in
    its log). Refused while the delivery is still being retried or its endpoint is off."""

    def __init__(self, delivery: Delivery, *, actor=None):
        super().__init__(actor=actor)
        self.delivery = delivery
        self.tenant = delivery.endpoint.tenant

    def prepare(self) -> None:
        self.delivery = (
            Delivery.objects.select_for_update().select_related("endpoint").get(pk=self.delivery.pk)
        )

    def validate(self) -> None:
        if self.delivery.status == DeliveryStatus.PENDING:
            raise ValidationError("Lần gửi này vẫn đang chờ gửi hoặc thử lại; chưa thể gửi lại.")
        if not self.delivery.endpoint.enabled:
            raise ValidationError(
                "Điểm nhận đang tắt. Hãy sửa lỗi ở máy nhận và bật lại điểm nhận trước khi gửi lại."
            )

    def perform(self):
        delivery = self.delivery
        attempt = delivery.attempts + 1
        delivery.status = DeliveryStatus.PENDING
        delivery.next_attempt_at = timezone.now()
        delivery.delivered_at = None
        delivery.save(update_fields=["status", "next_attempt_at", "delivered_at"])
        return defer(
            DELIVER_TASK, tenant=None, delivery_id=delivery.pk, attempt=attempt, replay=True
        )
