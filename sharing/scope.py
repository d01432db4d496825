"""Scope resolution: which shares reach an organisation, and which organisations a share
reaches.

A share reaches organisation R when it is live (active, not expired), R is neither its issuer
nor its source, and either R is explicitly included, or:

* the scope root is R or one of R's ancestors (at most ~6 path prefixes of R's materialised
  path: an indexed ``scope_root_id IN (…)``, independent of how many organisations the share
  reaches);
* R's level is in ``levels`` and R's kind in ``kinds`` (empty = any);
* R or one of its ancestors has a kind in ``under_kinds`` (empty = any);
* neither R nor any ancestor of R is in ``exclude_ids`` (an exclusion covers a subtree).

Nothing about receivers is stored, so organisations created in, moved into or out of a
subtree gain or lose its shares with no write. The reverse direction (every organisation a
share reaches, for compliance) is one set-based SQL predicate over the org tree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.db.models import Q
from django.utils import timezone

from congdoan.text import normalise_code
from hierarchy.models import Kind, Level, Organization, Status

ORG_TABLE = Organization._meta.db_table
STEP = Organization.steplen


@dataclass
class ScopeSpec:
    """Who a share is for: ``root``'s subtree, filtered, plus/minus named organisations."""

    root: Organization
    levels: Sequence[int] = field(default_factory=list)
    kinds: Sequence[str] = field(default_factory=list)
    under_kinds: Sequence[str] = field(default_factory=list)
    include: Sequence[Organization] = field(default_factory=list)
    exclude: Sequence[Organization] = field(default_factory=list)

    def share_fields(self) -> dict:
        """The scope as the columns of a ``Share`` row (sorted, without repeats)."""
        return {
            "scope_root": self.root,
            "levels": sorted(set(self.levels)),
            "kinds": sorted(set(self.kinds)),
            "under_kinds": sorted(set(self.under_kinds)),
            "include_ids": sorted({o.pk for o in self.include}),
            "exclude_ids": sorted({o.pk for o in self.exclude}),
        }


def validate_scope(issuer: Organization, scope: ScopeSpec) -> None:
    """Scope root, includes and excludes inside the issuer's subtree; filters that exist."""
    root = scope.root
    if not root.path.startswith(issuer.path):
        raise PermissionDenied(
            f"Chỉ được chia sẻ xuống cấp dưới: {root.name} không thuộc {issuer.name}."
        )
    if not root.is_active:
        raise ValidationError(f"{root.name} ({root.code}) không còn hoạt động.")
    for level in scope.levels:
        if level not in Level.values:
            raise ValidationError(f"Cấp {level} không tồn tại (chọn từ 1 đến 5).")
        if level < root.level:
            raise ValidationError(
                f"Cấp {level} cao hơn gốc phạm vi {root.name} (cấp {root.level}): "
                "không có đơn vị nào nhận được."
            )
    for kind in [*scope.kinds, *scope.under_kinds]:
        if kind not in Kind.values:
            raise ValidationError(f"Loại đơn vị {kind!r} không tồn tại.")
    for org in [*scope.include, *scope.exclude]:
        if not org.path.startswith(issuer.path):
            raise PermissionDenied(
                f"Chỉ được chia sẻ xuống cấp dưới: {org.name} ({org.code}) không thuộc "
                f"{issuer.name}."
            )
    both = {o.pk for o in scope.include} & {o.pk for o in scope.exclude}
    if both:
        codes = ", ".join(o.code for o in scope.include if o.pk in both)
        raise ValidationError(f"Đơn vị vừa được chọn nhận vừa bị loại trừ: {codes}.")


@dataclass(frozen=True)
class Receiver:
    """An organisation with its ancestors (root first, the organisation last)."""

    chain: tuple[Organization, ...]

    @property
    def org(self) -> Organization:
        return self.chain[-1]

    @property
    def ancestor_ids(self) -> list[int]:
        return [o.pk for o in self.chain]

    @property
    def ancestor_kinds(self) -> list[str]:
        return sorted({o.kind for o in self.chain})

    def hosting_tenant_id(self) -> int | None:
        """The tenant whose Wagtail holds this organisation's content."""
        org = self.org
        if org.tenant_id:
            return org.tenant_id
        if org.microsite_host_id:
            return org.microsite_host_id
        for ancestor in reversed(self.chain[:-1]):
            if ancestor.tenant_id:
                return ancestor.tenant_id
        return None


def receiver_for(org: Organization) -> Receiver:
    """One query: ``org``'s ancestors and ``org`` itself."""
    return Receiver(tuple(org.ancestors_and_self()))


def receiver_by_code(code: str | None = None, *, tenant_id: int | None = None):
    """One statement: the organisation with ``code`` (or, without a code, the one that is
    tenant ``tenant_id``) and its ancestors; None when there is no such organisation."""
    # Raw SQL: the code is normalised here as OrganizationCodeField does for the ORM.
    if code:
        where, param = "o.code = %s", normalise_code(code)
    else:
        where, param = "o.tenant_id = %s", tenant_id
    chain = list(
        Organization.objects.raw(
            f"""
            SELECT a.* FROM {ORG_TABLE} o
            JOIN {ORG_TABLE} a ON a.path = ANY(ARRAY(
                SELECT left(o.path, n) FROM generate_series({STEP}, length(o.path), {STEP}) n))
            WHERE {where}
            ORDER BY a.path
            """,
            [param],
        )
    )
    return Receiver(tuple(chain)) if chain else None


def live_q(now=None, *, include_expired=False) -> Q:
    if include_expired:
        return Q(status="active")
    now = now or timezone.now()
    return Q(status="active") & (Q(expires_at__isnull=True) | Q(expires_at__gt=now))


def inbound_q(receiver: Receiver, now=None, *, include_expired=False) -> Q:
    """Live shares that reach ``receiver``'s organisation (and expired ones if asked)."""
    org, ids = receiver.org, receiver.ancestor_ids
    in_scope = (
        Q(scope_root_id__in=ids)
        & (Q(levels=[]) | Q(levels__contains=[org.level]))
        & (Q(kinds=[]) | Q(kinds__contains=[org.kind]))
        & (Q(under_kinds=[]) | Q(under_kinds__overlap=receiver.ancestor_kinds))
        & ~Q(exclude_ids__overlap=ids)
    )
    return (
        live_q(now, include_expired=include_expired)
        & (in_scope | Q(include_ids__contains=[org.pk]))
        & ~Q(source_org_id=org.pk)
        & ~Q(issuer_id=org.pk)
    )


SHARE_TABLE = "sharing_share"


def inbound_sql(receiver: Receiver, now=None, alias: str = "s") -> tuple[str, list]:
    """``inbound_q`` as a SQL predicate over ``sharing_share {alias}`` (for the feed's
    hand-written statement; the tests check that both select the same shares)."""
    now = now or timezone.now()
    org, ids, a = receiver.org, receiver.ancestor_ids, alias
    sql = f"""{a}.status = 'active' AND ({a}.expires_at IS NULL OR {a}.expires_at > %s)
        AND {a}.source_org_id <> %s AND {a}.issuer_id <> %s
        AND (({a}.scope_root_id = ANY(%s)
              AND ({a}.levels = '{{}}' OR {a}.levels @> ARRAY[%s]::smallint[])
              AND ({a}.kinds = '{{}}' OR {a}.kinds @> ARRAY[%s]::varchar(32)[])
              AND ({a}.under_kinds = '{{}}' OR {a}.under_kinds && %s::varchar(32)[])
              AND NOT ({a}.exclude_ids && %s::bigint[]))
             OR {a}.include_ids @> ARRAY[%s]::bigint[])"""
    params = [
        now,
        org.pk,
        org.pk,
        ids,
        org.level,
        org.kind,
        receiver.ancestor_kinds,
        ids,
        org.pk,
    ]
    return sql, params


def reaches(share, receiver: Receiver, now=None, *, ignore_expiry=False) -> bool:
    """The same rule as ``inbound_q``, in Python, for one share already loaded."""
    now = now or timezone.now()
    org, ids = receiver.org, set(receiver.ancestor_ids)
    if share.status != "active":
        return False
    if not ignore_expiry and share.expires_at and share.expires_at <= now:
        return False
    if org.pk in (share.source_org_id, share.issuer_id):
        return False
    if org.pk in share.include_ids:
        return True
    return (
        share.scope_root_id in ids
        and (not share.levels or org.level in share.levels)
        and (not share.kinds or org.kind in share.kinds)
        and (not share.under_kinds or bool(set(share.under_kinds) & set(receiver.ancestor_kinds)))
        and not (set(share.exclude_ids) & ids)
    )


def _under_any(paths: list[str], params: list) -> str:
    """SQL: ``o.path`` is one of ``paths`` or below one (hashed look-ups, one per length)."""
    by_len: dict[int, list[str]] = defaultdict(list)
    for p in paths:
        by_len[len(p)].append(p)
    if not by_len:
        return "FALSE"
    terms = []
    for length, group in sorted(by_len.items()):
        terms.append(f"left(o.path, {int(length)}) = ANY(%s)")
        params.append(group)
    return "(" + " OR ".join(terms) + ")"


def scope_sql(share, within_path: str | None = None) -> tuple[str, list]:
    """A WHERE clause over ``hierarchy_organization o`` selecting the *active*
    organisations ``share`` reaches (optionally only those under ``within_path``).

    Two small look-ups first (the scope root's path, the paths of excluded organisations
    and of ``under_kinds`` organisations); the predicate itself is set-based."""
    root_path = Organization.objects.filter(pk=share.scope_root_id).values_list("path", flat=True)
    root_path = root_path.first() or "~"
    lookup_ids = list(share.exclude_ids)
    paths = dict(Organization.objects.filter(pk__in=lookup_ids).values_list("pk", "path"))
    exclude_paths = [paths[i] for i in share.exclude_ids if i in paths]
    under_paths: list[str] = []
    if share.under_kinds:
        under_paths = list(
            Organization.objects.filter(
                Q(path__startswith=root_path) | Q(path__in=_prefixes(root_path)),
                kind__in=share.under_kinds,
            ).values_list("path", flat=True)
        )
    params: list = []
    terms = ["o.path LIKE %s"]
    params.append(root_path + "%")
    if share.levels:
        terms.append("o.level = ANY(%s)")
        params.append(list(share.levels))
    if share.kinds:
        terms.append("o.kind = ANY(%s)")
        params.append(list(share.kinds))
    if share.under_kinds:
        terms.append(_under_any(under_paths, params))
    if exclude_paths:
        terms.append("NOT " + _under_any(exclude_paths, params))
    scoped = " AND ".join(terms)
    where = f"o.status = %s AND o.id <> %s AND o.id <> %s AND (({scoped}) OR o.id = ANY(%s))"
    params = [Status.ACTIVE, share.issuer_id, share.source_org_id, *params, list(share.include_ids)]
    if within_path is not None:
        where += " AND o.path LIKE %s"
        params.append(within_path + "%")
    return where, params


def _prefixes(path: str) -> list[str]:
    return [path[:i] for i in range(STEP, len(path) + 1, STEP)]


def count_reached(share) -> int:
    """How many active organisations ``share`` reaches now (one aggregate statement)."""
    where, params = scope_sql(share)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {ORG_TABLE} o WHERE {where}", params)
        return cursor.fetchone()[0]
