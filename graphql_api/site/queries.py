import strawberry
from django.core.cache import cache
from django.db import connection
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site

from delivery import collector, tags
from graphql_api.content.scope import OrganizationArgument
from graphql_api.content.visibility import visibility_for
from graphql_api.site.types import SiteType

SITE_KEY = "graphql:site:{}"  # per hostname; keys are prefixed with the tenant's schema


def site_for(request) -> Site:
    """The request's Wagtail site, cached per host (Wagtail's own look-up is a statement per
    request); dropped whenever a site is saved or deleted."""
    key = SITE_KEY.format(request.get_host().split(":")[0])
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
        cache.set(key, site, 300)
    return site


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def _site_changed(sender, instance, **kwargs):
    cache.delete_many([SITE_KEY.format(instance.hostname), SITE_KEY.format("")])


@strawberry.type
class SiteQuery:
    @strawberry.field(
        extensions=[OrganizationArgument()],
        description="Đơn vị (hoặc trang con của tổ chức) phục vụ tên miền đang gọi API.",
    )
    def site(self, info: strawberry.Info) -> SiteType:
        tenant = connection.tenant
        collector.add(tags.settings(connection.schema_name))
        if visibility_for(info).organization:
            collector.add(tags.org_tree())  # a microsite's name comes from the org tree
        site = site_for(info.context.request)
        root = visibility_for(info).root
        root_page_id = root.page_id or site.root_page_id
        organization = root.organization or {}
        return SiteType(
            name=organization.get("name", tenant.name),
            short_name=organization.get("short_name", tenant.short_name),
            kind=organization.get("kind", tenant.kind),
            hostname=site.hostname,
            root_page_id=strawberry.ID(str(root_page_id)),
            organization_code=organization.get("code"),
            wagtail_site=site,
        )
