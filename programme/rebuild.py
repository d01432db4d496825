"""Recompute the kept figures from their sources and report (or repair) differences.

* ``SubtreeMonth`` from ``OrgMonth`` and the current tree: every organisation's own rows
  added to itself and each ancestor, with its current kind (one ``GROUP BY``).
* optionally (``refold``) the event series of ``OrgMonth`` (``recording.EVENT_SERIES``)
  from the folded ``PublicationEvent`` rows, each event counted for its organisation or, if
  that organisation was merged, for its successor (the merge rule of
  ``programme.restructure``); ``products_total`` adds the offline products declared per
  month. Series that do not come from events (reach, voice, training, channels) are left as
  they are.

Used after bulk loads (``hierarchy`` imports, benchmark data) and as an operator check:
``manage.py programme_rebuild --check``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, transaction

from hierarchy.models import Organization
from programme.recording import (
    EVENT_SERIES,
    ON_TIME_SERIES,
    STEP,
    event_series_values,
    lock_figures,
)

ORG = Organization._meta.db_table


@dataclass
class Difference:
    table: str
    count: int = 0
    sample: list[tuple] = field(default_factory=list)


def _expected_orgmonth(cursor) -> None:
    """Temp table ``expected_om`` of the event series, from the folded events."""
    mapping, params = event_series_values()
    cursor.execute("DROP TABLE IF EXISTS expected_om")
    cursor.execute(
        f"""
        CREATE TEMP TABLE expected_om ON COMMIT DROP AS
        WITH RECURSIVE owner(id, target, hops) AS (
            SELECT id, id, 0 FROM {ORG}
            UNION ALL
            SELECT owner.id, o.successor_id, owner.hops + 1
            FROM owner JOIN {ORG} o ON o.id = owner.target
            WHERE o.status = 'merged' AND o.successor_id IS NOT NULL AND owner.hops < 20
        ), final AS (
            SELECT DISTINCT ON (id) id, target FROM owner ORDER BY id, hops DESC
        )
        SELECT organization_id, month, series, sum(value)::bigint AS value
        FROM (
            SELECT f.target AS organization_id,
                   date_trunc('month', e.occurred_at AT TIME ZONE %s)::date AS month,
                   m.series, 1 AS value
            FROM programme_publicationevent e
            JOIN {mapping} ON m.kind = e.kind AND (NOT m.on_time_only OR e.on_time)
            JOIN final f ON f.id = e.organization_id
            WHERE e.folded
            UNION ALL
            -- products_total also holds the offline products organisations declare
            -- (programme.actions.declare_products), which no event records.
            SELECT f.target, d.month, 'products_total',
                   d.printed + d.broadcast + d.outdoor + d.events + d.other
            FROM programme_productdeclaration d
            JOIN final f ON f.id = d.organization_id
        ) u
        GROUP BY 1, 2, 3
        HAVING sum(value) <> 0
        """,
        [settings.TIME_ZONE, *params],
    )


def _expected_subtree(cursor) -> None:
    cursor.execute("DROP TABLE IF EXISTS expected_st")
    cursor.execute(
        f"""
        CREATE TEMP TABLE expected_st ON COMMIT DROP AS
        SELECT a.id AS organization_id, t.month, t.series, t.kind AS org_kind,
               sum(t.value)::bigint AS value
        FROM (
            SELECT left(o.path, g.n) AS prefix, om.month, om.series, o.kind,
                   sum(om.value) AS value
            FROM programme_orgmonth om
            JOIN {ORG} o ON o.id = om.organization_id
            CROSS JOIN LATERAL generate_series({STEP}, length(o.path), {STEP}) AS g(n)
            GROUP BY 1, 2, 3, 4
        ) t
        JOIN {ORG} a ON a.path = t.prefix
        GROUP BY 1, 2, 3, 4
        HAVING sum(t.value) <> 0
        """
    )


def _diff(cursor, table: str, expected: str, keys: list[str], where: str = "", params=()):
    """Rows of ``table`` that differ from ``expected`` (temp table ``diff_rows``: the keys,
    the kept and the expected value)."""
    cols = ", ".join(keys)
    on = " AND ".join(f"x.{k} = y.{k}" for k in keys)
    cursor.execute("DROP TABLE IF EXISTS diff_rows")
    cursor.execute(
        f"""
        CREATE TEMP TABLE diff_rows ON COMMIT DROP AS
        SELECT {", ".join(f"coalesce(x.{k}, y.{k}) AS {k}" for k in keys)},
               coalesce(y.value, 0) AS kept, coalesce(x.value, 0) AS expected
        FROM (SELECT {cols}, value FROM {expected}) x
        FULL JOIN (SELECT {cols}, value FROM {table} WHERE value <> 0 {where}) y ON {on}
        WHERE coalesce(x.value, 0) <> coalesce(y.value, 0)
        """,
        list(params),
    )
    cursor.execute("SELECT count(*) FROM diff_rows")
    count = cursor.fetchone()[0]
    cursor.execute(f"SELECT * FROM diff_rows ORDER BY {cols} LIMIT 20")
    return Difference(table, count, cursor.fetchall())


def _repair(cursor, table: str, keys: list[str]) -> None:
    """Set the differing rows to their expected values (an upsert of those rows only)."""
    cols = ", ".join(keys)
    cursor.execute(
        f"""
        INSERT INTO {table} ({cols}, value)
        SELECT {cols}, expected FROM diff_rows ORDER BY {cols}
        ON CONFLICT ({cols}) DO UPDATE SET value = EXCLUDED.value
        """
    )
    match = " AND ".join(f"t.{k} = d.{k}" for k in keys)
    cursor.execute(f"DELETE FROM {table} t USING diff_rows d WHERE {match} AND t.value = 0")


def _has_rows(cursor, table: str) -> bool:
    cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {table})")
    return cursor.fetchone()[0]


def _fill(cursor, table: str, expected: str) -> Difference:
    """An empty table (after a bulk load) is filled from the recomputed rows at once."""
    cursor.execute(f"SELECT * FROM {expected} LIMIT 0")
    cols = ", ".join(c.name for c in cursor.description)
    cursor.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {expected}")
    return Difference(table, cursor.rowcount, [])


def rebuild(*, check: bool = False, refold: bool = False) -> list[Difference]:
    """Compare (``check``) or replace the kept figures with recomputed ones; returns the
    differences found (before any repair)."""
    found: list[Difference] = []
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if check and outermost:
            # A consistent snapshot instead of the lock: folds go on meanwhile (each changes
            # its events and their figures in one transaction, so the snapshot agrees).
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        else:
            lock_figures(exclusive=True)
        with connection.cursor() as cursor:
            if refold:
                series = sorted({s for keys in EVENT_SERIES.values() for s in keys})
                series += sorted(set(ON_TIME_SERIES.values()))
                _expected_orgmonth(cursor)
                if not check and not _has_rows(cursor, "programme_orgmonth"):
                    found.append(_fill(cursor, "programme_orgmonth", "expected_om"))
                    diff = None
                else:
                    diff = _diff(
                        cursor,
                        "programme_orgmonth",
                        "expected_om",
                        ["organization_id", "month", "series"],
                        "AND series = ANY(%s)",
                        [series],
                    )
                    found.append(diff)
                if diff and diff.count and not check:
                    _repair(cursor, "programme_orgmonth", ["organization_id", "month", "series"])
            _expected_subtree(cursor)
            if not check and not _has_rows(cursor, "programme_subtreemonth"):
                found.append(_fill(cursor, "programme_subtreemonth", "expected_st"))
                return found
            diff = _diff(
                cursor,
                "programme_subtreemonth",
                "expected_st",
                ["organization_id", "month", "series", "org_kind"],
            )
            found.append(diff)
            if diff.count and not check:
                _repair(
                    cursor,
                    "programme_subtreemonth",
                    ["organization_id", "month", "series", "org_kind"],
                )
    return found
