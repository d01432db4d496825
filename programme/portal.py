"""The figures an organisation publishes on its portal (the GraphQL ``programme`` query).

Only the indicators the organisation chose (``PublicIndicators``) are computed, never
another. For each: its value over the period, the target in force (``programme.targets``),
whether it is met, and its monthly trend. Rates are rolled up over the organisation's
subtree (``programme.figures.monthly``); per-unit counts (articles sent up, campaigns: a
target for *each* organisation) are the organisation's own. A per-year count target is
prorated over a quarter (``period_target``). Five statements whatever the subtree's size.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Q, Sum

from hierarchy.models import Organization
from programme.figures import EPOCH, Period, monthly, value_of
from programme.metrics import FIRST_YEAR, INDICATORS, LAST_YEAR, SERIES, Indicator
from programme.models import OrgMonth, PublicIndicators
from programme.targets import targets_for

STATUS_LABELS = {
    "met": "Đạt",
    "not_met": "Chưa đạt",
    "no_data": "Chưa có số liệu",
    "no_target": "Chưa có chỉ tiêu",
}


class BadPeriod(ValueError):
    """The year or quarter asked for is outside the programme (the message says why)."""


@dataclass(frozen=True)
class MonthValue:
    month: datetime.date
    value: Decimal | None


@dataclass(frozen=True)
class PublicFigure:
    indicator: Indicator
    value: Decimal | None
    target: Decimal | None
    period_target: Decimal | None
    target_set_by: str | None  # the setter's name; None: the programme's default
    status: str
    trend: list[MonthValue]

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def period_for(year: int, quarter: int | None) -> Period:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadPeriod(f"Năm phải từ {FIRST_YEAR} đến {LAST_YEAR} (chương trình 2023-2028).")
    if quarter is None:
        return Period.year(year)
    if not 1 <= quarter <= 4:
        raise BadPeriod("Quý phải từ 1 đến 4.")
    return Period.quarter(year, quarter)


def public_keys(org: Organization) -> list[str]:
    """The organisation's public indicators, in catalogue order (one statement)."""
    chosen = (
        PublicIndicators.objects.filter(organization=org)
        .values_list("indicators", flat=True)
        .first()
    )
    return [key for key in INDICATORS if key in set(chosen or ())]


def own_monthly(
    org: Organization, period: Period, series: list[str]
) -> dict[datetime.date, dict[str, int]]:
    """Like ``figures.monthly`` for the organisation's own counts (``OrgMonth``)."""
    stocks = [k for k in series if SERIES[k].stock]
    flows = [k for k in series if not SERIES[k].stock]
    q = Q(pk__in=[])
    if flows:
        q |= Q(series__in=flows, month__gte=period.start, month__lte=period.end)
    if stocks:
        q |= Q(series__in=stocks, month__gte=EPOCH, month__lte=period.end)
    by_month: dict[datetime.date, dict[str, int]] = defaultdict(dict)
    for month, key, value in (
        OrgMonth.objects.filter(q, organization_id=org.pk)
        .values("month", "series")
        .annotate(v=Sum("value"))
        .values_list("month", "series", "v")
    ):
        by_month[month][key] = int(value)
    running = dict.fromkeys(stocks, 0)
    for month in sorted(by_month):
        if month < period.start:
            for k in stocks:
                running[k] += by_month[month].get(k, 0)
    out = {}
    for month in period.months():
        counts = by_month.get(month, {})
        row = {}
        for k in series:
            if k in running:
                running[k] += counts.get(k, 0)
                row[k] = running[k]
            else:
                row[k] = counts.get(k, 0)
        out[month] = row
    return out


def _totals(months: dict[datetime.date, dict[str, int]], series: list[str]) -> dict[str, int]:
    """Period totals from monthly values: flows summed, stocks at the period's end."""
    ordered = [months[m] for m in sorted(months)]
    totals = {}
    for k in series:
        if SERIES[k].stock:
            totals[k] = ordered[-1].get(k, 0) if ordered else 0
        else:
            totals[k] = sum(row.get(k, 0) for row in ordered)
    return totals


def _series_of(indicator: Indicator) -> list[str]:
    return [s for s in (indicator.numerator, indicator.denominator) if s]


def public_figures(
    org: Organization, year: int, quarter: int | None = None, *, only: list[str] | None = None
) -> list[PublicFigure]:
    """The organisation's public indicators for the year or one of its quarters (``only``
    narrows them further, never widens them)."""
    period = period_for(year, quarter)
    keys = public_keys(org)
    if only is not None:
        keys = [k for k in keys if k in set(only)]
    if not keys:
        return []
    indicators = [INDICATORS[k] for k in keys]
    subtree_series = sorted({s for i in indicators if not i.per_unit for s in _series_of(i)})
    own_series = sorted({s for i in indicators if i.per_unit for s in _series_of(i)})
    sub = monthly(org, period, series=subtree_series) if subtree_series else {}
    own = own_monthly(org, period, own_series) if own_series else {}
    in_force = targets_for(org, year)
    share = Decimal(len(period.months())) / Decimal(12)
    out = []
    for ind in indicators:
        months = own if ind.per_unit else sub
        value = value_of(ind, _totals(months, _series_of(ind)))
        target = in_force.get(ind.key)
        period_target = None
        if target is not None:
            period_target = (
                target.value
                if ind.is_rate
                else (target.value * share).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            )
        if target is None:
            status = "no_target"
        elif value is None:
            status = "no_data"
        else:
            status = "met" if value >= period_target else "not_met"
        out.append(
            PublicFigure(
                indicator=ind,
                value=value,
                target=target.value if target is not None else None,
                period_target=period_target,
                target_set_by=target.set_by.name
                if target is not None and target.set_by is not None
                else None,
                status=status,
                trend=[MonthValue(m, value_of(ind, months[m])) for m in sorted(months)],
            )
        )
    return out
