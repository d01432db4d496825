"""Which target is in force for an organisation: inherited down the tree.

Start from the programme's defaults for the organisation's level (programme.metrics), then
walk its ancestors from the root down to itself; each active plan of that year replaces a
target when the target in force allows it (``overridable``; defaults always do). Within one
plan, a target limited to levels or kinds beats the general one.

Ancestors are known from an organisation's materialised path alone (steplen 4), so the
active targets of every ancestor of one organisation, or of a whole list of them, are one
statement (``targets_for``, ``targets_for_many``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from hierarchy.models import Organization
from programme.metrics import INDICATORS
from programme.models import PlanStatus, Target

STEP = Organization.steplen


@dataclass(frozen=True)
class InForce:
    indicator: str
    value: Decimal
    set_by: Organization | None  # None: the programme's default
    overridable: bool


def _specificity(target: Target) -> int:
    return (1 if target.levels else 0) + (1 if target.kinds else 0)


def ancestor_paths(path: str) -> list[str]:
    """The paths of an organisation's ancestors from the root down, its own last."""
    return [path[:i] for i in range(STEP, len(path) + 1, STEP)]


def active_targets(paths: Iterable[str], year: int):
    """Targets of the active ``year`` plans of the organisations at ``paths``, each with its
    plan and setter loaded (one statement when iterated)."""
    return (
        Target.objects.filter(
            plan__organization__path__in=list(paths),
            plan__year=year,
            plan__status=PlanStatus.ACTIVE,
        )
        .select_related("plan__organization")
        .order_by()
    )


def applies_to(target: Target, level: int, kind: str) -> bool:
    return (not target.levels or level in target.levels) and (
        not target.kinds or kind in target.kinds
    )


def resolve(
    level: int, kind: str, setter_paths: list[str], by_path: dict[str, list[Target]]
) -> dict[str, InForce]:
    """{indicator: InForce} for an organisation of ``level`` and ``kind`` whose setters are
    the organisations at ``setter_paths`` (root first), from their active targets
    ``by_path``; no statement."""
    resolved: dict[str, InForce] = {
        key: InForce(key, ind.defaults[level], None, True)
        for key, ind in INDICATORS.items()
        if level in ind.defaults
    }
    for path in setter_paths:
        chosen: dict[str, Target] = {}
        for target in by_path.get(path, ()):
            if not applies_to(target, level, kind):
                continue
            best = chosen.get(target.indicator)
            if best is None or _specificity(target) > _specificity(best):
                chosen[target.indicator] = target
        for key, target in chosen.items():
            current = resolved.get(key)
            if current is None or current.overridable:
                resolved[key] = InForce(
                    key, target.value, target.plan.organization, target.overridable
                )
    return resolved


def _by_path(targets) -> dict[str, list[Target]]:
    out: dict[str, list[Target]] = {}
    for target in targets:
        out.setdefault(target.plan.organization.path, []).append(target)
    return out


def targets_for(org: Organization, year: int) -> dict[str, InForce]:
    """{indicator: InForce} for ``org`` in ``year`` (one statement)."""
    paths = ancestor_paths(org.path)
    return resolve(org.level, org.kind, paths, _by_path(active_targets(paths, year)))


def targets_for_many(orgs: Iterable[Organization], year: int) -> dict[int, dict[str, InForce]]:
    """{org id: {indicator: InForce}} for every organisation of ``orgs`` in ``year``: one
    statement whatever their number (the active targets of the union of their ancestors)."""
    orgs = list(orgs)
    if not orgs:
        return {}
    paths = {path for org in orgs for path in ancestor_paths(org.path)}
    by_path = _by_path(active_targets(sorted(paths), year))
    # Siblings share their setters: resolve each (level, kind, setters) once.
    memo: dict[tuple, dict[str, InForce]] = {}
    out = {}
    for org in orgs:
        setters = tuple(p for p in ancestor_paths(org.path) if p in by_path)
        key = (org.level, org.kind, setters)
        if key not in memo:
            memo[key] = resolve(org.level, org.kind, list(setters), by_path)
        out[org.pk] = dict(memo[key])
    return out


def common_path(paths: Iterable[str]) -> str:
    """The longest path (on step boundaries) that every one of ``paths`` starts with."""
    paths = list(paths)
    if not paths:
        return ""
    first, last = min(paths), max(paths)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[: n - n % STEP]


def resolutions(items: list[tuple[str, int, str]], year: int) -> list[dict[str, InForce]]:
    """The targets in force for each ``(path, level, kind)`` of ``items``, in their order, in
    one statement that reads by subtree: the active plans of the items' common ancestor, its
    ancestors and anything below it (``targets_for_many`` lists every ancestor instead, which
    is the better statement for a few organisations and the worse one for the ~100,000 units
    of a national roll-up). Items that resolve alike share one dict."""
    if not items:
        return []
    common = common_path(item[0] for item in items)
    if common:
        targets = active_targets(ancestor_paths(common), year) | Target.objects.filter(
            plan__organization__path__startswith=common,
            plan__year=year,
            plan__status=PlanStatus.ACTIVE,
        ).select_related("plan__organization")
    else:
        targets = Target.objects.filter(
            plan__year=year, plan__status=PlanStatus.ACTIVE
        ).select_related("plan__organization")
    by_path = _by_path(targets.order_by())
    memo: dict[tuple, dict[str, InForce]] = {}
    above: dict[str, tuple[str, ...]] = {}  # parent path -> plan setters at or above it
    out: list[dict[str, InForce]] = []
    for path, level, kind in items:
        parent = path[:-STEP]
        if parent not in above:
            above[parent] = tuple(p for p in ancestor_paths(parent) if p in by_path)
        setters = above[parent] + ((path,) if path in by_path else ())
        key = (level, kind, setters)
        if key not in memo:
            memo[key] = resolve(level, kind, list(setters), by_path)
        out.append(memo[key])
    return out
