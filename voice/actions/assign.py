from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError

from voice import access
from voice.actions.handling_base import HandlingAction
from voice.models import OPEN_STATUSES, Status


class AssignCase(HandlingAction):
    """Give an open case to a handler whose role covers it (``assignee`` None: the actor
    takes it). A new case starts being handled (NEW -> IN_PROGRESS). Taking a case is every
    handler's right; giving it to someone else is a supervisor's."""

    action = "assigned"

    def __init__(self, case, *, assignee=None, actor=None, seen_level=None):
        super().__init__(case, actor=actor, seen_level=seen_level)
        self.assignee = assignee if assignee is not None else actor

    def validate(self):
        super().validate()
        self.require_status(OPEN_STATUSES, "phân công")
        if self.assignee is None or not getattr(self.assignee, "pk", None):
            raise ValidationError("Hãy chọn cán bộ được phân công.")
        if not self.assignee.is_active or not access.can_handle(self.assignee, self.case):
            raise ValidationError(
                f"{self.assignee} không phải cán bộ xử lý của {self.case.organization.name} "
                "hoặc đơn vị cấp trên nên không thể nhận vụ việc này."
            )

    def check_permission(self):
        super().check_permission()
        if (
            self.actor is not None
            and self.assignee.pk != self.actor.pk
            and not access.can_handle(self.actor, self.case, supervisor=True)
        ):
            raise PermissionDenied(
                "Chỉ cán bộ phụ trách mới được phân công vụ việc cho người khác."
            )

    def perform(self):
        case = self.case
        case.assignee = self.assignee
        if case.status == Status.NEW:
            case.start()
        case.save()
        return case
