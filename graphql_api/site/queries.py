import strawberry
from django.db import connection
from wagtail.models import Site

from graphql_api.site.types import SiteType


@strawberry.type
class SiteQuery:
    @strawberry.field(description="Đơn vị và trang chủ của tên miền đang gọi API.")
    def site(self, info: strawberry.Info) -> SiteType:
        tenant = connection.tenant
        site = Site.find_for_request(info.context.request) or Site.objects.get(is_default_site=True)
        return SiteType(
            name=tenant.name,
            short_name=tenant.short_name,
            kind=tenant.kind,
            hostname=site.hostname,
            root_page_id=strawberry.ID(str(site.root_page_id)),
        )
