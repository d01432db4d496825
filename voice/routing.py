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


@dataclass(frozen=True)
class _Rule:
    id: int
    path: str
    kind: str
    topic: str
    response_hours: int | None
    working_days_only: bool
    route_to_path: str | None
    overridable: bool

    @property
    def depth(self) -> int:
        return len(self.path) // STEP

    @property
    def specificity(self) -> int:
        return (2 if self.kind else 0) + (1 if self.topic else 0)


# Organisations on the requested paths, each with its rules (none: one row of NULLs), the
# path of every rule's destination and of the organisation's successor.
_SQL = """
SELECT o.*, r.id AS r_id, r.kind AS r_kind, r.topic AS r_topic,
       r.response_hours AS r_hours, r.working_days_only AS r_wdo,
       r.overridable AS r_overridable, rt.path AS r_route_to_path, s.path AS successor_path
FROM hierarchy_organization o
LEFT JOIN voice_routingrule r ON r.organization_id = o.id
LEFT JOIN hierarchy_organization rt ON rt.id = r.route_to_id
LEFT JOIN hierarchy_organization s ON s.id = o.successor_id
WHERE o.path = ANY(%s)
"""


@dataclass
class Tree:
    """The organisations and rules read so far for one decision (or one sweep batch)."""

    orgs: dict[str, Organization] = field(default_factory=dict)
    rules: dict[str, list[_Rule]] = field(default_factory=dict)
    statements: int = 0

    def load(self, path: str) -> None:
        """Read ``path`` and its ancestors that are not read yet (one statement, or none)."""
        missing = [p for p in prefixes(path) if p not in self.orgs]
        if not missing:
            return
        self.statements += 1
        for org in Organization.objects.raw(_SQL, [missing]):
            self.orgs.setdefault(org.path, org)
            rules = self.rules.setdefault(org.path, [])
            if org.r_id is not None:
                rules.append(
                    _Rule(
                        id=org.r_id,
                        path=org.path,
                        kind=org.r_kind,
                        topic=org.r_topic,
                        response_hours=org.r_hours,
                        working_days_only=org.r_wdo,
                        route_to_path=org.r_route_to_path,
                        overridable=org.r_overridable,
                    )
                )

    def get(self, path: str) -> Organization:
        self.load(path)
        return self.orgs[path]

    def active(self, path: str) -> Organization:
        """The organisation at ``path``, or where its cases go now: the successor of a
        merged one, else the nearest active ancestor."""
        org = self.get(path)
        for _ in range(64):  # successor chains are short; never loop forever
            if org.status == OrgStatus.ACTIVE:
                return org
            if org.successor_path and org.successor_path != org.path:
                org = self.get(org.successor_path)
            elif len(org.path) > STEP:
                org = self.get(org.path[:-STEP])
            else:
                return org  # an inactive root: nowhere else to go
        return org

    def parent(self, org: Organization) -> Organization | None:
        if len(org.path) <= STEP:
            return None
        return self.active(org.path[:-STEP])

    def candidates(self, path: str, kind: str, topic: str) -> list[_Rule]:
        self.load(path)
        return [
            r
            for p in prefixes(path)
            for r in self.rules.get(p, ())
            if r.kind in ("", kind) and r.topic in ("", topic or "")
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
