"""Put an organisation's plan of a year in force (its targets replace the inherited ones
where allowed). Refused when there is no plan or it has no target, or when one of its targets
would replace one an ancestor has since fixed as not overridable."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from programme.actions.plan_base import PlanAction, describe_targets
from programme.models import PlanEventAction, PlanStatus
from programme.plans import TargetSpec, lock_errors


class ActivatePlan(PlanAction):
    action = PlanEventAction.ACTIVATE
    what = "áp dụng kế hoạch chỉ tiêu"

    def validate(self) -> None:
        super().validate()
        if self.plan is None or not self.plan.targets.exists():
            raise ValidationError(
                f"{self.organization.name} chưa có chỉ tiêu nào cho năm {self.year}: hãy lưu "
                "chỉ tiêu trước khi áp dụng kế hoạch."
            )
        if self.plan.status == PlanStatus.ACTIVE:
            raise ValidationError(f"Kế hoạch năm {self.year} đang được áp dụng.")
        self.targets = list(self.plan.targets.all())
        specs = [
            TargetSpec(t.indicator, t.value, tuple(t.levels), tuple(t.kinds), t.overridable)
            for t in self.targets
        ]
        errors = lock_errors(self.organization, self.year, specs)
        if errors:
            raise ValidationError(errors)

    def perform(self):
        self.plan.status = PlanStatus.ACTIVE
        self.plan.updated_by = self.actor_row
        self.plan.save(update_fields=["status", "updated_by", "updated_at"])
        self.detail = {"targets": describe_targets(self.targets)}
        return self.plan
