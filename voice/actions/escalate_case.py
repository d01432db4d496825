"""Move a case one level up the tree: on a breached deadline (the sweep), on a conflict of
interest, or by a handler's decision.

The case goes to the parent of the organisation handling it (an inactive parent is replaced
by its successor or its own parent), arrives there unassigned (``Case.escalate``: status
"new") with a fresh response window of the new level's rules, and its warning is re-armed.
One ``Escalation`` row per (case, level): the unique constraint is the last guard against
two workers escalating the same case twice. The worker is told by the receiver of
``case_changed("escalated")`` (``voice.notify``), not here.
"""

from __future__ import annotations

import datetime

import pghistory
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection
from django.utils import timezone

from congdoan.actions import Action
from voice.actions.base import CaseAction
from voice.deadlines import due_at
from voice.models import OPEN_STATUSES, Case, Escalation, Status
from voice.routing import Tree, window
from voice.signals import case_changed

# Not read for the signals (receivers that need one load it on access).
ENCRYPTED = ("title", "body", "contact_name", "contact_phone", "contact_email", "workplace", "link")

REASONS = {r.value for r in Escalation.Reason}


class EscalateCase(CaseAction):
    action = "escalated"

    def __init__(
        self,
        case,
        *,
        reason: str = Escalation.Reason.MANUAL,
        actor=None,
        now: datetime.datetime | None = None,
        tree: Tree | None = None,
        calendars: dict | None = None,
    ):
        super().__init__(case, actor=actor)
        self.reason = reason
        self.now = now or timezone.now()
        # Shared by the sweep across a batch: organisations, rules and holidays read once.
        self.tree = tree if tree is not None else Tree()
        self.calendars = calendars if calendars is not None else {}

    def validate(self) -> None:
        case = self.case
        if self.reason not in REASONS:
            raise ValidationError("Lý do chuyển cấp không hợp lệ.")
        if not case.is_open:
            raise ValidationError(
                "Vụ việc đã được trả lời, đã đóng hoặc đã gộp nên không chuyển cấp được."
            )
        if self.reason == Escalation.Reason.BREACH and (
            case.first_response_due is None or case.first_response_due > self.now
        ):
            raise ValidationError("Vụ việc chưa quá hạn phản hồi.")
        planned = plan(case, tree=self.tree, calendars=self.calendars, now=self.now)
        if planned is None:
            raise ValidationError(
                "Vụ việc đang ở cấp cao nhất (Tổng Liên đoàn), không còn cấp trên để chuyển."
            )
        self.target, self.due = planned

    def perform(self):
        case, target, now = self.case, self.target, self.now
        level = case.escalation_level + 1
        # First: the row whose unique (case, level) settles a race.
        escalation = Escalation.objects.create(
            case=case,
            level=level,
            from_organization_id=case.organization_id,
            to_organization=target,
            reason=self.reason,
            actor=self.actor_row,
        )
        case.escalate()
        case.organization = target
        case.org_path = target.path
        case.assignee = None
        case.escalation_level = level
        case.last_escalated_at = now
        case.warned_at = None
        case.first_response_due = self.due
        if self.reason == Escalation.Reason.CONFLICT:
            case.conflict_of_interest = True
        case.save(
            update_fields=[
                "status",
                "organization",
                "org_path",
                "assignee",
                "escalation_level",
                "last_escalated_at",
                "warned_at",
                "first_response_due",
                "conflict_of_interest",
                "updated_at",
            ]
        )
        return escalation

    def signal(self, result) -> None:
        case_changed.send(
            sender=type(self),
            action=self.action,
            case=self.case,
            actor=self.actor,
            organization=self.case.organization,
            reason=self.reason,
        )


def plan(case, *, tree: Tree, calendars: dict, now: datetime.datetime):
    """Where ``case`` goes one level up and its new due time: (target, due), or None at
    the root."""
    target = tree.parent(tree.get(case.org_path))
    if target is None or target.path == case.org_path:
        return None
    win = window(target, kind=case.kind, topic=case.topic, tree=tree)
    return target, due_at(
        target, now, win.response_hours, win.working_days_only, calendars=calendars
    )


_INSERT = """
INSERT INTO voice_escalation (case_id, level, from_organization_id, to_organization_id,
                              reason, actor_id, at)
SELECT v.case_id, v.level, v.from_org, v.to_org, %s, NULL, %s
FROM unnest(%s::bigint[], %s::smallint[], %s::bigint[], %s::bigint[])
     AS v(case_id, level, from_org, to_org)
ON CONFLICT (case_id, level) DO NOTHING
RETURNING case_id
"""

_UPDATE = """
UPDATE voice_case AS c
SET status = 'new', organization_id = v.org, org_path = v.path, assignee_id = NULL,
    escalation_level = v.level, last_escalated_at = %s, warned_at = NULL,
    first_response_due = v.due, updated_at = %s
FROM unnest(%s::bigint[], %s::bigint[], %s::varchar[], %s::smallint[], %s::timestamptz[])
     AS v(id, org, path, level, due)
WHERE c.id = v.id AND c.status IN ('new', 'in_progress') AND c.escalation_level = v.level - 1
RETURNING c.id
"""


class EscalateOverdue(Action):
    """The sweep's escalation of a batch of overdue cases (already locked by the caller's
    ``SELECT ... FOR UPDATE SKIP LOCKED``): the same change as ``EscalateCase`` with
    reason "breach", set-based, a few statements per batch instead of several per case.

    The Escalation rows go first with ``ON CONFLICT DO NOTHING``: a case whose level is
    already recorded (another worker) is left alone. The update repeats the transition's
    source states (new, in progress) and the expected level as conditions. Returns the ids
    escalated; ``case_changed("escalated")`` is sent for each."""

    public = True

    def __init__(self, ids, *, now, tree: Tree, calendars: dict):
        super().__init__(actor=None)
        self.ids = list(ids)
        self.now = now
        self.tree = tree
        self.calendars = calendars

    def perform(self) -> list[int]:
        now = self.now
        self.moved: list[Case] = []
        cases = list(
            Case.objects.filter(
                pk__in=self.ids, status__in=OPEN_STATUSES, first_response_due__lte=now
            ).only(
                "id",
                "code",
                "status",
                "org_path",
                "organization_id",
                "kind",
                "topic",
                "escalation_level",
                "received_at",
            )
        )
        self.tree.load_many({c.org_path for c in cases})
        moves = []
        for case in cases:
            planned = plan(case, tree=self.tree, calendars=self.calendars, now=now)
            if planned is not None:
                moves.append((case, *planned))
        if not moves:
            return []
        with pghistory.context(action="escalated", actor=None), connection.cursor() as cursor:
            cursor.execute(
                _INSERT,
                [
                    Escalation.Reason.BREACH,
                    now,
                    [c.pk for c, _, _ in moves],
                    [c.escalation_level + 1 for c, _, _ in moves],
                    [c.organization_id for c, _, _ in moves],
                    [t.pk for _, t, _ in moves],
                ],
            )
            recorded = {row[0] for row in cursor.fetchall()}
            moves = [m for m in moves if m[0].pk in recorded]
            if not moves:
                return []
            cursor.execute(
                _UPDATE,
                [
                    now,
                    timezone.now(),
                    [c.pk for c, _, _ in moves],
                    [t.pk for _, t, _ in moves],
                    [t.path for _, t, _ in moves],
                    [c.escalation_level + 1 for c, _, _ in moves],
                    [due for _, _, due in moves],
                ],
            )
            done = {row[0] for row in cursor.fetchall()}
        if len(done) != len(moves):
            # A case changed under us although it was locked: undo the whole batch.
            raise IntegrityError("Vụ việc thay đổi trong lúc chuyển cấp; thử lại lần sau.")
        # The instances read above, brought up to date, are what the signal carries (other
        # columns, the encrypted ones among them, load on access).
        for case, target, due in moves:
            case.status = Status.NEW
            case.organization = target
            case.org_path = target.path
            case.assignee_id = None
            case.escalation_level += 1
            case.last_escalated_at = now
            case.warned_at = None
            case.first_response_due = due
            self.moved.append(case)
        return sorted(done)

    def signal(self, result) -> None:
        from voice import notify

        with notify.batched():  # the workers' notices: one INSERT for the batch
            for case in self.moved:
                case_changed.send(
                    sender=type(self),
                    action="escalated",
                    case=case,
                    actor=None,
                    organization=case.organization,
                    reason=Escalation.Reason.BREACH,
                )
