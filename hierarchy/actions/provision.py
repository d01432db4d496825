from __future__ import annotations

from django.core.exceptions import ValidationError

from hierarchy.actions.base import OrgAction, require_active
from hierarchy.models import TENANT_KIND, EventAction, Organization
from hierarchy.roles import require_admin, sync_all_mirrors


class ProvisionTenant(OrgAction):
    """Give an organisation its own Wagtail: a tenant cloned from the template, linked to
    the organisation; its roles are mirrored into the new tenant's groups."""

    action = EventAction.PROVISION

    def __init__(self, org: Organization, *, schema_name: str, domain: str, **kwargs):
        super().__init__(**kwargs)
        self.org = org
        self.schema_name = schema_name
        self.domain = domain

    def refresh(self):
        self.org = self.reload(self.org)
        self.parent = (
            Organization.objects.get(path=self.org.parent_path) if self.org.depth > 1 else None
        )

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

    def check_permission(self):
        require_admin(self.actor, self.parent, "tạo trang riêng cho đơn vị trực thuộc")

    def perform(self):
        from tenants.provisioning import provision_tenant

        org = self.org
        result = provision_tenant(
            schema_name=self.schema_name,
            name=org.name,
            domain=self.domain,
            kind=TENANT_KIND[org.kind],
            short_name=org.short_name[:64],
        )
        org.tenant = result.tenant
        org.save(update_fields=["tenant", "updated_at"])
        sync_all_mirrors(org)
        self.touched = [org]
        self.payload = {
            "code": org.code,
            "schema_name": result.tenant.schema_name,
            "domain": result.domain.domain,
        }
        return result.tenant

    def summary(self):
        return f"Tạo trang riêng {self.schema_name} cho {self.org.name} ({self.org.code})"
