from __future__ import annotations

from django.core.exceptions import PermissionDenied

from congdoan.actions import Action
from hierarchy.roles import is_admin_of
from voice.models import Handler


class RemoveHandler(Action):
    """An organisation's admin ends a handler role (the cases assigned stay assigned until
    a supervisor re-assigns them)."""

    public = True

    def __init__(self, handler: Handler, *, actor=None):
        super().__init__(actor=actor)
        self.handler = handler

    def check_permission(self):
        if self.actor is not None and not is_admin_of(self.actor, self.handler.organization):
            raise PermissionDenied(
                f"Bạn không có quyền quản trị tại {self.handler.organization.name} hoặc đơn vị "
                "cấp trên nên không thể thôi phân công cán bộ xử lý."
            )

    def perform(self):
        Handler.objects.filter(pk=self.handler.pk).delete()
        return self.handler
