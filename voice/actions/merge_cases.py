from __future__ import annotations

from django.core.exceptions import ValidationError

from voice import access
from voice.actions.base import CaseNotFound
from voice.actions.handling_base import HandlingAction
from voice.models import OPEN_STATUSES, Case, CaseMessage, MessageKind, Status


class MergeCases(HandlingAction):
    """``case`` duplicates ``into``: it becomes MERGED with ``merged_into`` set, its deadline
    timers stop and its asker is told where the answer will come from; the target gets an
    internal note. Both rows are locked in id order (two merges never deadlock); both must
    be in the actor's scope."""

    action = "merged"

    def __init__(self, case, *, into, actor=None, seen_level=None):
        super().__init__(case, actor=actor, seen_level=seen_level)
        self.into_id = into.pk if isinstance(into, Case) else into

    def prepare(self):
        ids = sorted({self.case_id, self.into_id})
        rows = {c.pk: c for c in Case.objects.select_for_update().filter(pk__in=ids).order_by("pk")}
        if self.case_id not in rows:
            raise CaseNotFound(CaseNotFound.message)
        self.case = rows[self.case_id]
        self.target = rows.get(self.into_id)
        self.check_scope()
        if self.target is None or (
            self.actor is not None and not access.can_handle(self.actor, self.target)
        ):
            raise ValidationError("Không tìm thấy vụ việc cần gộp vào.")

    def validate(self):
        super().validate()
        if self.target.pk == self.case.pk:
            raise ValidationError("Không thể gộp một vụ việc vào chính nó.")
        self.require_status(OPEN_STATUSES, "gộp vụ việc")
        if self.target.status in (Status.MERGED, Status.WITHDRAWN) or self.target.erased_at:
            raise ValidationError(
                f"Không thể gộp vào vụ việc {self.target.code}: vụ việc đó đang ở trạng thái "
                f"“{Status(self.target.status).label}”."
            )

    def perform(self):
        case, target = self.case, self.target
        case.merge()
        case.merged_into = target
        case.save()
        # The worker is told by voice.notify's receiver of ``case_changed("merged")``.
        CaseMessage.objects.create(
            case=target,
            kind=MessageKind.NOTE,
            body=f"Đã gộp vụ việc {case.code} vào vụ việc này (trùng nội dung).",
            author=self.actor_row,
            organization_id=target.organization_id,
        )
        return target
