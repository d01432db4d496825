"""Periodic reports: the period, title and due date of a report, its indicators table
(``build_snapshot``), and who may see, write or decide on it.

The table is taken from the figures (``programme.figures``) and the targets in force
(``programme.targets.targets_for``) when the report is generated and then frozen in
``Report.snapshot``: what was sent up stays what it was, whatever changes in the figures
later. Which figures an indicator reads:

* ``per_unit`` indicators (30 articles a year sent up, campaigns) are targets for each
  organisation: the organisation's own counts (``own_totals``);
* the others (rates: cases answered in time, digital share, people trained, ...) cover the
  organisation's subtree (``subtree_totals``): a province reports on its whole branch.

Each row has the period's value and the year-to-date value (January to the period's end).
Status: a year report, or a rate, is "Đạt" when the value reaches the target; a quarterly
per-unit count is judged on the year-to-date value against the year's target pro rata
("Đúng tiến độ" / "Chậm tiến độ"; in the fourth quarter the year is over: "Chưa đạt"); a
target due by a later year (training by 2028) not reached yet is "Đang thực hiện (hạn
2028)"; a rate with nothing due is "Không phát sinh"; an indicator without a target for the
organisation's level is "Không đặt chỉ tiêu".
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from functools import reduce
from operator import or_

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Case, Q, When

from accounts.roles import ADMIN, EDITOR
from hierarchy.models import Organization
from hierarchy.roles import effective_rank, is_admin_of, role_paths
from programme.figures import Period, own_totals, subtree_totals, value_of
from programme.metrics import FIRST_YEAR, INDICATORS, LAST_YEAR
from programme.models.reports import WHOLE_YEAR, Report, ReportCount, ReportStatus
from programme.recording import bump, bump_many
from programme.targets import targets_for

PROGRAMME_NAME = "Chương trình truyền thông"


class Status:
    MET = "met"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NOT_MET = "not_met"
    NOTHING_DUE = "nothing_due"
    NO_TARGET = "no_target"

    LABELS = {
        MET: "Đạt",
        ON_TRACK: "Đúng tiến độ",
        BEHIND: "Chậm tiến độ",
        NOT_MET: "Chưa đạt",
        NOTHING_DUE: "Không phát sinh",
        NO_TARGET: "Không đặt chỉ tiêu",
    }


def period_of(year: int, quarter: int) -> Period:
    return Period.year(year) if quarter == WHOLE_YEAR else Period.quarter(year, quarter)


def period_words(year: int, quarter: int) -> str:
    return f"năm {year}" if quarter == WHOLE_YEAR else f"quý {quarter}/{year}"


def title_for(year: int, quarter: int) -> str:
    """ "Báo cáo kết quả thực hiện Chương trình truyền thông quý 3/2026"."""
    return f"Báo cáo kết quả thực hiện {PROGRAMME_NAME} {period_words(year, quarter)}"


def period_end(year: int, quarter: int) -> datetime.date:
    last_month = 12 if quarter == WHOLE_YEAR else 3 * quarter
    first_of_next = datetime.date(year + last_month // 12, last_month % 12 + 1, 1)
    return first_of_next - datetime.timedelta(days=1)


def due_date_for(year: int, quarter: int) -> datetime.date:
    """The period's last day plus ``PROGRAMME_REPORT_DUE_DAYS`` (10: a Q3 report is due on
    10 October)."""
    return period_end(year, quarter) + datetime.timedelta(days=settings.PROGRAMME_REPORT_DUE_DAYS)


def _fmt(value: Decimal | None) -> str | None:
    if value is None:
        return None
    value = value.normalize()
    return format(value, "f") if value == value.to_integral() else str(value)


def build_snapshot(org: Organization, year: int, quarter: int) -> list[dict]:
    """The indicators table of ``org``'s report for the period, as JSON-ready rows (six
    statements whatever the size of the subtree: four totals and the targets' two)."""
    period = period_of(year, quarter)
    to_date = Period(datetime.date(year, 1, 1), period.end)
    own = own_totals(org, period)
    own_ytd = own_totals(org, to_date)
    sub = subtree_totals(org, period)
    sub_ytd = subtree_totals(org, to_date)
    targets = targets_for(org, year)
    rows = []
    for key, ind in INDICATORS.items():
        totals, ytd_totals = (own, own_ytd) if ind.per_unit else (sub, sub_ytd)
        value = value_of(ind, totals)
        ytd = value_of(ind, ytd_totals)
        in_force = targets.get(key)
        target = in_force.value if in_force is not None else None
        status = _status(ind, quarter, year, value, ytd, target)
        rows.append(
            {
                "indicator": key,
                "group": ind.group,
                "label": ind.label,
                "unit": ind.unit,
                "scope": "own" if ind.per_unit else "subtree",
                "numerator": totals.get(ind.numerator, 0),
                "denominator": totals.get(ind.denominator, 0) if ind.is_rate else None,
                "value": _fmt(value),
                "year_to_date": _fmt(ytd),
                "target": _fmt(target),
                "target_set_by": (in_force.set_by.name if in_force and in_force.set_by else None),
                "by_year": ind.by_year,
                "status": status,
                "status_label": status_label({"status": status, "by_year": ind.by_year}),
            }
        )
    return rows


def _status(ind, quarter, year, value, ytd, target) -> str:
    if target is None:
        return Status.NO_TARGET
    if ind.per_unit and not ind.is_rate:
        if ytd >= target:
            return Status.MET
        if quarter in (WHOLE_YEAR, 4):  # the year is over: no "behind", just not met
            return Status.NOT_MET
        return Status.ON_TRACK if ytd * 4 >= target * quarter else Status.BEHIND
    if value is None:
        return Status.NOTHING_DUE
    if value >= target:
        return Status.MET
    if ind.by_year and year < ind.by_year:
        return Status.ON_TRACK
    return Status.NOT_MET


def status_label(row: dict) -> str:
    label = Status.LABELS.get(row.get("status"), "")
    if row.get("status") == Status.ON_TRACK and row.get("by_year"):
        return f"Đang thực hiện (hạn {row['by_year']})"
    return label


# --- who sees and does what ---------------------------------------------------------------


def can_view(user, report: Report) -> bool:
    """Editors of the organisation (or above it) and admins of where it was sent."""
    if effective_rank(user, report.organization) >= EDITOR:
        return True
    return report.recipient_id is not None and is_admin_of(user, report.recipient)


def can_write(user, org: Organization) -> bool:
    return effective_rank(user, org) >= EDITOR


def can_decide(user, report: Report) -> bool:
    return report.recipient_id is not None and is_admin_of(user, report.recipient)


def inbox(user, within: Organization | None = None):
    """Reports sent to an organisation where ``user`` is an admin (or above it), the ones
    waiting for a decision first, then the most recently sent."""
    waiting_first = Case(When(status=ReportStatus.SUBMITTED, then=0), default=1)
    reports = (
        Report.objects.exclude(recipient=None)
        .select_related("organization", "recipient", "submitted_by")
        .order_by(waiting_first, "-submitted_at", "-pk")
    )
    if not user.is_superuser:
        paths = [p for p, rank in role_paths(user) if rank >= ADMIN]
        if not paths:
            return reports.none()
        reports = reports.filter(_prefix_q("recipient__path", paths))
    if within is not None:
        reports = reports.filter(recipient__path__startswith=within.path)
    return reports


def _prefix_q(field: str, paths: list[str]) -> Q:
    roots = [p for p in sorted(set(paths)) if not any(p != q and p.startswith(q) for q in paths)]
    return reduce(or_, (Q(**{f"{field}__startswith": p}) for p in roots))


# --- reports due --------------------------------------------------------------------------

#: The levels that report to the level above: those with a default target on punctual
#: reports (provinces and sectors, direct-upper-grassroots and grassroots unions).
REPORTING_LEVELS = sorted(INDICATORS["reports_on_time"].defaults)
PERIODS = (1, 2, 3, 4, WHOLE_YEAR)


def count_submission(report: Report) -> bool:
    """Count ``report``'s first submission into ``reports_due`` (and ``reports_on_time``
    when on time), in the month of its due date; False when the period was counted already
    (a resubmission, or the sweep found it missing after the due date)."""
    _row, created = ReportCount.objects.get_or_create(
        organization_id=report.organization_id,
        year=report.year,
        quarter=report.quarter,
        defaults={"on_time": bool(report.on_time)},
    )
    if created:
        bump(
            report.organization_id,
            report.due_date,
            {"reports_due": 1, "reports_on_time": 1 if report.on_time else 0},
        )
    return created


def count_missing(year: int, quarter: int, *, batch: int = 500) -> int:
    """After the period's due date: count every active organisation of a reporting level
    whose report had not come as due (and not on time); returns how many. Run again, it
    counts nothing more; a report that comes later is not counted a second time.

    One transaction per ``batch`` organisations (the count rows and their figures together:
    three statements), so a sweep over the whole tree never holds the figures' rows for
    long."""
    end, due = period_end(year, quarter), due_date_for(year, quarter)
    candidates = list(
        Organization.objects.filter(level__in=REPORTING_LEVELS, status="active")
        .filter(Q(valid_from__isnull=True) | Q(valid_from__lte=end))
        .exclude(
            pk__in=ReportCount.objects.filter(year=year, quarter=quarter).values("organization_id")
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    counted = 0
    for start in range(0, len(candidates), batch):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                """
                INSERT INTO programme_reportcount
                    (organization_id, year, quarter, on_time, counted_at)
                SELECT id, %s, %s, false, now() FROM unnest(%s::bigint[]) AS id
                ON CONFLICT (organization_id, year, quarter) DO NOTHING
                RETURNING organization_id
                """,
                [year, quarter, candidates[start : start + batch]],
            )
            missing = sorted(row[0] for row in cursor.fetchall())
            bump_many({(org_id, due): {"reports_due": 1} for org_id in missing})
        counted += len(missing)
    return counted


def periods_due_between(start: datetime.date, end: datetime.date) -> list[tuple[int, int]]:
    """(year, quarter) of every period of the programme due on a day in [start, end)."""
    return [
        (year, quarter)
        for year in range(FIRST_YEAR, LAST_YEAR + 1)
        for quarter in PERIODS
        if start <= due_date_for(year, quarter) < end
    ]


# --- restructuring ------------------------------------------------------------------------


def follow_restructuring(sender, successors=None, **kwargs) -> int:
    """Receiver of ``hierarchy.signals.organization_restructured``: a report waiting at an
    organisation that stopped being active (merged, split, dissolved) now waits at its
    successor (merge; the first part of a split), or else at the sender's parent after the
    change; one ``ReportEvent`` each. Returns how many reports moved."""
    from programme.models import ReportEvent

    if not successors:
        return 0
    waiting = list(
        Report.objects.select_for_update(of=("self",))
        .filter(status=ReportStatus.SUBMITTED, recipient_id__in=list(successors))
        .select_related("organization", "recipient")
    )
    moved = 0
    for report in waiting:
        after = successors.get(report.recipient_id) or []
        target = Organization.objects.filter(pk=after[0]).first() if after else None
        if target is None or not target.is_active:
            sender_now = Organization.objects.get(pk=report.organization_id)
            target = Organization.objects.filter(path=sender_now.parent_path).first()
        if target is None or target.pk == report.recipient_id:
            continue
        old = report.recipient
        report.recipient = target
        report.save(update_fields=["recipient", "updated_at"])
        ReportEvent.objects.create(
            report=report,
            action="redirected",
            from_status=report.status,
            to_status=report.status,
            organization=target,
            note=f"{old.name} được sắp xếp lại; báo cáo chuyển đến {target.name}.",
        )
        moved += 1
    return moved
