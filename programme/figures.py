"""Reading the figures: totals of a subtree or an organisation over a period.

A subtree's totals are one indexed read of its ``SubtreeMonth`` rows, whatever the size of
the subtree (programme.models.events). Flow series are summed over the period's months;
stock series are summed over every month up to the period's end (their rows are changes).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Q, Sum

from hierarchy.models import Organization
from programme.metrics import FIRST_YEAR, SERIES, Indicator
from programme.models import OrgMonth, SubtreeMonth

EPOCH = datetime.date(FIRST_YEAR, 1, 1)


@dataclass(frozen=True)
class Period:
    """Whole months from ``start`` to ``end`` (both the first day of their month)."""

    start: datetime.date
    end: datetime.date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(datetime.date(year, 1, 1), datetime.date(year, 12, 1))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = 3 * (quarter - 1) + 1
        return cls(datetime.date(year, first, 1), datetime.date(year, first + 2, 1))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        day = datetime.date(year, month, 1)
        return cls(day, day)

    def months(self) -> list[datetime.date]:
        out, day = [], self.start
        while day <= self.end:
            out.append(day)
            day = (day + datetime.timedelta(days=32)).replace(day=1)
        return out

    @property
    def label(self) -> str:
        if self.start == self.end:
            return f"tháng {self.start.month:02d}/{self.start.year}"
        if self.start.month == 1 and self.end.month == 12 and self.start.year == self.end.year:
            return f"năm {self.start.year}"
        if self.end.month - self.start.month == 2 and self.start.month % 3 == 1:
            return f"quý {(self.start.month - 1) // 3 + 1}/{self.start.year}"
        return f"{self.start:%m/%Y} - {self.end:%m/%Y}"


def _window(period: Period, stock: bool) -> Q:
    if stock:
        return Q(month__gte=EPOCH, month__lte=period.end)
    return Q(month__gte=period.start, month__lte=period.end)


def _series_filter(period: Period, keys: Iterable[str] | None) -> Q:
    keys = list(keys) if keys is not None else list(SERIES)
    flows = [k for k in keys if not SERIES[k].stock]
    stocks = [k for k in keys if SERIES[k].stock]
    q = Q(pk__in=[])
    if flows:
        q |= Q(series__in=flows) & _window(period, False)
    if stocks:
        q |= Q(series__in=stocks) & _window(period, True)
    return q


def subtree_totals(
    org: Organization | int,
    period: Period,
    *,
    series: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
) -> dict[str, int]:
    """{series: total} over ``org``'s subtree (itself included) for ``period``."""
    org_id = org if isinstance(org, int) else org.pk
    rows = SubtreeMonth.objects.filter(_series_filter(period, series), organization_id=org_id)
    if kinds:
        rows = rows.filter(org_kind__in=list(kinds))
    totals = dict.fromkeys(series if series is not None else SERIES, 0)
    for key, value in rows.values("series").annotate(v=Sum("value")).values_list("series", "v"):
        totals[key] = int(value)
    return totals


def children_totals(
    org: Organization,
    period: Period,
    *,
    series: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
) -> dict[int, dict[str, int]]:
    """{child id: {series: total}} for each direct child's subtree (one statement)."""
    keys = list(series) if series is not None else list(SERIES)
    children = Organization.objects.filter(
        path__startswith=org.path, depth=org.depth + 1
    ).values_list("pk", flat=True)
    rows = SubtreeMonth.objects.filter(_series_filter(period, keys), organization_id__in=children)
    if kinds:
        rows = rows.filter(org_kind__in=list(kinds))
    out: dict[int, dict[str, int]] = defaultdict(lambda: dict.fromkeys(keys, 0))
    for org_id, key, value in (
        rows.values("organization_id", "series")
        .annotate(v=Sum("value"))
        .values_list("organization_id", "series", "v")
    ):
        out[org_id][key] = int(value)
    return dict(out)


def own_totals(
    org: Organization | int, period: Period, *, series: Iterable[str] | None = None
) -> dict[str, int]:
    """{series: total} of ``org`` itself, without its subtree."""
    org_id = org if isinstance(org, int) else org.pk
    totals = dict.fromkeys(series if series is not None else SERIES, 0)
    rows = OrgMonth.objects.filter(_series_filter(period, series), organization_id=org_id)
    for key, value in rows.values("series").annotate(v=Sum("value")).values_list("series", "v"):
        totals[key] = int(value)
    return totals


def monthly(
    org: Organization | int,
    period: Period,
    *,
    series: Iterable[str],
    kinds: Iterable[str] | None = None,
) -> dict[datetime.date, dict[str, int]]:
    """{month: {series: value}} of ``org``'s subtree, one entry per month of ``period``
    (flows: that month's count; stocks: the value at the end of that month)."""
    keys = list(series)
    org_id = org if isinstance(org, int) else org.pk
    rows = SubtreeMonth.objects.filter(_series_filter(period, keys), organization_id=org_id)
    if kinds:
        rows = rows.filter(org_kind__in=list(kinds))
    by_month: dict[datetime.date, dict[str, int]] = defaultdict(dict)
    for month, key, value in (
        rows.values("month", "series").annotate(v=Sum("value")).values_list("month", "series", "v")
    ):
        by_month[month][key] = int(value)
    out: dict[datetime.date, dict[str, int]] = {}
    running = {k: 0 for k in keys if SERIES[k].stock}
    for month in sorted(by_month):
        if month < period.start:
            for k in running:
                running[k] += by_month[month].get(k, 0)
    for month in period.months():
        counts = by_month.get(month, {})
        row = {}
        for k in keys:
            if SERIES[k].stock:
                running[k] += counts.get(k, 0)
                row[k] = running[k]
            else:
                row[k] = counts.get(k, 0)
        out[month] = row
    return out


def value_of(indicator: Indicator, totals: dict[str, int]) -> Decimal | None:
    """The indicator's value from series totals: a count, or a percentage (None when the
    denominator is 0: nothing was due)."""
    numerator = Decimal(totals.get(indicator.numerator, 0))
    if not indicator.is_rate:
        return numerator
    denominator = Decimal(totals.get(indicator.denominator, 0))
    if not denominator:
        return None
    return (numerator * 100 / denominator).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
