from __future__ import annotations

from django.core.exceptions import ValidationError
from django_tenants.utils import schema_context

from hierarchy.actions.base import OrgAction, require_active
from hierarchy.actions.promote import site_root_id
from hierarchy.content_transfer import read_subtree, write_subtree
from hierarchy.microsite import create_microsite_page, ensure_microsite_groups
from hierarchy.models import EventAction, Organization
from hierarchy.roles import require_admin, sync_all_mirrors, sync_mirrors


class FoldTenant(OrgAction):
    """Fold an organisation's tenant back into its nearest ancestor tenant as a hosted
    microsite: pages, images and documents are copied under a new microsite page of the
    host; the old domain moves to the host as a Wagtail site rooted at the microsite, so
    every old URL keeps resolving; microsites hosted by the folded tenant move along; the
    old tenant is deactivated (its schema is kept until an operator drops it)."""

    action = EventAction.FOLD

    def __init__(self, org: Organization, **kwargs):
        super().__init__(**kwargs)
        self.org = org

    def refresh(self):
        self.org = self.reload(self.org)
        self.parent = (
            Organization.objects.get(path=self.org.parent_path) if self.org.depth > 1 else None
        )

    def validate(self):
        require_active(self.org)
        if not self.org.tenant_id:
            raise ValidationError(f"{self.org.name} không có trang riêng.")
        self.host = self.parent.hosting_tenant() if self.parent else None
        if self.host is None:
            raise ValidationError(
                f"Không có đơn vị cấp trên có trang riêng để nhận {self.org.name}."
            )

    def check_permission(self):
        require_admin(self.actor, self.parent, "gộp trang riêng của đơn vị trực thuộc")

    def perform(self):
        from wagtail.models import Site

        from tenants.models import TenantRole

        org, host, old = self.org, self.host, self.org.tenant
        transfer = read_subtree(old.schema_name, site_root_id(old.schema_name))
        page_id = create_microsite_page(org, host)
        write_subtree(host.schema_name, transfer, page_id)
        domains = list(old.domains.all())
        with schema_context(host.schema_name):
            for domain in domains:
                Site.objects.update_or_create(
                    hostname=domain.domain,
                    port=80,
                    defaults={
                        "root_page_id": page_id,
                        "site_name": org.name,
                        "is_default_site": False,
                    },
                )
        for domain in domains:
            domain.tenant = host
            domain.is_primary = False
            domain.save()
        old.is_active = False
        old.save(update_fields=["is_active"])
        TenantRole.objects.filter(tenant=old).delete()
        org.tenant = None
        org.microsite_host = host
        org.microsite_page_id = page_id
        org.save(update_fields=["tenant", "microsite_host", "microsite_page_id", "updated_at"])
        with schema_context(host.schema_name):
            ensure_microsite_groups(org)
        sync_all_mirrors(org)
        # Microsites the folded tenant hosted now live in the host, under new page ids.
        carried = []
        for hosted in Organization.objects.filter(microsite_host=old):
            hosted.microsite_host = host
            hosted.microsite_page_id = transfer.page_map.get(hosted.microsite_page_id)
            hosted.save(update_fields=["microsite_host", "microsite_page_id"])
            with schema_context(host.schema_name):
                ensure_microsite_groups(hosted)
            for role in hosted.roles.select_related("user"):
                sync_mirrors(role.user, hosted)
            carried.append(hosted.code)
        self.touched = [org]
        self.payload = {
            "code": org.code,
            "before": {"schema_name": old.schema_name},
            "after": {"host": host.schema_name, "page_id": page_id},
            "domains": [d.domain for d in domains],
            "pages": len(transfer.pages),
            "images": len(transfer.images),
            "documents": len(transfer.documents),
            "microsites_carried": carried,
        }
        return page_id

    def summary(self):
        return f"Gộp trang riêng của {self.org.name} ({self.org.code}) vào {self.host.name}"
