from __future__ import annotations

from django.core.exceptions import ValidationError

from hierarchy.actions.base import OrgTenantAction, require_active
from hierarchy.models import EventAction
from hierarchy.relocation import fold_tenant_into


class FoldTenant(OrgTenantAction):
    """Fold an organisation's tenant back into its nearest ancestor tenant as a hosted
    microsite: pages, images and documents are copied under a new microsite page of the
    host; the old domain moves to the host as a Wagtail site rooted at the microsite, so
    every old URL keeps resolving; microsites hosted by the folded tenant move along; the
    old tenant is deactivated (its schema is kept until an operator drops it)."""

    action = EventAction.FOLD

    permission_what = "gộp trang riêng của đơn vị trực thuộc"

    def validate(self):
        require_active(self.org)
        if not self.org.tenant_id:
            raise ValidationError(f"{self.org.name} không có trang riêng.")
        self.host = self.parent.hosting_tenant() if self.parent else None
        if self.host is None:
            raise ValidationError(
                f"Không có đơn vị cấp trên có trang riêng để nhận {self.org.name}."
            )

    def perform(self):
        org, old = self.org, self.org.tenant
        folded = fold_tenant_into(org, self.host)
        self.mirror_roles()
        self.touched = [org]
        self.payload = {
            "code": org.code,
            "before": {"schema_name": old.schema_name},
            "after": {"host": self.host.schema_name, "page_id": folded.page_id},
            "domains": folded.domains,
            "pages": len(folded.transfer.pages),
            "images": len(folded.transfer.images),
            "documents": len(folded.transfer.documents),
            "microsites_carried": folded.carried,
        }
        return folded.page_id

    def summary(self):
        return f"Gộp trang riêng của {self.org.name} ({self.org.code}) vào {self.host.name}"
