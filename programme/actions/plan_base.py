"""The base of the plan actions: the organisation re-read and its plan of the year locked,
the setter's admins only, one ``PlanEvent`` per action and ``plan_changed`` sent inside the
transaction (receivers: caches of targets, the dashboard)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.dispatch import Signal

from congdoan.actions import Action
from hierarchy.models import Organization
from hierarchy.roles import require_admin
from programme.models import Plan, PlanEvent
from programme.plans import check_year

#: Sent with ``action`` (a PlanEventAction), ``organization``, ``year`` and ``plan``.
plan_changed = Signal()


def describe_targets(targets) -> list[dict]:
    return sorted(
        (
            {
                "indicator": t.indicator,
                "value": str(t.value),
                "levels": sorted(t.levels),
                "kinds": sorted(t.kinds),
                "overridable": t.overridable,
            }
            for t in targets
        ),
        key=lambda d: (d["indicator"], d["levels"], d["kinds"]),
    )


class PlanAction(Action):
    public = True
    action: str = ""
    #: What the actor is refused to do (for the Vietnamese message).
    what = "đặt chỉ tiêu kế hoạch"

    def __init__(self, organization: Organization, year: int, *, actor=None):
        super().__init__(actor=actor)
        self.organization = organization
        self.year = year
        self.detail: dict = {}

    def prepare(self) -> None:
        self.organization = Organization.objects.get(pk=self.organization.pk)
        self.plan = None
        if not check_year(self.year):
            self.plan = (
                Plan.objects.select_for_update()
                .filter(organization=self.organization, year=self.year)
                .first()
            )

    def validate(self) -> None:
        errors = check_year(self.year)
        if errors:
            raise ValidationError(errors)
        if not self.organization.is_active:
            raise ValidationError(
                f"{self.organization.name} đã hợp nhất hoặc giải thể, không đặt kế hoạch được."
            )

    def check_permission(self) -> None:
        require_admin(self.actor, self.organization, self.what)

    def audit(self, result) -> None:
        PlanEvent.objects.create(
            action=self.action,
            actor=self.actor_row,
            organization=self.organization,
            plan=self.plan,
            year=self.year,
            detail=self.detail,
        )

    def signal(self, result) -> None:
        plan_changed.send(
            sender=type(self),
            action=self.action,
            organization=self.organization,
            year=self.year,
            plan=self.plan,
        )
