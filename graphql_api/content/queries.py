"""Content entry points: pages by id, URL path or slug; page lists; drafts by preview token;
images and documents by id."""

from __future__ import annotations

import strawberry
import strawberry_django
from django.conf import settings
from django.db.models import QuerySet
from graphql import GraphQLError
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from graphql_api.content.filters import PAGE_ORDERING, PageFilter, PageOrder, parse_id
from graphql_api.content.preview import PreviewTokenError, draft_for_token
from graphql_api.content.scope import OrganizationArgument
from graphql_api.content.specific import load_specific
from graphql_api.content.types import DocumentType, ImageType, PageConnection, PageInterface
from graphql_api.content.visibility import visibility_for


def find_page(info, *, id=None, url_path=None, slug=None) -> Page | None:
    given = [name for name, value in (("id", id), ("urlPath", url_path), ("slug", slug)) if value]
    if len(given) != 1:
        raise GraphQLError("Cần đúng một trong các tham số id, urlPath hoặc slug.")
    visibility = visibility_for(info)
    queryset = visibility.pages(Page.objects.all())
    if id:
        queryset = queryset.filter(pk=parse_id(id))
    elif url_path:
        queryset = queryset.filter(url_path=visibility.absolute_url_path(url_path))
    else:
        queryset = queryset.filter(slug=slug.strip().lower()).order_by("depth", "path")
    base = queryset.only("id", "content_type_id").first()
    if base is None:
        return None
    return next(iter(load_specific([base], info)), None)


@strawberry.type
class ContentQuery:
    @strawberry_django.field(
        extensions=[OrganizationArgument()],
        description=(
            "Một trang theo id, urlPath (ví dụ /tin-tuc/bai-a/) hoặc slug. Slug chỉ duy nhất "
            "giữa các trang cùng cấp: khi trùng, trả về trang ở cấp cao nhất."
        ),
    )
    def page(
        self,
        info: strawberry.Info,
        id: strawberry.ID | None = None,
        url_path: str | None = None,
        slug: str | None = None,
    ) -> PageInterface | None:
        return find_page(info, id=id, url_path=url_path, slug=slug)

    @strawberry_django.connection(
        PageConnection,
        filters=PageFilter,
        max_results=settings.GRAPHQL_MAX_PAGE_SIZE,
        extensions=[OrganizationArgument()],
        description="Danh sách trang mọi loại (lọc theo loại, vị trí trong cây, ngày đăng).",
    )
    def pages(self, order: PageOrder = PageOrder.NEWEST) -> QuerySet[Page]:
        return Page.objects.order_by(*PAGE_ORDERING[order])

    @strawberry_django.field(
        extensions=[OrganizationArgument()],
        description=(
            "Bản nháp mới nhất của trang ghi trong mã xem trước (mã có hạn, cấp từ trang quản "
            "trị). Không có mã hợp lệ thì không bao giờ trả về bản nháp."
        ),
    )
    def preview_page(self, info: strawberry.Info, token: str) -> PageInterface | None:
        try:
            return draft_for_token(token, visibility_for(info))
        except PreviewTokenError as exc:
            raise GraphQLError(str(exc)) from exc

    @strawberry_django.field(description="Một ảnh theo ID (ảnh trong thư mục riêng tư: null).")
    def image(self, id: strawberry.ID) -> ImageType | None:
        return Image.objects.filter(pk=parse_id(id, "ảnh"))

    @strawberry_django.field(description="Một tệp tài liệu theo ID.")
    def document(self, id: strawberry.ID) -> DocumentType | None:
        return Document.objects.filter(pk=parse_id(id, "tài liệu"))
