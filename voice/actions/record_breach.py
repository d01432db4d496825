"""Record a personal-data breach in the register; its notice clock (72 hours from
discovery, ``VOICE_BREACH_NOTIFY_HOURS``) starts at ``discovered_at``."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from congdoan.actions import Action
from voice import dpo_alerts, privacy
from voice.actions.dsr_base import NOT_DPO, logger, require_text
from voice.models import Breach


class RecordBreach(Action):
    public = True

    def __init__(
        self,
        *,
        description: str,
        discovered_at: datetime.datetime | None = None,
        data_categories: str = "",
        affected_count: int = 0,
        measures: str = "",
        actor=None,
    ):
        super().__init__(actor=actor)
        self.description = description
        self.discovered_at = discovered_at
        self.data_categories = data_categories or ""
        self.affected_count = affected_count
        self.measures = measures or ""

    def validate(self) -> None:
        self.description = require_text(self.description, "Cần mô tả sự cố.", max_length=10_000)
        now = timezone.now()
        self.discovered_at = self.discovered_at or now
        if self.discovered_at > now + datetime.timedelta(minutes=5):
            raise ValidationError("Thời điểm phát hiện không thể ở tương lai.", code="future")
        try:
            self.affected_count = int(self.affected_count or 0)
        except (TypeError, ValueError):
            raise ValidationError("Số người bị ảnh hưởng phải là số.", code="count") from None
        if self.affected_count < 0:
            raise ValidationError("Số người bị ảnh hưởng không thể âm.", code="count")
        if len(self.data_categories) > 500:
            raise ValidationError("Loại dữ liệu dài quá 500 ký tự.", code="too_long")

    def check_permission(self) -> None:
        if self.actor is not None and not privacy.is_dpo(self.actor):
            raise PermissionDenied(NOT_DPO)

    def perform(self) -> Breach:
        return Breach.objects.create(
            discovered_at=self.discovered_at,
            notify_due=self.discovered_at
            + datetime.timedelta(hours=settings.VOICE_BREACH_NOTIFY_HOURS),
            description=self.description,
            data_categories=self.data_categories,
            affected_count=self.affected_count,
            measures=self.measures,
            reported_by=self.actor_row,
        )

    def audit(self, result) -> None:
        logger.warning("breach #%s recorded, notice due %s", result.pk, result.notify_due)

    def signal(self, result) -> None:
        dpo_alerts.breach_recorded(result)
