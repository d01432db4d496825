"""Which target is in force for an organisation: inherited down the tree.

Start from the programme's defaults for the organisation's level (programme.metrics), then
walk its ancestors from the root down to itself; each active plan of that year replaces a
target when the target in force allows it (``overridable``; defaults always do). Within one
plan, a target limited to levels or kinds beats the general one.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from hierarchy.models import Organization
from programme.metrics import INDICATORS
from programme.models import PlanStatus, Target


@dataclass(frozen=True)
class InForce:
    indicator: str
    value: Decimal
    set_by: Organization | None  # None: the programme's default
    overridable: bool


def _specificity(target: Target) -> int:
    return (1 if target.levels else 0) + (1 if target.kinds else 0)


def targets_for(org: Organization, year: int) -> dict[str, InForce]:
    """{indicator: InForce} for ``org`` in ``year`` (two statements)."""
    resolved: dict[str, InForce] = {
        key: InForce(key, ind.defaults[org.level], None, True)
        for key, ind in INDICATORS.items()
        if org.level in ind.defaults
    }
    ancestors = {a.pk: a for a in org.ancestors_and_self()}
    targets = (
        Target.objects.filter(
            plan__organization_id__in=list(ancestors),
            plan__year=year,
            plan__status=PlanStatus.ACTIVE,
        )
        .select_related("plan")
        .order_by()
    )
    by_setter: dict[int, list[Target]] = {}
    for target in targets:
        if target.levels and org.level not in target.levels:
            continue
        if target.kinds and org.kind not in target.kinds:
            continue
        by_setter.setdefault(target.plan.organization_id, []).append(target)
    for setter in sorted(ancestors.values(), key=lambda a: a.depth):
        chosen: dict[str, Target] = {}
        for target in by_setter.get(setter.pk, []):
            best = chosen.get(target.indicator)
            if best is None or _specificity(target) > _specificity(best):
                chosen[target.indicator] = target
        for key, target in chosen.items():
            current = resolved.get(key)
            if current is None or current.overridable:
                resolved[key] = InForce(key, target.value, setter, target.overridable)
    return resolved
