"""What a plan may say: the rules the plan actions check, and the view of an organisation's
targets the admin shows (defaults, what comes from above, its own, what is in force).

A target set by an organisation applies to its subtree, itself included, optionally only to
some levels or kinds, all at or below its own level. It may not replace a target that an
ancestor's active plan fixed as not overridable for any organisation it would apply to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from hierarchy.models import KIND_LEVEL, Kind, Level, Organization
from programme.metrics import FIRST_YEAR, INDICATORS, LAST_YEAR
from programme.models import Plan, Target
from programme.targets import InForce, active_targets, ancestor_paths, resolve

MAX_COUNT = Decimal(1_000_000)


@dataclass(frozen=True)
class TargetSpec:
    """One target as submitted: ``levels``/``kinds`` empty mean every level/kind."""

    indicator: str
    value: Decimal | int | str
    levels: tuple[int, ...] = ()
    kinds: tuple[str, ...] = ()
    overridable: bool = True

    def key(self) -> tuple:
        return (self.indicator, tuple(sorted(self.levels)), tuple(sorted(self.kinds)))


def fmt(value: Decimal) -> str:
    """30.00 -> "30", 72.50 -> "72,5" (Vietnamese decimal comma)."""
    text = format(value.normalize(), "f") if value == value.to_integral() else f"{value:.2f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def scope_label(levels, kinds) -> str:
    parts = []
    if levels:
        parts.append(", ".join(f"cấp {n}" for n in sorted(levels)))
    if kinds:
        parts.append(", ".join(Kind(k).label for k in kinds if k in Kind.values))
    return "; ".join(parts) or "mọi cấp"


def check_year(year) -> list[str]:
    if not isinstance(year, int) or isinstance(year, bool) or not FIRST_YEAR <= year <= LAST_YEAR:
        return [f"Năm kế hoạch phải từ {FIRST_YEAR} đến {LAST_YEAR}."]
    return []


def clean_specs(org: Organization, specs) -> tuple[list[TargetSpec], list[str]]:
    """The specs with their values as Decimals, and the Vietnamese errors of the bad ones."""
    errors: list[str] = []
    cleaned: list[TargetSpec] = []
    seen: set[tuple] = set()
    for spec in specs:
        ind = INDICATORS.get(spec.indicator)
        if ind is None:
            errors.append(f"Chỉ tiêu «{spec.indicator}» không có trong danh mục chỉ tiêu.")
            continue
        name = f"Chỉ tiêu «{ind.label}»"
        try:
            value = Decimal(str(spec.value).strip().replace(",", "."))
            if not value.is_finite():
                raise InvalidOperation
        except (InvalidOperation, ValueError):
            errors.append(f"{name}: mức «{spec.value}» không phải là số.")
            continue
        if ind.is_rate and not Decimal(0) <= value <= Decimal(100):
            errors.append(f"{name}: tỷ lệ phải từ 0 đến 100%, không phải {fmt(value)}.")
            continue
        if not ind.is_rate:
            if value < 0:
                errors.append(f"{name}: số lượng không được âm ({fmt(value)}).")
                continue
            if value != value.to_integral() or value > MAX_COUNT:
                errors.append(
                    f"{name}: số lượng phải là số nguyên từ 0 đến {fmt(MAX_COUNT)}, "
                    f"không phải {fmt(value)}."
                )
                continue
        if value.as_tuple().exponent < -2:
            errors.append(f"{name}: mức chỉ được có tối đa 2 chữ số thập phân.")
            continue
        levels = tuple(sorted(set(spec.levels)))
        kinds = tuple(sorted(set(spec.kinds)))
        bad_levels = [n for n in levels if n not in Level.values]
        if bad_levels:
            errors.append(f"{name}: cấp {bad_levels[0]} không tồn tại (cấp từ 1 đến 5).")
            continue
        above = [n for n in levels if n < org.level]
        if above:
            errors.append(
                f"{name}: {org.name} (cấp {org.level}) không đặt được chỉ tiêu cho cấp "
                f"{above[0]}, cấp cao hơn mình."
            )
            continue
        bad_kinds = [k for k in kinds if k not in Kind.values]
        if bad_kinds:
            errors.append(f"{name}: loại đơn vị «{bad_kinds[0]}» không tồn tại.")
            continue
        high = [k for k in kinds if KIND_LEVEL[k] < org.level]
        if high:
            errors.append(
                f"{name}: {org.name} (cấp {org.level}) không đặt được chỉ tiêu cho "
                f"{Kind(high[0]).label}, loại đơn vị ở cấp cao hơn mình."
            )
            continue
        beside = [k for k in kinds if KIND_LEVEL[k] == org.level and k != org.kind]
        if beside:
            errors.append(
                f"{name}: {Kind(beside[0]).label} cùng cấp với {org.name}, không thuộc phạm "
                "vi của đơn vị."
            )
            continue
        if levels and kinds and not any(KIND_LEVEL[k] in levels for k in kinds):
            errors.append(
                f"{name}: không loại đơn vị nào đã chọn ở các cấp đã chọn "
                f"({scope_label(levels, kinds)})."
            )
            continue
        cleaned_spec = TargetSpec(ind.key, value, levels, kinds, bool(spec.overridable))
        if cleaned_spec.key() in seen:
            errors.append(f"{name} ({scope_label(levels, kinds)}) được nhập hai lần.")
            continue
        seen.add(cleaned_spec.key())
        cleaned.append(cleaned_spec)
    return cleaned, errors


def _audience(org: Organization, levels, kinds) -> list[tuple[int, str]]:
    """(level, kind) of the organisations of ``org``'s subtree a target would apply to: ``org``
    itself at its own level, every kind of each level below."""
    out = []
    for kind, level in KIND_LEVEL.items():
        if level < org.level or (level == org.level and kind != org.kind):
            continue
        if levels and level not in levels:
            continue
        if kinds and kind not in kinds:
            continue
        out.append((level, str(kind)))
    return out


def lock_errors(org: Organization, year: int, specs: list[TargetSpec]) -> list[str]:
    """Errors for the specs that would replace, for some organisation they apply to, a
    target an ancestor fixed as not overridable (one statement)."""
    paths = ancestor_paths(org.path)[:-1]
    if not paths or not specs:
        return []
    by_path: dict[str, list[Target]] = {}
    for target in active_targets(paths, year):
        by_path.setdefault(target.plan.organization.path, []).append(target)
    resolved: dict[tuple[int, str], dict[str, InForce]] = {}
    errors = []
    for spec in specs:
        for level, kind in _audience(org, spec.levels, spec.kinds):
            if (level, kind) not in resolved:
                resolved[(level, kind)] = resolve(level, kind, paths, by_path)
            fixed = resolved[(level, kind)].get(spec.indicator)
            if fixed is not None and not fixed.overridable:
                ind = INDICATORS[spec.indicator]
                whom = (
                    org.name
                    if (level, kind) == (org.level, org.kind)
                    else f"các đơn vị {Kind(kind).label.lower()}"
                )
                errors.append(
                    f"Không thể điều chỉnh chỉ tiêu «{ind.label}»: {fixed.set_by.name} đã ấn "
                    f"định mức {fmt(fixed.value)} {ind.unit} năm {year} cho {whom} và không "
                    "cho phép cấp dưới điều chỉnh."
                )
                break
    return errors


@dataclass
class IndicatorRow:
    """One indicator of the admin form for an organisation and year."""

    key: str
    label: str
    unit: str
    group: str
    default: Decimal | None
    inherited: InForce | None  # in force from above (without the organisation's own plan)
    in_force: InForce | None  # in force for the organisation itself
    own: dict[tuple, Target] = field(default_factory=dict)  # (levels, kinds) -> target
    public: bool = False

    @property
    def locked(self) -> bool:
        return self.inherited is not None and not self.inherited.overridable

    def own_value(self, levels=(), kinds=()) -> Decimal | None:
        target = self.own.get((tuple(levels), tuple(kinds)))
        return target.value if target is not None else None


def indicator_rows(org: Organization, year: int, plan: Plan | None, public: list[str]):
    """Every indicator with its default, what is inherited, the organisation's own targets
    (from ``plan``, active or not) and what is in force (two statements)."""
    paths = ancestor_paths(org.path)
    by_path: dict[str, list[Target]] = {}
    for target in active_targets(paths[:-1], year):
        by_path.setdefault(target.plan.organization.path, []).append(target)
    inherited = resolve(org.level, org.kind, paths[:-1], by_path)
    own_targets = list(plan.targets.all()) if plan is not None else []
    if plan is not None and plan.status == "active":
        for t in own_targets:
            t.plan = plan
        by_path[org.path] = own_targets
    in_force = resolve(org.level, org.kind, paths, by_path)
    rows = []
    for key, ind in INDICATORS.items():
        row = IndicatorRow(
            key=key,
            label=ind.label,
            unit=ind.unit,
            group=ind.group,
            default=ind.defaults.get(org.level),
            inherited=inherited.get(key),
            in_force=in_force.get(key),
            public=key in public,
        )
        for t in own_targets:
            if t.indicator == key:
                row.own[(tuple(sorted(t.levels)), tuple(sorted(t.kinds)))] = t
        rows.append(row)
    return rows
