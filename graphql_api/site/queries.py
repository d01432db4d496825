import strawberry
from django.db import connection
from wagtail.models import Site

from graphql_api.content.scope import OrganizationArgument
from graphql_api.content.visibility import visibility_for
from graphql_api.site.types import SiteType


@strawberry.type
class SiteQuery:
    @strawberry.field(
        extensions=[OrganizationArgument()],
        description="Đơn vị (hoặc trang con của tổ chức) phục vụ tên miền đang gọi API.",
    )
    def site(self, info: strawberry.Info) -> SiteType:
        tenant = connection.tenant
        request = info.context.request
        site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
        visibility = visibility_for(info)
        root = visibility.root
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
