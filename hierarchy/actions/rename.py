from __future__ import annotations

from django.core.exceptions import ValidationError

from congdoan.text import nfc
from hierarchy.actions.base import OrgAction, require_active
from hierarchy.models import EventAction, Organization, search_key
from hierarchy.roles import require_admin


class RenameOrganization(OrgAction):
    """Change the full and short names; the event keeps the old ones so content published
    before the change is still attributed to the name it was published under."""

    action = EventAction.RENAME

    def __init__(self, org: Organization, name: str, short_name: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.org = org
        self.name = nfc(name).strip()
        self.short_name = None if short_name is None else nfc(short_name).strip()

    def refresh(self):
        self.org = self.reload(self.org)

    def validate(self):
        require_active(self.org)
        if not self.name:
            raise ValidationError("Tên mới không được để trống.")
        short = self.org.short_name if self.short_name is None else self.short_name
        if self.name == self.org.name and short == self.org.short_name:
            raise ValidationError("Tên mới trùng với tên hiện tại.")

    def check_permission(self):
        require_admin(self.actor, self.org, "đổi tên đơn vị")

    def perform(self):
        org = self.org
        self.before = {"name": org.name, "short_name": org.short_name}
        org.name = self.name
        if self.short_name is not None:
            org.short_name = self.short_name
        org.search_text = search_key(org.name, org.short_name, org.code)
        org.save(update_fields=["name", "short_name", "search_text", "updated_at"])
        if org.tenant_id:
            org.tenant.name = org.name
            org.tenant.short_name = org.short_name[:64]
            org.tenant.save(update_fields=["name", "short_name"])
        self.touched = [org]
        self.payload = {
            "code": org.code,
            "before": self.before,
            "after": {"name": org.name, "short_name": org.short_name},
        }
        return org

    def summary(self):
        return f"Đổi tên {self.before['name']} thành {self.name} ({self.org.code})"
