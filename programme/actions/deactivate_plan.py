"""Take an organisation's plan of a year out of force (back to a draft: the inherited
targets apply again to its subtree)."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from programme.actions.plan_base import PlanAction
from programme.models import PlanEventAction, PlanStatus


class DeactivatePlan(PlanAction):
    action = PlanEventAction.DEACTIVATE
    what = "ngừng áp dụng kế hoạch chỉ tiêu"

    def validate(self) -> None:
        super().validate()
        if self.plan is None or self.plan.status != PlanStatus.ACTIVE:
            raise ValidationError(f"Kế hoạch năm {self.year} không ở trạng thái đang áp dụng.")

    def perform(self):
        self.plan.status = PlanStatus.DRAFT
        self.plan.updated_by = self.actor_row
        self.plan.save(update_fields=["status", "updated_by", "updated_at"])
        return self.plan
