"""The training series, kept exact from the roster and the training records.

Who counts where (``family_of``):

* ``leaders_total`` / ``leaders_trained``: the key leaders (chủ tịch, phó chủ tịch) of
  direct-upper-grassroots unions (``Level.UPPER_GRASSROOTS``);
* ``cadres_total`` / ``cadres_trained``: every union cadre of a grassroots union
  (``Level.GRASSROOTS``), its chủ tịch and phó chủ tịch included (they are grassroots
  cadres too);
* people on the roster of other levels are kept (courses, records) but counted in no series.

They are stocks kept as monthly changes at the person's organisation: ``*_total`` +1 in the
month the person starts holding the position (``active_from``), -1 in the month they stop
(``active_to``); ``*_trained`` +1 in the month they first complete a communication course
(or the month they start holding the position, when they were trained before), -1 when they
stop holding it. A person counts once however many courses they complete.

``recount(ids)`` brings the figures in line with the current rows: it computes what each
person should add, compares it with what they added (``Cadre.counted_*``) and bumps the
difference. Every action that changes the roster or the records calls it in its own
transaction, so an edit, a completion undone or a record deleted reverses exactly what it
had added.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable

from django.db import connection
from django.db.models import Min

from hierarchy.models import Level, Organization, Status
from programme.models import Cadre, CadreCategory, TrainingRecord
from programme.recording import bump, month_of

#: The series families: the stock of people and the stock of those trained.
FAMILIES = ("leaders", "cadres")
SERIES_KEYS = ("leaders_total", "leaders_trained", "cadres_total", "cadres_trained")

Deltas = dict[tuple[int, datetime.date], dict[str, int]]


def family_of(level: int | None, category: str) -> str:
    """The series family a person at an organisation of ``level`` counts in ("" for none)."""
    if level == Level.UPPER_GRASSROOTS and category == CadreCategory.LEADER:
        return "leaders"
    if level == Level.GRASSROOTS:
        return "cadres"
    return ""


def contribution(
    org_id: int | None,
    family: str,
    start: datetime.date | None,
    end: datetime.date | None,
    trained: datetime.date | None,
) -> Deltas:
    """What one person adds to the figures: {(org id, month): {series: delta}}."""
    out: Deltas = defaultdict(lambda: defaultdict(int))
    if not family or org_id is None or start is None:
        return out
    out[(org_id, month_of(start))][f"{family}_total"] += 1
    if end is not None:
        out[(org_id, month_of(end))][f"{family}_total"] -= 1
    if trained is not None:
        counted_from = max(trained, start)
        if end is None or counted_from < end:
            out[(org_id, month_of(counted_from))][f"{family}_trained"] += 1
            if end is not None:
                out[(org_id, month_of(end))][f"{family}_trained"] -= 1
    return out


def _add(total: Deltas, part: Deltas, sign: int) -> None:
    for key, counts in part.items():
        for series, delta in counts.items():
            total[key][series] += sign * delta


def first_completions(ids: Iterable[int]) -> dict[int, datetime.date]:
    """{cadre id: the date they first completed a communication course} (one statement)."""
    rows = (
        TrainingRecord.objects.filter(
            cadre_id__in=list(ids), completed=True, course__communication=True
        )
        .values("cadre_id")
        .annotate(first=Min("completed_on"))
        .values_list("cadre_id", "first")
        .order_by()
    )
    return dict(rows)


def _owners(orgs: dict[int, Organization], ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """{organisation id: (id, level) of where its figures live now}: itself, or for a merged
    organisation its successor (followed to the end), where programme.restructure moves a
    merged unit's history. ``orgs`` are rows already read (no statement for them)."""
    out: dict[int, tuple[int, int]] = {}
    chase: dict[int, int] = {}
    for org_id in ids:
        org = orgs.get(org_id)
        if org is not None and not (org.status == Status.MERGED and org.successor_id):
            out[org_id] = (org_id, org.level)
        else:
            chase[org_id] = org_id
    for _hop in range(20):
        if not chase:
            break
        rows = {
            pk: (status, successor, level)
            for pk, status, successor, level in Organization.objects.filter(
                pk__in=set(chase.values())
            ).values_list("pk", "status", "successor_id", "level")
        }
        following = {}
        for org_id, current in chase.items():
            status, successor, level = rows[current]
            if status == Status.MERGED and successor:
                following[org_id] = successor
            else:
                out[org_id] = (current, level)
        chase = following
    return out


def _save_counted(cadres: list[Cadre]) -> None:
    """Store what each person now adds (one UPDATE for any number of rows; Django's
    ``bulk_update`` builds a CASE per field and row, minutes for a 5,000-row import)."""
    table = Cadre._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            UPDATE {table} AS c
            SET counted_org_id = d.org, counted_family = d.family, counted_from = d.since,
                counted_to = d.until, counted_trained = d.trained, trained_on = d.first
            FROM unnest(%s::bigint[], %s::bigint[], %s::text[], %s::date[], %s::date[],
                        %s::date[], %s::date[])
                 AS d(id, org, family, since, until, trained, first)
            WHERE c.id = d.id
            """,
            [
                [c.pk for c in cadres],
                [c.counted_org_id for c in cadres],
                [c.counted_family for c in cadres],
                [c.counted_from for c in cadres],
                [c.counted_to for c in cadres],
                [c.counted_trained for c in cadres],
                [c.trained_on for c in cadres],
            ],
        )


def recount(ids: Iterable[int]) -> Deltas:
    """Bring the training series in line with the roster and records of the cadres ``ids``
    (locks their rows; call inside the transaction that changed them). Returns the changes
    applied.

    A person of a merged organisation counts at its successor, and what they added earlier
    is taken back there: programme.restructure moved the merged unit's figures to it."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    cadres = list(
        Cadre.objects.select_for_update(of=("self",))
        .filter(pk__in=ids)
        .select_related("organization")
        .order_by("pk")
    )
    first = first_completions(ids)
    known = {c.organization_id: c.organization for c in cadres}
    owners = _owners(
        known,
        {c.organization_id for c in cadres}
        | {c.counted_org_id for c in cadres if c.counted_org_id},
    )
    total: Deltas = defaultdict(lambda: defaultdict(int))
    changed = []
    for cadre in cadres:
        owner, level = owners[cadre.organization_id]
        family = family_of(level, cadre.category)
        trained = first.get(cadre.pk)
        if family:
            new = (owner, family, cadre.active_from, cadre.active_to, trained)
        else:
            new = (None, "", None, None, None)
        old = (
            owners[cadre.counted_org_id][0] if cadre.counted_org_id else None,
            cadre.counted_family,
            cadre.counted_from,
            cadre.counted_to,
            cadre.counted_trained,
        )
        if new == old and cadre.counted_org_id == new[0] and cadre.trained_on == trained:
            continue
        _add(total, contribution(*old), -1)
        _add(total, contribution(*new), +1)
        (
            cadre.counted_org_id,
            cadre.counted_family,
            cadre.counted_from,
            cadre.counted_to,
            cadre.counted_trained,
        ) = new
        cadre.trained_on = trained
        changed.append(cadre)
    if changed:
        _save_counted(changed)
    applied = {}
    for (org_id, month), counts in sorted(total.items()):
        counts = {k: v for k, v in counts.items() if v}
        if counts:
            bump(org_id, month, counts)
            applied[(org_id, month)] = counts
    return applied
