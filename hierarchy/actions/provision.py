from __future__ import annotations

from django.core.exceptions import ValidationError

from hierarchy.actions.base import OrgTenantAction, require_active
from hierarchy.models import EventAction


class ProvisionTenant(OrgTenantAction):
    """Give an organisation its own Wagtail: a tenant cloned from the template, linked to
    the organisation; its roles are mirrored into the new tenant's groups."""

    action = EventAction.PROVISION

    def validate(self):
        require_active(self.org)
        if self.org.tenant_id:
            raise ValidationError(
                f"{self.org.name} đã có trang riêng ({self.org.tenant.schema_name})."
            )
        if self.org.microsite_page_id:
            raise ValidationError(
                f"{self.org.name} đang có trang con tại {self.org.microsite_host}; "
                "hãy dùng thao tác “Nâng trang con thành trang riêng” để chuyển cả nội dung."
            )

    def perform(self):
        org = self.org
        result = self.provision()
        org.tenant = result.tenant
        org.save(update_fields=["tenant", "updated_at"])
        self.mirror_roles()
        self.touched = [org]
        self.payload = {
            "code": org.code,
            "schema_name": result.tenant.schema_name,
            "domain": result.domain.domain,
        }
        return result.tenant

    def summary(self):
        return f"Tạo trang riêng {self.schema_name} cho {self.org.name} ({self.org.code})"
