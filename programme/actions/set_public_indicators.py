"""Choose which indicators an organisation publishes on its portal (the GraphQL
``programme`` query answers only these; nothing else is ever public)."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from congdoan.actions import Action
from hierarchy.models import Organization
from hierarchy.roles import require_admin
from programme.actions.plan_base import plan_changed
from programme.metrics import INDICATORS
from programme.models import PlanEvent, PlanEventAction, PublicIndicators


class SetPublicIndicators(Action):
    public = True

    def __init__(self, organization: Organization, indicators, *, actor=None):
        super().__init__(actor=actor)
        self.organization = organization
        self.indicators = list(indicators)

    def prepare(self) -> None:
        self.organization = Organization.objects.get(pk=self.organization.pk)
        self.row = (
            PublicIndicators.objects.select_for_update()
            .filter(organization=self.organization)
            .first()
        )

    def validate(self) -> None:
        unknown = [k for k in self.indicators if k not in INDICATORS]
        if unknown:
            raise ValidationError(
                f"Chỉ tiêu «{unknown[0]}» không có trong danh mục chỉ tiêu, không công khai được."
            )
        # Catalogue order, each once.
        chosen = set(self.indicators)
        self.indicators = [k for k in INDICATORS if k in chosen]

    def check_permission(self) -> None:
        require_admin(self.actor, self.organization, "chọn chỉ tiêu công khai")

    def perform(self) -> PublicIndicators:
        self.before = list(self.row.indicators) if self.row is not None else []
        row, _ = PublicIndicators.objects.update_or_create(
            organization=self.organization,
            defaults={"indicators": self.indicators, "updated_by": self.actor_row},
        )
        return row

    def audit(self, result) -> None:
        PlanEvent.objects.create(
            action=PlanEventAction.PUBLISH,
            actor=self.actor_row,
            organization=self.organization,
            detail={"before": self.before, "after": self.indicators},
        )

    def signal(self, result) -> None:
        plan_changed.send(
            sender=type(self),
            action=PlanEventAction.PUBLISH,
            organization=self.organization,
            year=None,
            plan=None,
        )
