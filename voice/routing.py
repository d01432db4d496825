"""Where a case goes and how long the organisation has to answer it.

Rules (``RoutingRule``) are set by organisations for themselves and their subtree and are
inherited down the tree with local overrides:

* the candidates for a case of ``kind``/``topic`` are the rules on the origin's tree path
  (the origin and its ancestors) whose ``kind`` is empty or ``kind`` and whose ``topic`` is
  empty or ``topic``;
* the nearest rule wins, and at the same organisation a more specific one before a general
  one (kind+topic > kind > topic > general);
* an ancestor's rule with ``overridable=False`` locks: the topmost organisation holding
  such a candidate decides, whatever its descendants set;
* each attribute is resolved on its own: the window (``response_hours`` with its
  ``working_days_only``) from the best rule that sets a window, the destination from the best
  rule that sets ``route_to``.

A decision: the destination of the origin's rules (``route_to``, applied once), then the
parent of that organisation when the worker flagged a conflict of interest, an inactive
(merged or dissolved) organisation replaced by its successor or else its parent, and
finally the window of the rules on the *handling* organisation's path
(``VOICE_RESPONSE_HOURS``, 24, when no rule sets one).

Cost: ancestor paths are prefixes of the path, so the organisations on the path and their
rules come in one statement (a LEFT JOIN over ``path = ANY(prefixes)``); a second statement
only when a rule or a successor leads outside the paths already read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.db import connection

from hierarchy.models import Organization
from hierarchy.models import Status as OrgStatus

STEP = Organization.steplen


def default_hours() -> int:
    return int(getattr(settings, "VOICE_RESPONSE_HOURS", 24))


def prefixes(path: str) -> list[str]:
    """The paths of the ancestors of ``path`` and of ``path`` itself, root first."""
    return [path[:i] for i in range(STEP, len(path) + 1, STEP)]


@dataclass(frozen=True)
class Decision:
    organization: Organization
    response_hours: int
    working_days_only: bool
    rule_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Window:
    response_hours: int
    working_days_only: bool
    rule_id: int | None = None


class _Rule(NamedTuple):
    id: int
    kind: str
    topic: str
    response_hours: int | None
    working_days_only: bool
    overridable: bool
    route_to_path: str | None
    path: str

    @property
    def depth(self) -> int:
        return len(self.path) // STEP

    @property
    def specificity(self) -> int:
        return (2 if self.kind else 0) + (1 if self.topic else 0)


# Organisations on the requested paths, each with its rules (none: one row of NULLs), the
# path of every rule's destination and of the organisation's successor (scalar subqueries:
# half the planning time of two more joins).
_ORG_FIELDS = (
    "id", "path", "depth", "numchild", "code", "name", "short_name", "level", "kind",
    "status", "successor_id", "tenant_id", "microsite_host_id",
)  # fmt: skip
_SQL = f"""
SELECT {", ".join("o." + f for f in _ORG_FIELDS)},
       (SELECT s.path FROM hierarchy_organization s WHERE s.id = o.successor_id),
       r.id, r.kind, r.topic, r.response_hours, r.working_days_only, r.overridable,
       (SELECT rt.path FROM hierarchy_organization rt WHERE rt.id = r.route_to_id)
FROM hierarchy_organization o
LEFT JOIN voice_routingrule r ON r.organization_id = o.id
WHERE o.path = ANY(%s)
"""
_N = len(_ORG_FIELDS)
_STATUS = _ORG_FIELDS.index("status")


@dataclass
class Tree:
    """The organisations and rules read so far for one decision (or one sweep batch)."""

    rows: dict[str, tuple] = field(default_factory=dict)  # path -> organisation columns
    rules: dict[str, list[_Rule]] = field(default_factory=dict)
    orgs: dict[str, Organization] = field(default_factory=dict)  # built on demand
    statements: int = 0

    def load(self, path: str) -> None:
        """Read ``path`` and its ancestors that are not read yet (one statement, or none)."""
        self.load_many((path,))

    def load_many(self, paths) -> None:
        """Read several paths and their ancestors at once (one statement, or none)."""
        missing = sorted({p for path in paths for p in prefixes(path) if p not in self.rows})
        if not missing:
            return
        self.statements += 1
        with connection.cursor() as cursor:
            cursor.execute(_SQL, [missing])
            fetched = cursor.fetchall()
        rows, rules = self.rows, self.rules
        for row in fetched:
            org_path = row[1]
            if org_path not in rows:
                rows[org_path] = row[: _N + 1]
                rules[org_path] = []
            if row[_N + 1] is not None:
                rules[org_path].append(_Rule(*row[_N + 1 :], org_path))

    def get(self, path: str) -> Organization:
        """The organisation at ``path`` (only the columns of ``_ORG_FIELDS`` are read; the
        others load on access)."""
        org = self.orgs.get(path)
        if org is None:
            self.load(path)
            org = Organization.from_db("default", _ORG_FIELDS, self.rows[path][:_N])
            self.orgs[path] = org
        return org

    def active(self, path: str) -> Organization:
        """The organisation at ``path``, or where its cases go now: the successor of a
        merged one, else the nearest active ancestor."""
        self.load(path)
        for _ in range(64):  # successor chains are short; never loop forever
            row = self.rows[path]
            successor_path = row[_N]
            if row[_STATUS] == OrgStatus.ACTIVE:
                break
            if successor_path and successor_path != path:
                self.load(successor_path)
                path = successor_path
            elif len(path) > STEP:
                path = path[:-STEP]
            else:
                break  # an inactive root: nowhere else to go
        return self.get(path)

    def parent(self, org: Organization) -> Organization | None:
        if len(org.path) <= STEP:
            return None
        return self.active(org.path[:-STEP])

    def candidates(self, path: str, kind: str, topic: str) -> list[_Rule]:
        self.load(path)
        topic = topic or ""
        return [
            r
            for p in prefixes(path)
            for r in self.rules.get(p, ())
            if (not r.kind or r.kind == kind) and (not r.topic or r.topic == topic)
        ]


def _best(candidates: list[_Rule]) -> _Rule | None:
    if not candidates:
        return None
    locked = [r.depth for r in candidates if not r.overridable]
    if locked:
        top = min(locked)
        candidates = [r for r in candidates if r.depth == top]
    return max(candidates, key=lambda r: (r.depth, r.specificity))


def pick(rules: list[_Rule], attr: str) -> _Rule | None:
    """The rule deciding ``attr`` ("window" or "route_to") among matching ``rules``."""
    if attr == "window":
        return _best([r for r in rules if r.response_hours])
    return _best([r for r in rules if r.route_to_path])


def window(org: Organization, *, kind: str, topic: str = "", tree: Tree | None = None) -> Window:
    """The response window ``org`` gives a case of ``kind``/``topic`` (escalation gives a
    fresh one at the new level)."""
    tree = tree or Tree()
    rule = pick(tree.candidates(org.path, kind, topic), "window")
    if rule is None:
        return Window(default_hours(), False)
    return Window(rule.response_hours, rule.working_days_only, rule.id)


def route(
    origin_org: Organization,
    *,
    kind: str,
    topic: str = "",
    conflict_of_interest: bool = False,
    tree: Tree | None = None,
) -> Decision:
    """Where a new case of ``kind``/``topic`` received for ``origin_org`` is handled."""
    tree = tree or Tree()
    applied: list[int] = []
    org = tree.active(origin_org.path)
    sent = pick(tree.candidates(org.path, kind, topic), "route_to")
    if sent is not None and sent.route_to_path != org.path:
        applied.append(sent.id)
        org = tree.active(sent.route_to_path)
    if conflict_of_interest:
        org = tree.parent(org) or org
    win = window(org, kind=kind, topic=topic, tree=tree)
    if win.rule_id is not None:
        applied.append(win.rule_id)
    return Decision(org, win.response_hours, win.working_days_only, tuple(applied))


def statements_of(fn, *args, **kwargs) -> tuple[object, int]:
    """Call ``fn`` and count the SQL statements it ran (benchmarks, tests)."""
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        result = fn(*args, **kwargs)
    return result, len(ctx.captured_queries)
