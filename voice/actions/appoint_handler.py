from __future__ import annotations

from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django_tenants.utils import schema_context

from congdoan.actions import Action
from hierarchy.roles import is_admin_of
from voice.models import Handler


def grant_admin_entry(user, org) -> None:
    """Let ``user`` into the Wagtail admin of the tenant hosting ``org`` with nothing but
    ``wagtailadmin.access_admin`` (a direct permission in that schema): a handler reads
    cases there, not pages."""
    tenant = org.hosting_tenant()
    if tenant is None:
        return
    from grants.models import UserPermission

    with schema_context(tenant.schema_name):
        permission = Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
        UserPermission.objects.get_or_create(user=user, permission=permission)


class AppointHandler(Action):
    """An organisation's admin appoints (or changes the role of) a handler of its cases;
    the role covers the organisation's subtree."""

    public = True

    def __init__(self, *, user, organization, role=Handler.Role.HANDLER, actor=None):
        super().__init__(actor=actor)
        self.user, self.organization, self.role = user, organization, role

    def validate(self):
        if self.user is None or not getattr(self.user, "pk", None):
            raise ValidationError("Không tìm thấy tài khoản cần phân công.")
        if not self.user.is_active:
            raise ValidationError(f"Tài khoản {self.user.email} đã bị khoá.")
        if self.organization is None:
            raise ValidationError("Hãy chọn đơn vị.")
        if not self.organization.is_active:
            raise ValidationError(f"{self.organization.name} không còn hoạt động.")
        if self.role not in Handler.Role.values:
            raise ValidationError("Vai trò không hợp lệ.")

    def check_permission(self):
        if self.actor is not None and not is_admin_of(self.actor, self.organization):
            raise PermissionDenied(
                f"Bạn không có quyền quản trị tại {self.organization.name} hoặc đơn vị cấp trên "
                "nên không thể phân công cán bộ xử lý ý kiến người lao động."
            )

    def perform(self):
        handler, created = Handler.objects.select_for_update().get_or_create(
            user=self.user,
            organization=self.organization,
            defaults={"role": self.role, "granted_by": self.actor_row},
        )
        if not created and handler.role != self.role:
            handler.role = self.role
            handler.granted_by = self.actor_row
            handler.save(update_fields=["role", "granted_by"])
        grant_admin_entry(self.user, self.organization)
        return handler
