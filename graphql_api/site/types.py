import strawberry
import strawberry_django
from wagtail.images.models import Image
from wagtail.models import Page, Site

from cms.models import SiteSettings
from graphql_api.content.relations import prefetch, related_one, visible_media
from graphql_api.content.specific import load_specific
from graphql_api.content.types import PageInterface
from graphql_api.content.visibility import visibility_for
from graphql_api.media.types import ImageType, with_renditions

IMAGES = visible_media(Image, with_renditions)


@strawberry_django.type(SiteSettings, name="SiteSettings", description="Thông tin chung của site.")
class SiteSettingsType:
    short_name: str
    tagline: str
    address: str
    phone: str
    hotline: str = strawberry_django.field(description="Đường dây nóng.")
    email: str
    facebook_url: str
    zalo_url: str
    youtube_url: str
    tiktok_url: str
    footer_text: str

    @strawberry_django.field(only=["logo"], prefetch_related=[prefetch("logo", IMAGES)])
    def logo(self, root: SiteSettings, info: strawberry.Info) -> ImageType | None:
        return related_one(root, "logo", info, IMAGES)


@strawberry.type(name="Site", description="Trang của đơn vị (tenant) phục vụ tên miền này.")
class SiteType:
    name: str = strawberry.field(description="Tên đơn vị (hoặc tổ chức của trang con).")
    short_name: str
    kind: str = strawberry.field(description="Loại đơn vị (national_federation, …).")
    hostname: str
    root_page_id: strawberry.ID = strawberry.field(
        description="ID trang chủ (trang gốc của trang con khi gọi với organization)."
    )
    organization_code: str | None = strawberry.field(
        description="Mã tổ chức khi yêu cầu được giới hạn trong một trang con."
    )
    wagtail_site: strawberry.Private[Site]

    @strawberry.field(description="Trang chủ (hoặc trang gốc của trang con).")
    def home(self, info: strawberry.Info) -> PageInterface | None:
        pages = visibility_for(info).pages(Page.objects.filter(pk=int(self.root_page_id)))
        return next(iter(load_specific(pages, info)), None)

    @strawberry.field(description="Logo, liên hệ, mạng xã hội, chân trang (của site lưu trữ).")
    def settings(self) -> SiteSettingsType:
        return SiteSettings.for_site(self.wagtail_site)
