from __future__ import annotations

from django.core.exceptions import ValidationError
from django_tenants.utils import schema_context

from hierarchy.actions.base import OrgAction, require_active
from hierarchy.microsite import create_microsite_page, ensure_microsite_groups
from hierarchy.models import EventAction, Organization
from hierarchy.roles import require_admin, sync_all_mirrors


class CreateMicrosite(OrgAction):
    """Host an organisation's content in its nearest ancestor tenant: a home page under the
    host's home page, and per-microsite groups limited to that page's subtree."""

    action = EventAction.MICROSITE

    def __init__(self, org: Organization, **kwargs):
        super().__init__(**kwargs)
        self.org = org

    def refresh(self):
        self.org = self.reload(self.org)

    def validate(self):
        require_active(self.org)
        if self.org.tenant_id:
            raise ValidationError(f"{self.org.name} đã có trang riêng, không cần trang con.")
        if self.org.microsite_page_id:
            raise ValidationError(f"{self.org.name} đã có trang con.")
        self.host = self.org.hosting_tenant()
        if self.host is None:
            raise ValidationError(
                f"Không có đơn vị cấp trên nào của {self.org.name} có trang riêng để lưu trữ."
            )

    def check_permission(self):
        require_admin(self.actor, self.org, "tạo trang con cho đơn vị")

    def perform(self):
        org = self.org
        page_id = create_microsite_page(org, self.host)
        org.microsite_host = self.host
        org.microsite_page_id = page_id
        org.save(update_fields=["microsite_host", "microsite_page_id", "updated_at"])
        with schema_context(self.host.schema_name):
            ensure_microsite_groups(org)
        sync_all_mirrors(org)
        self.touched = [org]
        self.payload = {"code": org.code, "host": self.host.schema_name, "page_id": page_id}
        return page_id

    def summary(self):
        return f"Tạo trang con của {self.org.name} ({self.org.code}) tại {self.host.name}"
