"""The data of the programme dashboard ("Bảng theo dõi chương trình"): one organisation's
subtree over a period, against the targets in force.

Everything here reads the incrementally kept figures (``programme.figures``): a subtree's
totals are its own ``SubtreeMonth`` rows, whatever its size. The statements a dashboard costs
do not grow with the number of children or units:

* the overview: the subtree's totals (1) and the organisation's targets (2);
* the trend: one ``monthly`` read of the year;
* by branch: the children (1), their totals (1), their targets (1, bulk);
* by kind and level: one grouped read of the subtree's rows (``kind_totals``);
* the units of ``per_unit`` indicators (30 articles a year *per unit*): every active unit
  of the subtree with its own totals of the per-unit series (1, grouped) and the targets of
  all of them (1: the active plans set at or above the subtree, resolved in memory).

Statuses are words, not only colours: ``đạt``, ``chưa đạt``, ``chưa có số liệu`` (a rate
with nothing due) and ``chưa có chỉ tiêu``.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db import connection
from django.db.models import Sum

from hierarchy.models import KIND_LEVEL, Kind, Level, Organization, Status
from programme import figures
from programme.figures import Period, value_of
from programme.metrics import INDICATORS, SERIES, Indicator
from programme.models import OrgMonth, SubtreeMonth
from programme.targets import InForce, resolutions, targets_for, targets_for_many

STEP = Organization.steplen

MET, UNMET, NO_DATA, NO_TARGET = "met", "unmet", "no_data", "no_target"
STATUS_LABELS = {
    MET: "Đạt",
    UNMET: "Chưa đạt",
    NO_DATA: "Chưa có số liệu",
    NO_TARGET: "Chưa có chỉ tiêu",
}
#: A text symbol next to each status word (the colour is never the only sign).
STATUS_SYMBOLS = {MET: "✓", UNMET: "✗", NO_DATA: "–", NO_TARGET: "○"}

PER_UNIT_SERIES = sorted({i.numerator for i in INDICATORS.values() if i.per_unit})
GROUPS: list[str] = list(dict.fromkeys(i.group for i in INDICATORS.values()))


# --- filters ----------------------------------------------------------------------------------


def kinds_for(level: int | None, kind: str | None) -> list[str] | None:
    """The kinds of organisation counted for a level and/or kind filter (None: every kind;
    an empty list: a kind that is not at that level, so nothing)."""
    if level is None and not kind:
        return None
    kinds = [k for k, lv in KIND_LEVEL.items() if level is None or lv == level]
    if kind:
        kinds = [k for k in kinds if k == kind]
    return [str(k) for k in kinds]


#: The bulk resolver the dashboard uses for lists of organisations.
resolve_targets = targets_for_many


# --- values against targets -----------------------------------------------------------------


def period_target(indicator: Indicator, target: Decimal | None, period: Period) -> Decimal | None:
    """The target for ``period``: a yearly count is pro-rated to the period's months (7.5
    articles a quarter for 30 a year); rates are not."""
    if target is None:
        return None
    if indicator.is_rate:
        return target
    months = len(period.months())
    if months >= 12:
        return target
    return (target * months / 12).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def status_of(value: Decimal | None, target: Decimal | None) -> str:
    if target is None:
        return NO_TARGET
    if value is None:
        return NO_DATA
    return MET if value >= target else UNMET


def fmt(value: Decimal | int | None, indicator: Indicator | None = None) -> str:
    """A number the Vietnamese way (1.234,5), with % for rates; "–" when there is none."""
    if value is None:
        return "–"
    value = Decimal(value)
    if value == value.to_integral_value():
        text = f"{int(value):,}".replace(",", ".")
    else:
        whole, _, frac = f"{value:,.1f}".partition(".")
        text = whole.replace(",", ".") + "," + frac
    if indicator is not None and indicator.is_rate:
        text += "%"
    return text


#: A unit of the subtree as read by ``units_of``: (id, path, level, kind, then its own total
#: of each per-unit series in ``PER_UNIT_SERIES`` order; ``VALUE_AT`` gives the position).
Unit = tuple
VALUE_AT = {key: 4 + i for i, key in enumerate(PER_UNIT_SERIES)}


@dataclass
class Row:
    indicator: Indicator
    value: Decimal | None
    target: Decimal | None  # in force for the period (pro-rated for yearly counts)
    status: str
    set_by: Organization | None = None
    units_met: int | None = None  # per-unit indicators: units meeting their target
    units_total: int | None = None  # ... out of the units that have one
    unit_targets: tuple[Decimal, Decimal] | None = None  # the lowest and highest of theirs

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def status_symbol(self) -> str:
        return STATUS_SYMBOLS[self.status]

    @property
    def value_text(self) -> str:
        return fmt(self.value, self.indicator)

    @property
    def unit_label(self) -> str:
        """The unit of the value ("tin bài"; the "/năm" of a yearly target left out)."""
        return "" if self.indicator.is_rate else self.indicator.unit.split("/")[0]

    @property
    def target_text(self) -> str:
        if self.indicator.per_unit:
            if self.unit_targets is None:
                return "–"
            low, high = self.unit_targets
            text = fmt(low) if low == high else f"{fmt(low)} – {fmt(high)}"
            return f"{text} {self.unit_label} mỗi đơn vị"
        if self.target is None:
            return "–"
        text = ("≥ " if self.indicator.is_rate else "") + fmt(self.target, self.indicator)
        if self.indicator.by_year:
            text += f" (đến {self.indicator.by_year})"
        return text


@dataclass(slots=True)
class Laggard:
    indicator: Indicator
    org_id: int
    path: str
    level: int
    kind: str
    value: Decimal | int | None
    target: Decimal
    gap: Decimal
    code: str = ""  # filled for the page shown (``Dashboard.named``)
    name: str = ""

    @property
    def kind_label(self) -> str:
        return Kind(self.kind).label if self.kind in Kind.values else self.kind

    @property
    def value_text(self) -> str:
        return fmt(self.value, self.indicator)

    @property
    def target_text(self) -> str:
        return fmt(self.target, self.indicator)

    @property
    def gap_text(self) -> str:
        gap = fmt(self.gap)
        return f"{gap} điểm %" if self.indicator.is_rate else f"{gap} {self.indicator.unit}"


class Laggards(Sequence):
    """The laggards in order; each ``Laggard`` is built when read (a page of 25 out of the
    tens of thousands of units of a national roll-up)."""

    def __init__(self, rows: list, build):
        self._rows, self._build = rows, build

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._build(row) for row in self._rows[index]]
        return self._build(self._rows[index])


@dataclass
class Share:
    """One bar of a distribution: a branch, a kind or a level."""

    key: str
    label: str
    value: Decimal | None
    org: Organization | None = None
    target: Decimal | None = None
    status: str = NO_TARGET
    indicator: Indicator | None = None
    title: str = ""  # a longer name for the table (a level's full name)
    units_met: int | None = None  # per-unit indicators: units of the branch meeting theirs
    units_total: int | None = None

    @property
    def value_text(self) -> str:
        return fmt(self.value, self.indicator)

    @property
    def target_text(self) -> str:
        if self.units_total is not None:
            return f"{self.units_met}/{self.units_total} đơn vị đạt"
        return fmt(self.target, self.indicator)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def status_symbol(self) -> str:
        return STATUS_SYMBOLS[self.status]


# --- reads ------------------------------------------------------------------------------------


def units_of(root: Organization, period: Period, kinds: list[str] | None) -> list[Unit]:
    """Every active organisation of ``root``'s subtree (itself included; only ``kinds``
    when given) with its own totals of the per-unit series over ``period``: one grouped
    statement, rows as they come (``Unit``)."""
    kind_sql, params = "", [PER_UNIT_SERIES, period.start, period.end, root.path + "%"]
    if kinds is not None:
        kind_sql = "AND o.kind = ANY(%s)"
        params.append(kinds)
    cols = ", ".join(
        f"coalesce(sum(m.value) FILTER (WHERE m.series = '{key}'), 0)::bigint"
        for key in PER_UNIT_SERIES
    )
    sql = f"""
        SELECT o.id, o.path, o.level, o.kind, {cols}
        FROM hierarchy_organization o
        LEFT JOIN {OrgMonth._meta.db_table} m
          ON m.organization_id = o.id AND m.series = ANY(%s)
         AND m.month >= %s AND m.month <= %s
        WHERE o.path LIKE %s AND o.status = '{Status.ACTIVE}' {kind_sql}
        GROUP BY o.id
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def kind_totals(
    org: Organization | int,
    period: Period,
    *,
    series: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
) -> dict[str, dict[str, int]]:
    """{org kind: {series: total}} over ``org``'s subtree for ``period`` (one statement;
    flows summed over the period, stocks up to its end, as ``figures.subtree_totals``)."""
    keys = list(series) if series is not None else list(SERIES)
    org_id = org if isinstance(org, int) else org.pk
    rows = SubtreeMonth.objects.filter(figures._series_filter(period, keys), organization_id=org_id)
    if kinds is not None:
        rows = rows.filter(org_kind__in=list(kinds))
    out: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(keys, 0))
    for kind, key, value in (
        rows.values("org_kind", "series")
        .annotate(v=Sum("value"))
        .values_list("org_kind", "series", "v")
    ):
        out[kind][key] = int(value)
    return dict(out)


def level_totals(by_kind: dict[str, dict[str, int]]) -> dict[int, dict[str, int]]:
    """Kind totals summed by the level each kind sits at."""
    out: dict[int, dict[str, int]] = {}
    for kind, totals in by_kind.items():
        level = KIND_LEVEL.get(kind)
        if level is None:
            continue
        into = out.setdefault(int(level), {})
        for key, value in totals.items():
            into[key] = into.get(key, 0) + value
    return out


# --- the dashboard ----------------------------------------------------------------------------


class Dashboard:
    """The roll-up of ``root``'s subtree over ``period`` (only organisations of ``kinds``
    when given). Each part is read when first used, so a page that does not show it does
    not pay for it."""

    def __init__(
        self,
        root: Organization,
        period: Period,
        kinds: list[str] | None = None,
        *,
        children: list[Organization] | None = None,
    ):
        self.root = root
        self.period = period
        self.kinds = kinds
        self.year = period.start.year
        self._cache: dict = {}
        if children is not None:  # the caller has read them already
            self._cache["children"] = children

    def _once(self, key, fn):
        if key not in self._cache:
            self._cache[key] = fn()
        return self._cache[key]

    @property
    def totals(self) -> dict[str, int]:
        return self._once(
            "totals", lambda: figures.subtree_totals(self.root, self.period, kinds=self.kinds)
        )

    @property
    def targets(self) -> dict[str, InForce]:
        return self._once("targets", lambda: targets_for(self.root, self.year))

    @property
    def units(self) -> list[Unit]:
        return self._once("units", lambda: units_of(self.root, self.period, self.kinds))

    @property
    def unit_targets(self) -> list[dict[str, InForce]]:
        """The targets in force for each unit, in the order of ``units``."""
        return self._once(
            "unit_targets",
            lambda: resolutions([(u[1], u[2], u[3]) for u in self.units], self.year),
        )

    # the overview

    def row(self, indicator: Indicator) -> Row:
        if indicator.per_unit:
            return self._per_unit_row(indicator)
        value = value_of(indicator, self.totals)
        in_force = self.targets.get(indicator.key)
        target = period_target(indicator, in_force.value if in_force else None, self.period)
        return Row(
            indicator,
            value,
            target,
            status_of(value, target),
            in_force.set_by if in_force else None,
        )

    def _per_unit_row(self, indicator: Indicator) -> Row:
        pairs, distinct = self._unit_targets_of(indicator)
        at = VALUE_AT[indicator.numerator]
        total = len(pairs)
        met = sum(1 for unit, _target, bar in pairs if unit[at] >= bar)
        value = value_of(indicator, self.totals)
        status = NO_TARGET if not total else (MET if met == total else UNMET)
        own = self.targets.get(indicator.key)
        return Row(
            indicator,
            value,
            period_target(indicator, own.value, self.period) if own else None,
            status,
            own.set_by if own else None,
            units_met=met,
            units_total=total,
            unit_targets=(min(distinct), max(distinct)) if total else None,
        )

    def _unit_targets_of(self, indicator: Indicator) -> tuple[list[tuple], set[Decimal]]:
        """([(unit, its target for the period, the same as a float)] of every unit with a
        target for ``indicator``, the distinct targets); once per indicator, units sharing
        a resolution share its pro-rated target. Comparisons use the float (a count against
        a target of at most two decimals); the Decimal is what is shown."""

        def compute():
            prorated: dict[int, tuple[Decimal, float] | None] = {}
            out = []
            for unit, resolved in zip(self.units, self.unit_targets, strict=True):
                key = id(resolved)
                if key not in prorated:
                    in_force = resolved.get(indicator.key)
                    target = (
                        None
                        if in_force is None
                        else period_target(indicator, in_force.value, self.period)
                    )
                    prorated[key] = None if target is None else (target, float(target))
                both = prorated[key]
                if both is not None:
                    out.append((unit, both[0], both[1]))
            return out, {both[0] for both in prorated.values() if both is not None}

        return self._once(("unit_targets_of", indicator.key), compute)

    def groups(self) -> list[tuple[str, list[Row]]]:
        rows = [self.row(ind) for ind in INDICATORS.values()]
        return [(g, [r for r in rows if r.indicator.group == g]) for g in GROUPS]

    # the charts

    def trend(self) -> tuple[list[datetime.date], dict[str, list[Decimal | None]]]:
        """The months of the period's year and each indicator's subtree value in each (a
        month's count, or the month's rate; stocks at the month's end)."""
        year = Period.year(self.year)
        by_month = figures.monthly(self.root, year, series=list(SERIES), kinds=self.kinds)
        months = year.months()
        return months, {
            key: [value_of(ind, by_month[m]) for m in months] for key, ind in INDICATORS.items()
        }

    @property
    def children(self) -> list[Organization]:
        return self._once(
            "children",
            lambda: list(
                Organization.objects.filter(
                    path__startswith=self.root.path,
                    depth=self.root.depth + 1,
                    status=Status.ACTIVE,
                ).order_by("sort_order", "name")
            ),
        )

    @property
    def children_totals(self) -> dict[int, dict[str, int]]:
        return self._once(
            "children_totals",
            lambda: figures.children_totals(self.root, self.period, kinds=self.kinds),
        )

    @property
    def children_targets(self) -> dict[int, dict[str, InForce]]:
        return self._once("children_targets", lambda: resolve_targets(self.children, self.year))

    def by_branch(self, indicator: Indicator) -> list[Share]:
        """Each direct child's subtree value of ``indicator``, against the child's target;
        for a per-unit indicator, how many units of the child's subtree meet theirs."""
        totals, targets = self.children_totals, self.children_targets
        zero = dict.fromkeys(SERIES, 0)
        units: dict[str, list[int]] = {}  # child path -> [met, with a target]
        if indicator.per_unit:
            width = len(self.root.path) + STEP
            at = VALUE_AT[indicator.numerator]
            for unit, _target, bar in self._unit_targets_of(indicator)[0]:
                if len(unit[1]) < width:
                    continue  # the root itself
                count = units.setdefault(unit[1][:width], [0, 0])
                count[1] += 1
                count[0] += unit[at] >= bar
        out = []
        for child in self.children:
            value = value_of(indicator, totals.get(child.pk, zero))
            share = Share(child.code, child.name, value, child, indicator=indicator)
            if indicator.per_unit:
                met, total = units.get(child.path, (0, 0))
                share.units_met, share.units_total = met, total
                share.status = NO_TARGET if not total else (MET if met == total else UNMET)
            else:
                in_force = targets.get(child.pk, {}).get(indicator.key)
                if in_force is not None:
                    share.target = period_target(indicator, in_force.value, self.period)
                share.status = status_of(value, share.target)
            out.append(share)
        return out

    @property
    def kind_totals(self) -> dict[str, dict[str, int]]:
        return self._once(
            "kind_totals", lambda: kind_totals(self.root, self.period, kinds=self.kinds)
        )

    def by_kind(self, indicator: Indicator) -> list[Share]:
        by_kind = self.kind_totals
        return [
            Share(str(kind), kind.label, value_of(indicator, by_kind[kind]), indicator=indicator)
            for kind in Kind
            if kind in by_kind
        ]

    def by_level(self, indicator: Indicator) -> list[Share]:
        by_level = level_totals(self.kind_totals)
        return [
            Share(
                str(level.value),
                f"Cấp {level.value}",
                value_of(indicator, by_level[level.value]),
                indicator=indicator,
                title=level.label,
            )
            for level in Level
            if level.value in by_level
        ]

    # the laggards

    def laggards(self, indicator: Indicator) -> Laggards:
        """Who is below target for ``indicator``, the largest gap first: for a per-unit
        indicator, the units of the subtree (their own figures against their own target);
        otherwise the direct children (their subtree's rate against their target)."""
        if indicator.per_unit:
            at = VALUE_AT[indicator.numerator]
            rows = [
                (unit[at] - bar, unit[1], unit, target)
                for unit, target, bar in self._unit_targets_of(indicator)[0]
                if unit[at] < bar
            ]
            rows.sort(key=lambda row: (row[0], row[1]))  # the largest gap (most negative) first

            def build(row):
                unit, target = row[2], row[3]
                value = unit[at]
                return Laggard(
                    indicator, unit[0], unit[1], unit[2], unit[3], value, target, target - value
                )

            return Laggards(rows, build)
        out = []
        for share in self.by_branch(indicator):
            if share.status == UNMET:
                child = share.org
                out.append(
                    Laggard(
                        indicator,
                        child.pk,
                        child.path,
                        child.level,
                        child.kind,
                        share.value,
                        share.target,
                        share.target - share.value,
                        child.code,
                        child.name,
                    )
                )
        out.sort(key=lambda lag: (-lag.gap, lag.path))
        return Laggards(out, lambda lag: lag)

    @staticmethod
    def named(laggards: Iterable[Laggard]) -> list[Laggard]:
        """``laggards`` with their code and name (the page shown: one statement)."""
        laggards = list(laggards)
        missing = [lag.org_id for lag in laggards if not lag.code]
        if missing:
            names = {
                pk: (code, name)
                for pk, code, name in Organization.objects.filter(pk__in=missing).values_list(
                    "pk", "code", "name"
                )
            }
            for lag in laggards:
                if not lag.code and lag.org_id in names:
                    lag.code, lag.name = names[lag.org_id]
        return laggards
