"""The workers' voice in the programme's figures: members' requests answered in time and
misinformation handled (series ``cases_due``/``cases_on_time`` and
``misinfo_reports``/``misinfo_handled``, docs/programme.md).

**Members' requests** (questions, grievances, opinions; misinformation reports and survey
answers are not requests waiting for an answer). A ``CaseTally`` is opened when a case is
submitted, at the organisation the intake routed it to (the one holding its first response
window) with that first deadline. It is counted once in ``cases_due`` at the first of:

* its first answer (``first_response_at``): in the month of the answer, and in
  ``cases_on_time`` too when the answer came no later than the first deadline;
* its first deadline passing unanswered: in the month of the deadline, late.

Escalation does not move the count: the organisation whose window it was is the one that
answered in time or failed to (the levels above it include it in their subtree anyway).
Reopening and answering again changes nothing (only the first answer counts). A case merged
into another, withdrawn or erased before it was counted is dropped (the request carries on
in the case it was merged into, or the worker no longer waits for an answer); after it was
counted it stays counted. Deadlines that pass are counted by the periodic job
``programme.count_overdue_cases`` (set-based, in batches), not per escalation, so the voice
sweep is not slowed.

**Misinformation reports**, as ``voice.misinfo.handled_rate`` defines them: every report
counts (duplicates included) in the month of its receipt at the organisation handling it
(moved with it when it is escalated, like the ``org_path`` the handled rate filters on), and
is handled when its cluster got a verdict within ``VOICE_MISINFO_VERDICT_DAYS`` of the
report's receipt (a verdict already given when it arrived counts). The verdict is taken from
the cluster's save, so reports already closed when it came count too.
"""

from __future__ import annotations

import datetime
from collections import Counter

from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone

from programme.actuals import where_counted
from programme.models import CaseTally, ReportTally
from programme.recording import bump as _bump
from programme.recording import month_of
from voice.models import Case, Kind, MisinformationCluster, Status

#: Kinds of case that are members' requests waiting for an answer.
REQUEST_KINDS = (Kind.QUESTION, Kind.GRIEVANCE, Kind.OPINION)
ENDED = (Status.MERGED, Status.WITHDRAWN)
#: Case actions after which a request may be due (answered) or dropped (ended).
SETTLING = frozenset({"answered", "verdict", "closed", "merged", "withdrawn", "erased"})


def _verdict_window() -> datetime.timedelta:
    from voice.misinfo import verdict_days

    return datetime.timedelta(days=verdict_days())


def _first_due(case: Case) -> datetime.datetime:
    if case.first_response_due is not None:
        return case.first_response_due
    from voice.routing import default_hours

    return case.received_at + datetime.timedelta(hours=default_hours())


def bump(org_id: int, when, changes) -> None:
    """``programme.recording.bump`` on the organisation the figures of ``org_id`` are kept
    on now (its successor once it was merged, ``programme.actuals.where_counted``)."""
    _bump(where_counted([org_id])[org_id], when, changes)


def _bump_grouped(deltas: dict) -> None:
    """Bump ``{(org id, month): {series: delta}}``, merged organisations resolved at once."""
    resolved = where_counted({org_id for org_id, _month in deltas})
    merged: dict = {}
    for (org_id, month), changes in deltas.items():
        merged.setdefault((resolved[org_id], month), Counter()).update(changes)
    for (org_id, month), changes in sorted(merged.items()):
        _bump(org_id, month, dict(changes))


# --- members' requests --------------------------------------------------------------------


def open_case(case: Case) -> CaseTally | None:
    """The tally of a newly submitted request (idempotent; None for other kinds)."""
    if case.kind not in REQUEST_KINDS:
        return None
    tally, _ = CaseTally.objects.get_or_create(
        case_id=case.pk,
        defaults={"organization_id": case.organization_id, "first_due": _first_due(case)},
    )
    return tally


def settle(case: Case, now: datetime.datetime | None = None) -> str | None:
    """Count ``case`` if it is due (answered, or its first deadline passed) or drop it if it
    ended before; returns the tally's new state, None when nothing changed."""
    if case.kind not in REQUEST_KINDS:
        return None
    now = now or timezone.now()
    tally = CaseTally.objects.select_for_update().filter(case_id=case.pk).first()
    if tally is None or tally.state != CaseTally.State.PENDING:
        return None
    answered = case.first_response_at
    if answered is not None:
        when = min(answered, tally.first_due)
        on_time = answered <= tally.first_due
    elif tally.first_due <= now:
        when, on_time = tally.first_due, False
    elif case.status in ENDED or case.erased_at is not None:
        tally.state, tally.settled_at = CaseTally.State.DROPPED, now
        tally.save(update_fields=["state", "settled_at"])
        return tally.state
    else:
        return None
    tally.state = CaseTally.State.COUNTED
    tally.month = month_of(when)
    tally.on_time = on_time
    tally.settled_at = now
    tally.save(update_fields=["state", "month", "on_time", "settled_at"])
    changes = {"cases_due": 1}
    if on_time:
        changes["cases_on_time"] = 1
    bump(tally.organization_id, tally.month, changes)
    return tally.state


def count_overdue(now: datetime.datetime | None = None, *, limit: int = 5000) -> int:
    """Count, late, up to ``limit`` pending requests whose first deadline passed; rows being
    settled by an answer at the same moment are skipped (never counted twice)."""
    now = now or timezone.now()
    with transaction.atomic():
        rows = list(
            CaseTally.objects.select_for_update(skip_locked=True)
            .filter(state=CaseTally.State.PENDING, first_due__lte=now)
            .order_by("first_due")
            .values_list("pk", "organization_id", "first_due", "case_id")[:limit]
        )
        if not rows:
            return 0
        # A request answered whose tally was not settled (no signal reached us) is counted
        # by its answer, the others late.
        answered = dict(
            Case.objects.filter(
                pk__in=[r[3] for r in rows], first_response_at__isnull=False
            ).values_list("pk", "first_response_at")
        )
        due: Counter = Counter()
        on_time: Counter = Counter()
        updates = []
        for pk, org_id, first_due, case_id in rows:
            first = answered.get(case_id)
            in_time = first is not None and first <= first_due
            when = min(first, first_due) if first is not None else first_due
            month = month_of(when)
            due[(org_id, month)] += 1
            if in_time:
                on_time[(org_id, month)] += 1
            updates.append(
                CaseTally(
                    pk=pk,
                    state=CaseTally.State.COUNTED,
                    month=month,
                    on_time=in_time,
                    settled_at=now,
                )
            )
        CaseTally.objects.bulk_update(updates, ["state", "month", "on_time", "settled_at"])
        _bump_grouped(
            {key: {"cases_due": n, "cases_on_time": on_time[key]} for key, n in due.items()}
        )
        return len(rows)


# --- misinformation reports ---------------------------------------------------------------


def _handled(case: Case, cluster: MisinformationCluster | None) -> bool:
    return bool(
        cluster is not None
        and cluster.verdict_at is not None
        and cluster.verdict_at <= case.received_at + _verdict_window()
    )


def open_report(case: Case) -> ReportTally | None:
    """Count a newly submitted misinformation report (idempotent)."""
    if case.kind != Kind.MISINFORMATION:
        return None
    if case.cluster_id is None:
        from voice.misinfo import cluster_report

        cluster_report(case)  # idempotent; normally done by voice's own receiver already
    tally, created = ReportTally.objects.get_or_create(
        case_id=case.pk,
        defaults={
            "organization_id": case.organization_id,
            "month": month_of(case.received_at),
            "handled": _handled(case, case.cluster),
        },
    )
    if created:
        changes = {"misinfo_reports": 1}
        if tally.handled:
            changes["misinfo_handled"] = 1
        bump(tally.organization_id, tally.month, changes)
    return tally


def move_report(case: Case) -> bool:
    """Follow an escalated report to the organisation handling it now."""
    if case.kind != Kind.MISINFORMATION:
        return False
    tally = ReportTally.objects.select_for_update().filter(case_id=case.pk).first()
    if tally is None or tally.organization_id == case.organization_id:
        return False
    changes = {"misinfo_reports": 1, "misinfo_handled": 1 if tally.handled else 0}
    bump(tally.organization_id, tally.month, {k: -v for k, v in changes.items()})
    bump(case.organization_id, tally.month, changes)
    tally.organization_id = case.organization_id
    tally.save(update_fields=["organization"])
    return True


def cluster_verdict(cluster: MisinformationCluster) -> int:
    """Mark handled the reports of ``cluster`` its verdict came in time for; returns how
    many (0 when the verdict was already counted)."""
    if cluster.verdict_at is None:
        return 0
    earliest = cluster.verdict_at - _verdict_window()
    rows = list(
        ReportTally.objects.select_for_update()
        .filter(
            handled=False,
            case__cluster_id=cluster.pk,
            case__received_at__gte=earliest,
        )
        .order_by("pk")
        .values_list("pk", "organization_id", "month")
    )
    if not rows:
        return 0
    ReportTally.objects.filter(pk__in=[r[0] for r in rows]).update(handled=True)
    _bump_grouped(
        {key: {"misinfo_handled": n} for key, n in Counter((r[1], r[2]) for r in rows).items()}
    )
    return len(rows)


# --- cases from before the programme listened ------------------------------------------


def backfill(now: datetime.datetime | None = None, *, batch: int = 2000) -> dict[str, int]:
    """Tally the cases submitted before these receivers were connected (idempotent: only
    cases without a tally), a batch per transaction. The receiving organisation and the
    first deadline are read from the case's first audit row (``CaseEvent``, written at
    insert), the end of a merged or withdrawn case from its first audit row in that state."""
    from voice.models import CaseEvent

    now = now or timezone.now()
    done = {"requests": 0, "reports": 0}
    last = 0
    while True:
        with transaction.atomic():
            cases = list(
                Case.objects.filter(kind__in=REQUEST_KINDS, pk__gt=last)
                .exclude(pk__in=CaseTally.objects.values("case_id"))
                .order_by("pk")
                .values_list(
                    "pk",
                    "organization_id",
                    "first_response_due",
                    "received_at",
                    "first_response_at",
                )[:batch]
            )
            if not cases:
                break
            last = cases[-1][0]
            ids = [c[0] for c in cases]
            first = {
                row[0]: row[1:]
                for row in CaseEvent.objects.filter(pgh_obj_id__in=ids)
                .order_by("pgh_obj_id", "pgh_id")
                .distinct("pgh_obj_id")
                .values_list("pgh_obj_id", "organization_id", "first_response_due")
            }
            ended = dict(
                CaseEvent.objects.filter(pgh_obj_id__in=ids, status__in=list(ENDED))
                .order_by("pgh_obj_id", "pgh_id")
                .distinct("pgh_obj_id")
                .values_list("pgh_obj_id", "pgh_created_at")
            )
            tallies, deltas = [], {}
            for pk, org_id, due, received, answered in cases:
                origin_org, origin_due = first.get(pk, (None, None))
                org_id = origin_org or org_id
                due = origin_due or due or received + datetime.timedelta(hours=24)
                tally = CaseTally(case_id=pk, organization_id=org_id, first_due=due)
                end = ended.get(pk)
                if (
                    answered is not None
                    or (end is None and due <= now)
                    or (end is not None and end >= due)
                ):
                    when = min(answered, due) if answered is not None else due
                    tally.state, tally.month = CaseTally.State.COUNTED, month_of(when)
                    tally.on_time = answered is not None and answered <= due
                    tally.settled_at = now
                    counts = deltas.setdefault((org_id, tally.month), Counter())
                    counts["cases_due"] += 1
                    counts["cases_on_time"] += int(tally.on_time)
                elif end is not None:
                    tally.state, tally.settled_at = CaseTally.State.DROPPED, now
                tallies.append(tally)
            CaseTally.objects.bulk_create(tallies, ignore_conflicts=True)
            _bump_grouped(deltas)
            done["requests"] += len(tallies)
    window = _verdict_window()
    last = 0
    while True:
        with transaction.atomic():
            reports = list(
                Case.objects.filter(kind=Kind.MISINFORMATION, pk__gt=last)
                .exclude(pk__in=ReportTally.objects.values("case_id"))
                .order_by("pk")
                .values_list("pk", "organization_id", "received_at", "cluster__verdict_at")[:batch]
            )
            if not reports:
                break
            last = reports[-1][0]
            tallies, deltas = [], {}
            for pk, org_id, received, verdict_at in reports:
                handled = verdict_at is not None and verdict_at <= received + window
                month = month_of(received)
                tallies.append(
                    ReportTally(case_id=pk, organization_id=org_id, month=month, handled=handled)
                )
                counts = deltas.setdefault((org_id, month), Counter())
                counts["misinfo_reports"] += 1
                counts["misinfo_handled"] += int(handled)
            ReportTally.objects.bulk_create(tallies, ignore_conflicts=True)
            _bump_grouped(deltas)
            done["reports"] += len(tallies)
    return done


# --- receivers ----------------------------------------------------------------------------


def on_case_changed(sender, action, case, actor=None, organization=None, **kwargs):
    if action == "submitted":
        open_case(case)
        open_report(case)
        return
    if case.kind == Kind.MISINFORMATION:
        if action == "escalated":
            move_report(case)
        return
    if action in SETTLING:
        settle(case)
    # Other actions (warned, escalated, assigned...) cannot make a request due before its
    # deadline; the deadlines that pass are counted by programme.count_overdue_cases,
    # set-based, so the voice sweep's batches run no statement per case here.


def on_cluster_saved(sender, instance, created=False, **kwargs):
    if instance.verdict_at is not None:
        cluster_verdict(instance)


def connect() -> None:
    from voice.signals import case_changed

    case_changed.connect(on_case_changed, dispatch_uid="programme.voice_figures.case_changed")
    post_save.connect(
        on_cluster_saved,
        sender=MisinformationCluster,
        dispatch_uid="programme.voice_figures.cluster_saved",
    )


__all__ = [
    "REQUEST_KINDS",
    "cluster_verdict",
    "connect",
    "count_overdue",
    "move_report",
    "open_case",
    "open_report",
    "settle",
]
