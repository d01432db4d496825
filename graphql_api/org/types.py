"""Public view of the union org tree: names, levels, contacts and where content lives."""

from __future__ import annotations

import datetime
from enum import Enum

import strawberry
import strawberry_django
from strawberry import relay

from graphql_api.pagination import BoundedConnection
from hierarchy.models import Kind, Level, Organization, Status

OrgLevel = strawberry.enum(
    Enum("OrgLevel", {level.name: level.value for level in Level}),
    description="Cấp tổ chức: 1 Tổng Liên đoàn … 5 công đoàn bộ phận/tổ công đoàn.",
)
OrgKind = strawberry.enum(
    Enum("OrgKind", {kind.name: kind.value for kind in Kind}), description="Loại tổ chức."
)
OrgStatus = strawberry.enum(
    Enum("OrgStatus", {status.name: status.value for status in Status}),
    description="Trạng thái: đang hoạt động, đã hợp nhất, đã giải thể.",
)


@strawberry.type(description="Nơi đăng nội dung của một tổ chức.")
class ContentHome:
    tenant_name: str = strawberry.field(description="Đơn vị có trang riêng chứa nội dung.")
    hostname: str | None = strawberry.field(description="Tên miền của trang đó.")
    is_own_tenant: bool = strawberry.field(
        description="true: tổ chức có trang riêng; false: trang con lưu trên trang cấp trên."
    )
    microsite_page_id: strawberry.ID | None = strawberry.field(
        description="ID trang gốc của trang con (trong trang của đơn vị lưu trữ)."
    )


def _primary_hostname(tenant) -> str | None:
    domains = getattr(tenant, "_prefetched_objects_cache", {}).get("domains")
    if domains is None:
        domains = tenant.domains.all()
    for domain in domains:
        if domain.is_primary:
            return domain.domain
    return None


@strawberry_django.type(Organization, name="Organization", description="Một tổ chức công đoàn.")
class OrganizationType(relay.Node):
    code: str = strawberry_django.field(description="Mã đơn vị (ổn định).")
    name: str
    short_name: str
    member_count: int = strawberry_django.field(description="Số đoàn viên.")
    sort_order: int
    email: str
    phone: str
    address: str
    website: str
    valid_from: datetime.date | None
    valid_to: datetime.date | None
    depth: int = strawberry_django.field(description="Độ sâu trong cây (gốc = 1).")

    @strawberry_django.field(only=["level"])
    def level(self, root: Organization) -> OrgLevel:  # type: ignore[valid-type]
        return OrgLevel(root.level)

    @strawberry_django.field(only=["kind"])
    def kind(self, root: Organization) -> OrgKind:  # type: ignore[valid-type]
        return OrgKind(root.kind)

    @strawberry_django.field(only=["status"])
    def status(self, root: Organization) -> OrgStatus:  # type: ignore[valid-type]
        return OrgStatus(root.status)

    @strawberry_django.field(only=["numchild"], description="Số đơn vị trực thuộc trực tiếp.")
    def child_count(self, root: Organization) -> int:
        return root.numchild

    @strawberry_django.field(
        only=["path"], description="Số đơn vị trong toàn bộ cây con (không tính đơn vị này)."
    )
    def subtree_count(self, root: Organization) -> int:
        return Organization.objects.filter(path__startswith=root.path).count() - 1

    @strawberry_django.field(only=["path"], description="Các cấp trên, từ gốc xuống.")
    def ancestors(self, root: Organization) -> list[OrganizationType]:
        return list(root.ancestors_and_self().exclude(pk=root.pk))

    @strawberry_django.field(only=["path"])
    def parent(self, root: Organization) -> OrganizationType | None:
        if root.depth <= 1:
            return None
        return Organization.objects.filter(path=root.parent_path).first()

    @strawberry_django.field(
        only=["path", "tenant_id", "microsite_host_id", "microsite_page_id"],
        description="Trang chứa nội dung của tổ chức: trang riêng hoặc trang cấp trên lưu trữ.",
    )
    def content_home(self, root: Organization) -> ContentHome | None:
        tenant = root.hosting_tenant()
        if tenant is None:
            return None
        return ContentHome(
            tenant_name=tenant.name,
            hostname=_primary_hostname(tenant),
            is_own_tenant=root.tenant_id == tenant.pk,
            microsite_page_id=(
                strawberry.ID(str(root.microsite_page_id)) if root.microsite_page_id else None
            ),
        )


OrganizationConnection = BoundedConnection[OrganizationType]
