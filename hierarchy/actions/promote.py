from __future__ import annotations

from django.core.exceptions import ValidationError
from django_tenants.utils import schema_context

from cms.transfer import read_subtree, write_subtree
from hierarchy.actions.base import OrgTenantAction, require_active
from hierarchy.models import EventAction
from hierarchy.relocation import drop_microsite_groups, page_urls, site_root_id


class PromoteMicrosite(OrgTenantAction):
    """Turn a hosted microsite into the organisation's own tenant: provision the tenant,
    copy the microsite's pages, images and documents into it, leave redirects from every
    old URL on the host to the new domain, and remove the microsite from the host."""

    action = EventAction.PROMOTE

    def validate(self):
        require_active(self.org)
        if self.org.tenant_id:
            raise ValidationError(f"{self.org.name} đã có trang riêng.")
        if not (self.org.microsite_host_id and self.org.microsite_page_id):
            raise ValidationError(f"{self.org.name} chưa có trang con để nâng cấp.")

    def perform(self):
        from wagtail.contrib.redirects.models import Redirect
        from wagtail.models import Page, Site

        org, host = self.org, self.org.microsite_host
        transfer = read_subtree(host.schema_name, org.microsite_page_id)
        result = self.provision()
        tenant = result.tenant
        write_subtree(tenant.schema_name, transfer, site_root_id(tenant.schema_name))
        new_urls = page_urls(tenant.schema_name, transfer.page_map.values())
        with schema_context(host.schema_name):
            site = Site.objects.get(is_default_site=True)
            for copy in transfer.pages:
                target = f"http://{result.domain.domain}{new_urls[transfer.page_map[copy.old_id]]}"
                Redirect.objects.update_or_create(
                    old_path=Redirect.normalise_path(copy.old_url),
                    site=site,
                    defaults={"redirect_link": target, "redirect_page": None},
                )
            Page.objects.get(pk=org.microsite_page_id).delete()
            drop_microsite_groups(org)
        old = {"host": host.schema_name, "page_id": org.microsite_page_id}
        org.tenant = tenant
        org.microsite_host = None
        org.microsite_page_id = None
        org.save(update_fields=["tenant", "microsite_host", "microsite_page_id", "updated_at"])
        self.mirror_roles()
        self.touched = [org]
        self.payload = {
            "code": org.code,
            "before": old,
            "after": {"schema_name": tenant.schema_name, "domain": result.domain.domain},
            "pages": len(transfer.pages),
            "images": len(transfer.images),
            "documents": len(transfer.documents),
            "redirects": len(transfer.pages),
        }
        return tenant

    def summary(self):
        return f"Nâng trang con của {self.org.name} ({self.org.code}) thành trang riêng"
