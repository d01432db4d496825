"""The base of every case action: the case row locked, the actor's scope checked, the
change recorded by django-pghistory with the actor and action as context, and
``case_changed`` sent inside the transaction."""

from __future__ import annotations

import pghistory
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction

from congdoan.actions import Action
from voice import access
from voice.models import Case
from voice.signals import case_changed


class CaseNotFound(ObjectDoesNotExist):
    """The case does not exist, or not for this actor (the same answer either way)."""

    message = "Không tìm thấy vụ việc."


class CaseAction(Action):
    """An action on one existing case. ``actor`` None is the system (jobs, commands).

    Subclasses set ``action`` (a ``voice.signals.CASE_ACTIONS`` name) and implement
    ``validate``/``perform``; ``needs_supervisor`` asks for a supervisor handler role."""

    public = True
    action: str = ""
    needs_supervisor = False

    def __init__(self, case: Case | int, *, actor=None):
        super().__init__(actor=actor)
        self.case_id = case.pk if isinstance(case, Case) else case

    def prepare(self) -> None:
        try:
            self.case = Case.objects.select_for_update().get(pk=self.case_id)
        except Case.DoesNotExist:
            raise CaseNotFound(CaseNotFound.message) from None

    def check_permission(self) -> None:
        if self.actor is None:
            return
        if not access.can_handle(self.actor, self.case):
            raise CaseNotFound(CaseNotFound.message)
        if self.needs_supervisor and not access.can_handle(self.actor, self.case, supervisor=True):
            raise PermissionDenied("Chỉ cán bộ phụ trách mới được thực hiện thao tác này.")

    def execute(self):
        actor_id = getattr(self.actor, "pk", None)
        with transaction.atomic(), pghistory.context(action=self.action, actor=actor_id):
            return super().execute()

    def signal(self, result) -> None:
        case_changed.send(
            sender=type(self),
            action=self.action,
            case=self.case,
            actor=self.actor,
            organization=self.case.organization,
        )
