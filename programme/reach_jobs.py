"""Figures of everyone a share reaches: ``received`` (every share) and ``directives_due``
(a mandatory share makes one acknowledgement due at every organisation it reaches).

A national share reaches ~130,000 organisations, so the counts are not written in the
issuing transaction: ``programme.count_reach`` is deferred in it (it commits or rolls back
with the share) and writes them in two set-based statements, one ``INSERT .. SELECT`` into
``OrgMonth`` and one ``GROUP BY`` over the reached organisations' ancestors into
``SubtreeMonth``, never one statement per organisation. Who is reached is
``sharing.scope.scope_sql`` (the predicate of the reach step and the compliance report),
evaluated when the job runs, shortly after the share is issued; the counts go to the month
the share was issued.

Received items an organisation hides are counted in ``received_hidden`` (hide +1, unhide
-1, same month), so the items carried are ``received - received_hidden``. A retraction
does not withdraw the counts: the item was received and the directive was due; history is
not rewritten.
"""

from __future__ import annotations

from django.db import connection, transaction

import jobs
from hierarchy.models import Organization
from programme.recording import STEP, lock_figures, month_of

ORG = Organization._meta.db_table


def reach_series(share) -> list[str]:
    return ["received", "directives_due"] if share.mandatory else ["received"]


def count_reach(share_id: int, *, sign: int = 1) -> int:
    """Add (``sign`` -1: take away) the reach figures of share ``share_id``; returns how
    many organisations it reaches."""
    from sharing.models import Share
    from sharing.scope import scope_sql

    share = Share.objects.filter(pk=share_id).first()
    if share is None:
        return 0
    where, params = scope_sql(share)
    month = month_of(share.created_at)
    series = reach_series(share)
    with transaction.atomic():
        lock_figures()
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO programme_orgmonth (organization_id, month, series, value)
                SELECT o.id, %s, s.series, %s
                FROM {ORG} o CROSS JOIN unnest(%s::text[]) AS s(series)
                WHERE {where}
                ORDER BY o.id, s.series
                ON CONFLICT (organization_id, month, series)
                DO UPDATE SET value = programme_orgmonth.value + EXCLUDED.value
                """,
                [month, sign, series, *params],
            )
            reached = cursor.rowcount // len(series)
            cursor.execute(
                f"""
                INSERT INTO programme_subtreemonth
                    (organization_id, month, series, org_kind, value)
                SELECT a.id, %s, s.series, t.kind, t.n * %s
                FROM (
                    SELECT left(o.path, g.n) AS prefix, o.kind, count(*) AS n
                    FROM {ORG} o
                    CROSS JOIN LATERAL generate_series({STEP}, length(o.path), {STEP}) AS g(n)
                    WHERE {where}
                    GROUP BY 1, 2
                ) t
                JOIN {ORG} a ON a.path = t.prefix
                CROSS JOIN unnest(%s::text[]) AS s(series)
                ORDER BY 1, 3, 4
                ON CONFLICT (organization_id, month, series, org_kind)
                DO UPDATE SET value = programme_subtreemonth.value + EXCLUDED.value
                """,
                [month, sign, *params, series],
            )
    return reached


@jobs.task(name="programme.count_reach", queue="default", retries=5, atomic=True)
def count_reach_job(*, share_id: int):
    return {"reached": count_reach(share_id)}
