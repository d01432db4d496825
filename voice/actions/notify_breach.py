"""Record that a breach was notified to the authority (and, where needed, to the people
affected), or close it once handled."""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.utils import timezone

from congdoan.actions import Action
from voice import privacy
from voice.actions.dsr_base import NOT_DPO, logger
from voice.models import Breach


class NotifyBreach(Action):
    public = True

    def __init__(
        self, breach: Breach | int, *, measures: str = "", close: bool = False, actor=None
    ):
        super().__init__(actor=actor)
        self.breach_id = breach.pk if isinstance(breach, Breach) else breach
        self.measures = (measures or "").strip()
        self.close = close

    def prepare(self) -> None:
        try:
            self.breach = Breach.objects.select_for_update().get(pk=self.breach_id)
        except Breach.DoesNotExist:
            raise ObjectDoesNotExist("Không tìm thấy sự cố.") from None

    def validate(self) -> None:
        if self.breach.closed_at is not None:
            raise ValidationError("Sự cố đã đóng.", code="closed")
        if not self.close and self.breach.notified_at is not None:
            raise ValidationError("Sự cố đã được thông báo trước đó.", code="notified")
        if self.close and self.breach.notified_at is None:
            raise ValidationError("Cần ghi nhận việc thông báo trước khi đóng sự cố.")

    def check_permission(self) -> None:
        if self.actor is not None and not privacy.is_dpo(self.actor):
            raise PermissionDenied(NOT_DPO)

    def perform(self) -> Breach:
        b, now = self.breach, timezone.now()
        if self.close:
            b.closed_at = now
        else:
            b.notified_at = now
        if self.measures:
            b.measures = "\n".join(x for x in (b.measures, self.measures) if x)
        b.save()
        return b

    def audit(self, result) -> None:
        logger.info("breach #%s %s", result.pk, "closed" if self.close else "notified")
