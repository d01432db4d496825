"""The figures follow the organisations when the tree is restructured.

Receiver of ``hierarchy.signals.organization_restructured``, run inside the action's
transaction (a failure undoes the restructuring: the figures are never left inexact) while
holding the figures lock exclusively (``programme.recording.lock_figures``), so no fold adds
to an ancestor chain being rewritten. Events are never rewritten; only ``OrgMonth`` and
``SubtreeMonth`` rows move.

* **move**: the moved organisation's ``SubtreeMonth`` rows (its whole subtree, unchanged
  inside) are subtracted from the old ancestors and added to the new ones; common ancestors
  are not touched. One statement, whatever the size of the subtree.
* **merge**: the sources' own ``OrgMonth`` history is folded into the successor (a merged
  unit's history counts once, under the successor, with the successor's kind), then every
  source and the successor are *resettled* (below).
* **split** and **dissolve**: the source's own history stays on the source's row, which
  stays in the tree (dissolved) under the same parent, so its parent's and higher totals do
  not change for it; its sub-organisations' figures go with them to the parts / the
  receiving organisation. The source and its successors are resettled.
* other actions (create, rename, provision, microsite, promote, fold, roles) do not change
  the shape of the tree: nothing to do.

*Resettle* X: X's subtree figures are recomputed from X's own ``OrgMonth`` plus its
current children's ``SubtreeMonth`` rows, and the difference is added to X and each of its
ancestors. Done deepest first for the organisations whose children changed, this is exact
(every other organisation's subtree is unchanged inside) and reads only direct children.
"""

from __future__ import annotations

from django.db import connection

from hierarchy.models import EventAction, Organization
from programme.recording import STEP, lock_figures

ORG = Organization._meta.db_table


def on_restructured(sender, action, event, successors, **kwargs) -> None:
    if action == EventAction.MOVE:
        payload = event.payload or {}
        org = Organization.objects.get(code=payload["code"])
        old_parent_code = (payload.get("before") or {}).get("parent")
        old_parent = Organization.objects.get(code=old_parent_code) if old_parent_code else None
        lock_figures(exclusive=True)
        move_figures(org, old_parent)
    elif action in (EventAction.MERGE, EventAction.SPLIT, EventAction.DISSOLVE):
        if not successors:
            return
        lock_figures(exclusive=True)
        if action == EventAction.MERGE:
            for old, new in successors.items():
                if len(new) == 1:
                    transfer_history([old], new[0])
        changed = set(successors)
        for new in successors.values():
            changed.update(new)
        resettle(changed)


def _chain_ids(path: str | None) -> list[int]:
    """Ids of the organisation at ``path`` and of its ancestors."""
    if not path:
        return []
    prefixes = [path[:i] for i in range(STEP, len(path) + 1, STEP)]
    return list(Organization.objects.filter(path__in=prefixes).values_list("pk", flat=True))


def move_figures(org: Organization, old_parent: Organization | None) -> None:
    """``org`` (already at its new place) was under ``old_parent``: its subtree's figures
    leave the old ancestors and join the new ones (one statement)."""
    old = set(_chain_ids(old_parent.path if old_parent else None))
    new = set(_chain_ids(org.path)) - {org.pk}
    common = old & new
    minus, plus = sorted(old - common), sorted(new - common)
    if not minus and not plus:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO programme_subtreemonth (organization_id, month, series, org_kind, value)
            SELECT t.anc, s.month, s.series, s.org_kind, s.value * t.sign
            FROM programme_subtreemonth s
            CROSS JOIN unnest(%s::bigint[], %s::int[]) AS t(anc, sign)
            WHERE s.organization_id = %s AND s.value <> 0
            ORDER BY 1, 2, 3, 4
            ON CONFLICT (organization_id, month, series, org_kind)
            DO UPDATE SET value = programme_subtreemonth.value + EXCLUDED.value
            """,
            [minus + plus, [-1] * len(minus) + [1] * len(plus), org.pk],
        )


def transfer_history(sources: list[int], target: int) -> None:
    """The sources' own monthly figures become ``target``'s (the subtree rows are put right
    by :func:`resettle`)."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO programme_orgmonth (organization_id, month, series, value)
            SELECT %s, month, series, sum(value)
            FROM programme_orgmonth WHERE organization_id = ANY(%s)
            GROUP BY month, series
            ORDER BY month, series
            ON CONFLICT (organization_id, month, series)
            DO UPDATE SET value = programme_orgmonth.value + EXCLUDED.value
            """,
            [target, sources],
        )
        cursor.execute("DELETE FROM programme_orgmonth WHERE organization_id = ANY(%s)", [sources])


def resettle(org_ids) -> None:
    """Recompute the subtree figures of ``org_ids`` from their own figures and their
    children's, deepest first, adding each difference to the organisation and its
    ancestors (two statements per organisation)."""
    orgs = sorted(
        Organization.objects.filter(pk__in=list(org_ids)), key=lambda o: (-o.depth, o.path)
    )
    for org in orgs:
        chain = _chain_ids(org.path)
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                WITH fresh AS (
                    SELECT month, series, org_kind, sum(value) AS value FROM (
                        SELECT om.month, om.series, %(kind)s::varchar AS org_kind, om.value
                        FROM programme_orgmonth om WHERE om.organization_id = %(id)s
                        UNION ALL
                        SELECT s.month, s.series, s.org_kind, s.value
                        FROM programme_subtreemonth s
                        JOIN {ORG} c ON c.id = s.organization_id
                        WHERE c.path LIKE %(like)s AND c.depth = %(depth)s
                    ) u
                    GROUP BY 1, 2, 3
                ), old AS (
                    SELECT month, series, org_kind, value
                    FROM programme_subtreemonth WHERE organization_id = %(id)s
                ), delta AS (
                    SELECT month, series, org_kind,
                           coalesce(f.value, 0) - coalesce(o.value, 0) AS value
                    FROM fresh f FULL JOIN old o USING (month, series, org_kind)
                )
                INSERT INTO programme_subtreemonth
                    (organization_id, month, series, org_kind, value)
                SELECT a.id, d.month, d.series, d.org_kind, d.value
                FROM delta d CROSS JOIN unnest(%(chain)s::bigint[]) AS a(id)
                WHERE d.value <> 0
                ORDER BY 1, 2, 3, 4
                ON CONFLICT (organization_id, month, series, org_kind)
                DO UPDATE SET value = programme_subtreemonth.value + EXCLUDED.value
                """,
                {
                    "id": org.pk,
                    "kind": org.kind,
                    "like": org.path + "_%",
                    "depth": org.depth + 1,
                    "chain": chain,
                },
            )
