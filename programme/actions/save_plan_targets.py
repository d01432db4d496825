"""Save an organisation's targets for a year: the plan's targets become exactly the ones
given (created as a draft plan when it has none; an active plan's change is in force at
once). Refused whole, with every reason, when an indicator is unknown, a value is out of
range, a level or kind is above the setter's, or a target would replace one an ancestor
fixed as not overridable."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from programme.actions.plan_base import PlanAction, describe_targets
from programme.models import Plan, PlanEventAction, Target
from programme.plans import TargetSpec, clean_specs, lock_errors


class SavePlanTargets(PlanAction):
    action = PlanEventAction.SAVE

    def __init__(self, organization, year, targets, *, note: str | None = None, actor=None):
        super().__init__(organization, year, actor=actor)
        self.specs = [t if isinstance(t, TargetSpec) else TargetSpec(**t) for t in targets]
        self.note = note

    def validate(self) -> None:
        super().validate()
        self.cleaned, errors = clean_specs(self.organization, self.specs)
        if not errors:
            errors = lock_errors(self.organization, self.year, self.cleaned)
        if errors:
            raise ValidationError(errors)

    def perform(self) -> Plan:
        plan = self.plan
        if plan is None:
            plan, _ = Plan.objects.get_or_create(organization=self.organization, year=self.year)
            plan = Plan.objects.select_for_update().get(pk=plan.pk)
        before = describe_targets(plan.targets.all())
        plan.targets.all().delete()
        created = Target.objects.bulk_create(
            Target(
                plan=plan,
                indicator=s.indicator,
                value=s.value,
                levels=list(s.levels),
                kinds=list(s.kinds),
                overridable=s.overridable,
            )
            for s in self.cleaned
        )
        plan.updated_by = self.actor_row
        fields = ["updated_by", "updated_at"]
        if self.note is not None:
            plan.note = self.note.strip()
            fields.append("note")
        plan.save(update_fields=fields)
        self.plan = plan
        self.detail = {"before": before, "after": describe_targets(created)}
        return plan
