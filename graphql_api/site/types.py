import strawberry


@strawberry.type(name="Site", description="Trang của đơn vị (tenant) phục vụ tên miền này.")
class SiteType:
    name: str = strawberry.field(description="Tên đơn vị.")
    short_name: str
    kind: str = strawberry.field(description="Loại đơn vị (national_federation, …).")
    hostname: str
    root_page_id: strawberry.ID = strawberry.field(description="ID trang chủ.")
