"""The reach step before a share or directive is sent: how many organisations it will
reach, with a sample of them.

Nothing is written. The view first runs the sharing action's own ``check()`` (active issuer,
role, scope inside the issuer's subtree, expiry in the future), so an error shows on the
form, before the confirmation screen, never after it. The count and
the sample use ``sharing.scope.scope_sql`` on an unsaved ``Share`` carrying the scope: the
same predicate the compliance report and ``count_reached`` use.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import connection

from hierarchy.models import Level, Organization
from sharing.models import Share
from sharing.scope import ORG_TABLE, ScopeSpec, scope_sql

SAMPLE = 10


@dataclass
class Reach:
    count: int
    sample: list[dict] = field(default_factory=list)
    by_level: list[tuple[str, int]] = field(default_factory=list)

    @property
    def more(self) -> int:
        return max(0, self.count - len(self.sample))


def unsaved_share(issuer: Organization, source: Organization, scope: ScopeSpec) -> Share:
    return Share(issuer=issuer, source_org=source, **scope.share_fields())


def reach(issuer: Organization, source: Organization, scope: ScopeSpec) -> Reach:
    """How many active organisations the scope reaches, per level, and the first ones of
    the tree (two statements)."""
    where, params = scope_sql(unsaved_share(issuer, source, scope))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT o.level, count(*) FROM {ORG_TABLE} o WHERE {where} GROUP BY o.level "
            "ORDER BY o.level",
            params,
        )
        levels = cursor.fetchall()
        cursor.execute(
            f"SELECT o.code, o.name, o.level FROM {ORG_TABLE} o WHERE {where} "
            f"ORDER BY o.depth, o.path LIMIT {SAMPLE}",
            params,
        )
        sample = [{"code": c, "name": n, "level": lv} for c, n, lv in cursor.fetchall()]
    return Reach(
        count=sum(n for _, n in levels),
        sample=sample,
        by_level=[(Level(lv).label, n) for lv, n in levels],
    )
