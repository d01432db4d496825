"""Recording programme facts and keeping the monthly figures up to date.

* ``record_event(kind, organization, ...)`` appends a ``PublicationEvent`` in the caller's
  transaction; its counts reach the figures when it is *folded*.
* ``fold(ids)`` adds unfolded events to ``OrgMonth`` and to ``SubtreeMonth`` of the
  organisation and each of its ancestors (one statement each), and marks them folded.
  ``record_event`` folds on commit, in a short transaction of its own, so a publish never
  waits on the national row that every publish in the country updates; the periodic job
  ``programme.fold_events`` folds whatever a crash left behind.
* ``bump(organization, when, {series: delta})`` changes figures that do not come from
  publication events (cases answered, people trained, channels registered) directly.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterable, Mapping

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from hierarchy.models import Organization
from programme.metrics import SERIES
from programme.models import EventKind, PublicationEvent

#: The series each kind of event adds to (delta 1; ``on_time`` series only when on time).
EVENT_SERIES: dict[str, tuple[str, ...]] = {
    EventKind.PAGE_PUBLISHED: ("published", "products_digital", "products_total"),
    EventKind.CAMPAIGN_PUBLISHED: ("published", "campaigns", "products_digital", "products_total"),
    EventKind.SENT_UP: ("sent_up",),
    EventKind.CARRIED_UP: ("carried_up",),
    EventKind.SHARED_DOWN: ("shared_down",),
    EventKind.DIRECTIVE_ACKNOWLEDGED: ("directives_acknowledged",),
}
ON_TIME_SERIES: dict[str, str] = {
    EventKind.DIRECTIVE_ACKNOWLEDGED: "directives_on_time",
}

STEP = Organization.steplen
logger = logging.getLogger(__name__)


def month_of(when: datetime.datetime | datetime.date) -> datetime.date:
    if isinstance(when, datetime.datetime):
        when = timezone.localtime(when).date() if timezone.is_aware(when) else when.date()
    return when.replace(day=1)


def ancestor_paths(path: str) -> list[str]:
    return [path[:i] for i in range(STEP, len(path) + 1, STEP)]


def record_event(
    kind: str,
    organization: Organization,
    *,
    at: datetime.datetime | None = None,
    tenant=None,
    page_id: int | None = None,
    share=None,
    product: str = "",
    on_time: bool | None = None,
) -> PublicationEvent:
    event = PublicationEvent.objects.create(
        kind=kind,
        occurred_at=at or timezone.now(),
        organization=organization,
        org_path=organization.path,
        tenant=tenant,
        page_id=page_id,
        share=share,
        product=product,
        on_time=on_time,
    )
    pk = event.pk
    transaction.on_commit(lambda: fold_after_commit([pk]))
    return event


#: How many waiting events an on-commit fold without ids takes with it.
AFTER_COMMIT_LIMIT = 200


def fold_after_commit(ids: list[int] | None = None) -> None:
    """The on-commit fold of a publish (``ids``; None: any waiting events, at most
    ``AFTER_COMMIT_LIMIT``): never raises into the request that published (the publish is
    already committed) and never waits for a restructuring of the tree; what it leaves is
    folded by the periodic job ``programme.fold_events``."""
    limit = AFTER_COMMIT_LIMIT if ids is None else len(ids)
    try:
        if connection.in_atomic_block:  # inside a caller's transaction: a savepoint
            with transaction.atomic():
                fold(ids, limit=limit, wait=False)
        else:  # autocommit (a request after its commit): one statement, atomic by itself
            fold(ids, limit=limit, wait=False)
    except Exception:  # committed already; the job catches up
        logger.warning("programme: fold of events %s left to the periodic job", ids, exc_info=True)


#: Advisory lock between writers of the figures: folds, bumps and reach jobs hold it shared;
#: a restructuring of the tree holds it exclusively while it moves figures between
#: ancestors, so no delta lands on an ancestor chain that is being rewritten.
FIGURES_LOCK_KEY = 0x50_52_4F_47  # "PROG"


def lock_figures(*, exclusive: bool = False, wait: bool = True) -> bool:
    """Take the figures lock for the current transaction; False if ``wait`` is False and
    a restructuring holds it."""
    fn = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    if not wait:
        fn = fn.replace("pg_advisory", "pg_try_advisory")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {fn}(%s)", [FIGURES_LOCK_KEY])
        row = cursor.fetchone()
    return row[0] is not False


def event_series_values() -> tuple[str, list]:
    """``(VALUES (kind, series, on_time_only), ...) AS m(kind, series, on_time_only)``: the
    series each kind of event adds to, as SQL (with its parameters)."""
    rows = [(k, key, False) for k, keys in EVENT_SERIES.items() for key in keys]
    rows += [(k, key, True) for k, key in ON_TIME_SERIES.items()]
    sql = ", ".join(["(%s::varchar, %s::varchar, %s::boolean)"] * len(rows))
    return f"(VALUES {sql}) AS m(kind, series, on_time_only)", [v for r in rows for v in r]


def fold_sql(
    only: str, ids: list[int] | None, *, limit: int, wait: bool, into: str = ""
) -> tuple[str, list]:
    """The fold statement (see :func:`fold`): ``only`` narrows the events picked (SQL over
    ``e``; ``ids`` its parameter if not None); ``into`` is PL/pgSQL's ``INTO a, b, c`` when
    the statement runs inside a block."""
    mapping, mapping_params = event_series_values()
    lock = (
        "SELECT pg_try_advisory_xact_lock_shared(%s) AS ok"
        if not wait
        else "SELECT true AS ok FROM (SELECT pg_advisory_xact_lock_shared(%s)) x"
    )
    params: list = [FIGURES_LOCK_KEY]
    if ids is not None:
        params.append(ids)
    params += [limit, settings.TIME_ZONE, *mapping_params]
    sql = f"""
            WITH lock AS ({lock}),
            picked AS (
                SELECT e.id, e.kind, e.occurred_at, e.organization_id, e.on_time
                FROM programme_publicationevent e, lock
                WHERE lock.ok AND e.folded = false {only}
                ORDER BY e.id
                LIMIT %s
                FOR UPDATE OF e SKIP LOCKED
            ), marked AS (
                UPDATE programme_publicationevent e SET folded = true
                FROM picked WHERE e.id = picked.id
                RETURNING e.id
            ), counts AS (
                SELECT p.organization_id AS org_id,
                       date_trunc('month', p.occurred_at AT TIME ZONE %s)::date AS month,
                       m.series, count(*) AS value
                FROM picked p
                JOIN {mapping} ON m.kind = p.kind AND (NOT m.on_time_only OR p.on_time)
                GROUP BY 1, 2, 3
            ), own AS (
                INSERT INTO programme_orgmonth (organization_id, month, series, value)
                SELECT org_id, month, series, value FROM counts
                ORDER BY 1, 2, 3
                ON CONFLICT (organization_id, month, series)
                DO UPDATE SET value = programme_orgmonth.value + EXCLUDED.value
                RETURNING 1
            ), tree AS (
                INSERT INTO programme_subtreemonth
                    (organization_id, month, series, org_kind, value)
                SELECT a.id, t.month, t.series, t.kind, t.value
                FROM (
                    SELECT left(o.path, g.n) AS prefix, c.month, c.series, o.kind,
                           sum(c.value) AS value
                    FROM counts c
                    JOIN hierarchy_organization o ON o.id = c.org_id
                    CROSS JOIN LATERAL generate_series({STEP}, length(o.path), {STEP}) AS g(n)
                    GROUP BY 1, 2, 3, 4
                ) t
                JOIN hierarchy_organization a ON a.path = t.prefix
                ORDER BY 1, 2, 3, 4
                ON CONFLICT (organization_id, month, series, org_kind)
                DO UPDATE SET value = programme_subtreemonth.value + EXCLUDED.value
                RETURNING 1
            )
            SELECT (SELECT count(*) FROM marked), (SELECT count(*) FROM own),
                   (SELECT count(*) FROM tree) {into}
            """
    return sql, params


def fold(ids: Iterable[int] | None = None, *, limit: int = 5000, wait: bool = True) -> int:
    """Add unfolded events (``ids``, or any ``limit`` of them) to the figures; returns how
    many were folded. Rows locked by another folder are skipped, never counted twice.

    One statement whatever the batch (data-modifying CTEs): take the figures lock (shared;
    without ``wait``, give up if a restructuring holds it), pick and mark the events, count
    them by organisation, month and series, upsert ``OrgMonth`` and the ``SubtreeMonth`` of
    each organisation and its ancestors (grouped by ancestor path first: one index look-up
    per ancestor, not per event)."""
    ids = None if ids is None else list(ids)
    if ids is not None and not ids:
        return 0
    sql, params = fold_sql(
        "AND e.id = ANY(%s)" if ids is not None else "", ids, limit=limit, wait=wait
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return int(cursor.fetchone()[0])


def bump(
    organization: Organization | int,
    when: datetime.datetime | datetime.date,
    changes: Mapping[str, int],
) -> None:
    """Add ``changes`` ({series: delta}) to ``organization``'s figures for ``when``'s month."""
    bump_many({(organization, when): changes})


def bump_many(
    changes: Mapping[
        tuple[Organization | int, datetime.datetime | datetime.date], Mapping[str, int]
    ],
) -> None:
    """``bump`` for any number of organisations and months at once:
    ``{(organization, when): {series: delta}}`` in two statements (the figures lock and one
    upsert), whatever their number."""
    deltas: dict[tuple[int, datetime.date], dict[str, int]] = {}
    for (organization, when), counts in changes.items():
        org_id = organization if isinstance(organization, int) else organization.pk
        merged = deltas.setdefault((org_id, month_of(when)), {})
        for key, delta in counts.items():
            merged[key] = merged.get(key, 0) + delta
    if not any(any(c.values()) for c in deltas.values()):
        return
    # No savepoint: the lock and the upsert are one unit in the caller's transaction (or a
    # transaction of their own outside one).
    with transaction.atomic(savepoint=False):
        lock_figures()
        _apply(deltas)


def _apply(deltas: Mapping[tuple[int, datetime.date], Mapping[str, int]]) -> None:
    """Upsert ``{(org_id, month): {series: delta}}`` into OrgMonth and into SubtreeMonth of
    each organisation and its ancestors (the subtree rows keep the counted org's kind)."""
    own = [
        (org_id, month, key, delta)
        for (org_id, month), counts in deltas.items()
        for key, delta in counts.items()
        if delta
    ]
    for _org_id, _month, key, _delta in own:
        if key not in SERIES:
            raise ValueError(f"unknown programme series {key!r}")
    if not own:
        return
    # Sorted so that concurrent folders lock rows in the same order (no deadlocks).
    own.sort(key=lambda row: (row[0], row[1], row[2]))
    org_ids = [r[0] for r in own]
    months = [r[1] for r in own]
    keys = [r[2] for r in own]
    values = [r[3] for r in own]
    # One statement: the organisations' own rows (a data-modifying WITH always runs), then
    # the subtree rows grouped by ancestor path first (one index look-up per ancestor).
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            WITH d AS (
                SELECT * FROM unnest(%s::bigint[], %s::date[], %s::text[], %s::bigint[])
                     AS d(org_id, month, series, value)
            ), own AS (
                INSERT INTO programme_orgmonth (organization_id, month, series, value)
                SELECT org_id, month, series, value FROM d
                ON CONFLICT (organization_id, month, series)
                DO UPDATE SET value = programme_orgmonth.value + EXCLUDED.value
            )
            INSERT INTO programme_subtreemonth (organization_id, month, series, org_kind, value)
            SELECT a.id, t.month, t.series, t.kind, t.value
            FROM (
                SELECT left(o.path, g.n) AS prefix, d.month, d.series, o.kind,
                       sum(d.value) AS value
                FROM d
                JOIN hierarchy_organization o ON o.id = d.org_id
                CROSS JOIN LATERAL generate_series({STEP}, length(o.path), {STEP}) AS g(n)
                GROUP BY 1, 2, 3, 4
            ) t
            JOIN hierarchy_organization a ON a.path = t.prefix
            ORDER BY 1, 2, 3, 4
            ON CONFLICT (organization_id, month, series, org_kind)
            DO UPDATE SET value = programme_subtreemonth.value + EXCLUDED.value
            """,
            [org_ids, months, keys, values],
        )
