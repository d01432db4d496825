"""The reach step before a share or directive is sent: validate exactly as sending would,
then say how many organisations it will reach, with a sample of them.

Nothing is written. The checks are the ones ``sharing.services`` runs when the share is
created (active issuer, role, scope inside the issuer's subtree, expiry in the future), so
an error shows on the form, before the confirmation screen, never after it. The count and
the sample use ``sharing.scope.scope_sql`` on an unsaved ``Share`` carrying the scope: the
same predicate the compliance report and ``count_reached`` use.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone

from hierarchy.models import Level, Organization
from sharing.models import Share
from sharing.permissions import EDITOR, MODERATOR, require_rank
from sharing.scope import ORG_TABLE, scope_sql
from sharing.services import ScopeSpec, require_active_org, validate_scope

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
    return Share(
        issuer=issuer,
        source_org=source,
        scope_root=scope.root,
        levels=sorted(set(scope.levels)),
        kinds=sorted(set(scope.kinds)),
        under_kinds=sorted(set(scope.under_kinds)),
        include_ids=sorted({o.pk for o in scope.include}),
        exclude_ids=sorted({o.pk for o in scope.exclude}),
    )


def check(issuer, scope: ScopeSpec, *, actor, mandatory: bool, expires_at=None) -> None:
    """Raise what creating the share would raise (ValidationError / PermissionDenied)."""
    require_active_org(issuer)
    require_rank(
        actor,
        issuer,
        MODERATOR if mandatory else EDITOR,
        "ban hành chỉ đạo bắt buộc" if mandatory else "chia sẻ nội dung xuống cấp dưới",
    )
    validate_scope(issuer, scope)
    if expires_at is not None and expires_at <= timezone.now():
        raise ValidationError("Thời hạn phải ở tương lai.")


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
