"""Who has acknowledged a mandatory directive: aggregate SQL over the org tree.

The organisations a share reaches are a set-based predicate (``scope.scope_sql``) joined to
the share's receipts; counts per level and per child subtree of any node are ``GROUP BY``
statements, and laggards are a paged list. No Python loop over organisations.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import connection, transaction

from hierarchy.models import Level, Organization
from sharing.models import Receipt
from sharing.scope import ORG_TABLE, STEP, scope_sql

RECEIPT_TABLE = Receipt._meta.db_table


@dataclass
class Row:
    total: int
    acknowledged: int

    @property
    def pending(self) -> int:
        return self.total - self.acknowledged

    @property
    def percent(self) -> int:
        return round(100 * self.acknowledged / self.total) if self.total else 100


@dataclass
class LevelRow(Row):
    level: int = 0

    @property
    def label(self) -> str:
        return Level(self.level).label


@dataclass
class SubtreeRow(Row):
    org_id: int = 0
    code: str = ""
    name: str = ""
    level: int = 0
    is_node: bool = False


@dataclass
class OrgRow:
    org_id: int
    code: str
    name: str
    level: int
    acknowledged_at: object = None


@dataclass
class Compliance:
    node: Organization
    total: Row
    by_level: list[LevelRow] = field(default_factory=list)
    by_subtree: list[SubtreeRow] = field(default_factory=list)
    laggards: list[OrgRow] = field(default_factory=list)
    acknowledged: list[OrgRow] = field(default_factory=list)


# "o has acknowledged": a correlated look-up on the (share, organization) unique index, which
# PostgreSQL runs as one hashed pass over the share's receipts. Written this way rather than
# as a join so that a stale row estimate for a new share (receipts arrive in bursts) cannot
# turn it into a scan of all its receipts per organisation.
ACKED = (
    f"EXISTS (SELECT 1 FROM {RECEIPT_TABLE} r WHERE r.share_id = %s "
    "AND r.organization_id = o.id AND r.acknowledged_at IS NOT NULL)"
)


def compliance(share, node: Organization | None = None, *, limit: int = 50, offset: int = 0):
    """Totals by level for the whole scope, and for ``node`` (default: the scope root) its
    own row plus one row per child subtree, the laggards below it and the latest
    acknowledgements (paged by ``limit``/``offset``)."""
    node = node or share.scope_root
    if not (node.path.startswith(share.scope_root.path) or node.pk in share.include_ids):
        raise ValidationError(f"{node.name} không thuộc phạm vi của nội dung này.")
    where, params = scope_sql(share)
    with transaction.atomic(), connection.cursor() as cursor:
        # Compiling these one-off aggregates (JIT) costs more than running them.
        cursor.execute("SET LOCAL jit = off")
        # One pass over the scope: counts per level and per child subtree of ``node``.
        cursor.execute(
            f"""SELECT GROUPING(o.level) AS by_key, o.level,
                    CASE WHEN o.path LIKE %s THEN left(o.path, %s) END AS key,
                    count(*) AS total, count(*) FILTER (WHERE {ACKED}) AS acked
                FROM {ORG_TABLE} o
                WHERE {where}
                GROUP BY GROUPING SETS ((o.level), (3))""",
            [node.path + "%", len(node.path) + STEP, share.pk, *params],
        )
        groups = cursor.fetchall()
        by_level = sorted(
            (LevelRow(total=t, acknowledged=a, level=lv) for k, lv, _, t, a in groups if not k),
            key=lambda r: r.level,
        )
        subtrees = {key: (t, a) for k, _, key, t, a in groups if k and key is not None}
        names = Organization.objects.filter(path__in=list(subtrees)).values_list(
            "path", "pk", "code", "name", "level"
        )
        by_subtree = sorted(
            (
                SubtreeRow(
                    total=subtrees[path][0],
                    acknowledged=subtrees[path][1],
                    org_id=pk,
                    code=code,
                    name=name,
                    level=level,
                    is_node=pk == node.pk,
                )
                for path, pk, code, name, level in names
            ),
            key=lambda r: (not r.is_node, r.acknowledged / r.total, r.code),
        )
        total = Row(
            total=sum(r.total for r in by_level),
            acknowledged=sum(r.acknowledged for r in by_level),
        )
        cursor.execute(
            f"""SELECT o.id, o.code, o.name, o.level FROM {ORG_TABLE} o
            WHERE {where} AND o.path LIKE %s AND NOT {ACKED}
            ORDER BY o.path LIMIT %s OFFSET %s""",
            [*params, node.path + "%", share.pk, limit, offset],
        )
        laggards = [OrgRow(*row) for row in cursor.fetchall()]
        cursor.execute(
            f"""SELECT o.id, o.code, o.name, o.level, r.acknowledged_at
            FROM {ORG_TABLE} o JOIN {RECEIPT_TABLE} r ON r.share_id = %s
                AND r.organization_id = o.id AND r.acknowledged_at IS NOT NULL
            WHERE {where} AND o.path LIKE %s
            ORDER BY r.acknowledged_at DESC LIMIT %s OFFSET %s""",
            [share.pk, *params, node.path + "%", limit, offset],
        )
        acknowledged = [OrgRow(*row) for row in cursor.fetchall()]
    return Compliance(
        node=node,
        total=total,
        by_level=by_level,
        by_subtree=by_subtree,
        laggards=laggards,
        acknowledged=acknowledged,
    )
