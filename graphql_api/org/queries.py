import strawberry
import strawberry_django
from django.conf import settings
from django.db.models import QuerySet

from delivery import collector, tags
from graphql_api.org.filters import OrganizationFilter
from graphql_api.org.types import OrganizationConnection, OrganizationType
from hierarchy.models import Organization


def _org_queryset() -> QuerySet:
    collector.add(tags.org_tree())
    return Organization.objects.select_related("tenant").order_by("path")


@strawberry.type
class OrgQuery:
    @strawberry_django.field(description="Một tổ chức theo mã đơn vị.")
    def organization(self, code: str) -> OrganizationType | None:
        return _org_queryset().filter(code=code).first()

    @strawberry_django.connection(
        OrganizationConnection,
        filters=OrganizationFilter,
        max_results=settings.GRAPHQL_MAX_PAGE_SIZE,
        description="Danh sách tổ chức (lọc theo cấp, loại, trạng thái, cây con; tìm theo tên).",
    )
    def organizations(self) -> QuerySet[Organization]:
        return _org_queryset()

    @strawberry_django.connection(
        OrganizationConnection,
        max_results=settings.GRAPHQL_MAX_PAGE_SIZE,
        description="Các đơn vị trực thuộc trực tiếp của một tổ chức, theo thứ tự hiển thị.",
    )
    def children(self, code: str) -> QuerySet[Organization]:
        collector.add(tags.org_tree())
        parent = Organization.objects.filter(code=code).only("path", "depth").first()
        if parent is None:
            return Organization.objects.none()
        return Organization.objects.filter(
            path__startswith=parent.path, depth=parent.depth + 1
        ).order_by("sort_order", "path")
