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

from django.core.exceptions import ValidationError
from django.utils import timezone

from voice.actions.base import CaseAction
from voice.deadlines import due_at
from voice.models import Escalation
from voice.routing import Tree, window

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
        current = self.tree.get(case.org_path)
        self.target = self.tree.parent(current)
        if self.target is None or self.target.path == case.org_path:
            raise ValidationError(
                "Vụ việc đang ở cấp cao nhất (Tổng Liên đoàn), không còn cấp trên để chuyển."
            )
        self.source = current

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
        win = window(target, kind=case.kind, topic=case.topic, tree=self.tree)
        case.escalate()
        case.organization = target
        case.org_path = target.path
        case.assignee = None
        case.escalation_level = level
        case.last_escalated_at = now
        case.warned_at = None
        case.first_response_due = due_at(
            target, now, win.response_hours, win.working_days_only, calendars=self.calendars
        )
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
