"""Content entry points: pages by id, URL path or slug; page lists; drafts by preview token;
images and documents by id."""

from __future__ import annotations

from collections import OrderedDict

import strawberry
import strawberry_django
from django.conf import settings
from django.db import connection
from django.db.models import QuerySet
from graphql import GraphQLError
from strawberry_django.optimizer import optimizer
from wagtail.models import Page

from cms.models import (
    ArticlePage,
    CampaignPage,
    DocumentPage,
    EventPage,
    FormPage,
    GalleryPage,
    InfographicPage,
    Menu,
    ModelStoryPage,
    PolicyPage,
    QuestionPage,
    SectionPage,
    Topic,
    VideoPage,
)
from cms.search import MAX_QUERY_LENGTH, search_pages
from delivery import collector, tags
from graphql_api.content.filters import (
    PAGE_ORDERING,
    ArticleFilter,
    CampaignFilter,
    ContentFilter,
    ContentOrder,
    DocumentFilter,
    EventFilter,
    PageFilter,
    PageOrder,
    PolicyFilter,
    QuestionFilter,
    TopicalFilter,
    content_ordering,
    content_types_for,
    parse_id,
)
from graphql_api.content.pages import (
    ArticlePageType,
    CampaignPageType,
    DocumentPageType,
    EventPageType,
    FormPageType,
    GalleryPageType,
    InfographicPageType,
    ModelStoryPageType,
    PolicyPageType,
    QuestionPageType,
    SectionPageType,
    VideoPageType,
)
from graphql_api.content.preview import PreviewTokenError, draft_for_token
from graphql_api.content.scope import OrganizationArgument
from graphql_api.content.snippets import MenuLocation, MenuType, TopicType
from graphql_api.content.specific import (
    content_type_id_for,
    load_specific,
    model_for_content_type,
)
from graphql_api.content.types import PAGE_TYPE_NAMES, PageConnection, PageInterface
from graphql_api.content.visibility import visibility_for
from graphql_api.pagination import BoundedConnection

# (schema, look-up) -> content type id of the page last found by it. A page's type never
# changes, so a hit lets a look-up by id or URL path query the specific table directly (one
# statement instead of two); a stale entry (page moved, deleted, replaced) simply finds
# nothing there and the look-up falls back to the base table.
_PAGE_TYPES: OrderedDict[tuple, int] = OrderedDict()
_PAGE_TYPES_MAX = 20_000


def _remember_type(key: tuple, content_type_id: int) -> None:
    _PAGE_TYPES[key] = content_type_id
    _PAGE_TYPES.move_to_end(key)
    if len(_PAGE_TYPES) > _PAGE_TYPES_MAX:
        _PAGE_TYPES.popitem(last=False)


def _specific_lookup(info, model, condition: dict) -> Page | None:
    queryset = visibility_for(info).pages(model._default_manager.filter(**condition))
    extension = optimizer.get()
    if extension is not None:
        queryset = extension.optimize(queryset, info=info)
    names, deferred = queryset.query.deferred_loading
    if names and not deferred:
        # The type check below reads content_type_id: load it with the row (the optimizer's
        # only() leaves it out, and reading it afterwards costs a statement).
        queryset.query.deferred_loading = (frozenset(names) | {"content_type"}, False)
    return queryset.first()


def _only_fragment_model(info) -> type[Page] | None:
    """The page model when the selection names exactly one concrete page type
    (``page(id: …) { … on ArticlePage { … } }``): a look-up not seen before then tries that
    type's table first (one statement; a page of another type falls back to the base table)."""
    names = set()
    for field in info.selected_fields:
        for selection in field.selections:
            condition = getattr(selection, "type_condition", None)
            if condition and condition != "Page":
                names.add(condition)
    if len(names) != 1:
        return None
    name = names.pop()
    return next((m for m, n in PAGE_TYPE_NAMES.items() if n == name and m is not Page), None)


def find_page(info, *, id=None, url_path=None, slug=None) -> Page | None:
    given = [name for name, value in (("id", id), ("urlPath", url_path), ("slug", slug)) if value]
    if len(given) != 1:
        raise GraphQLError("Cần đúng một trong các tham số id, urlPath hoặc slug.")
    visibility = visibility_for(info)
    if id:
        condition = {"pk": parse_id(id)}
    elif url_path:
        condition = {"url_path": visibility.absolute_url_path(url_path)}
    else:
        condition = None
    if condition is not None:
        key = (connection.schema_name, *next(iter(condition.items())))
        known = _PAGE_TYPES.get(key)
        model = model_for_content_type(known) if known else _only_fragment_model(info)
        if model is not None:
            page = _specific_lookup(info, model, condition)
            if page is not None and (known or page.content_type_id == content_type_id_for(model)):
                if known is None:
                    _remember_type(key, page.content_type_id)
                return page
        queryset = visibility.pages(Page.objects.filter(**condition))
    else:
        queryset = visibility.pages(Page.objects.filter(slug=slug.strip().lower()))
        queryset = queryset.order_by("depth", "path")
    base = queryset.only("id", "content_type_id").first()
    if base is None:
        return None
    if condition is not None:
        _remember_type(key, base.content_type_id)
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
        collector.forbid()  # a draft is never cached, whatever the token says
        try:
            return draft_for_token(token, visibility_for(info))
        except PreviewTokenError as exc:
            raise GraphQLError(str(exc)) from exc


def _typed_list(model, node_type, filters, description: str):
    """A relay connection over one page type, visible pages only (the type's get_queryset),
    filtered, ordered and bounded to GRAPHQL_MAX_PAGE_SIZE per page."""

    def resolver(order: ContentOrder = ContentOrder.NEWEST) -> QuerySet:
        return model.objects.order_by(*content_ordering(model, order))

    return strawberry_django.connection(
        BoundedConnection[node_type],
        resolver=resolver,
        filters=filters,
        max_results=settings.GRAPHQL_MAX_PAGE_SIZE,
        extensions=[OrganizationArgument()],
        description=description,
    )


@strawberry.type
class TypedListsQuery:
    articles = _typed_list(ArticlePage, ArticlePageType, ArticleFilter, "Tin bài.")
    policies = _typed_list(PolicyPage, PolicyPageType, PolicyFilter, "Giải thích chính sách.")
    official_documents = _typed_list(
        DocumentPage,
        DocumentPageType,
        DocumentFilter,
        "Văn bản (lọc theo loại, số hiệu, tình trạng, cơ quan ban hành, ngày ký).",
    )
    campaigns = _typed_list(CampaignPage, CampaignPageType, CampaignFilter, "Chiến dịch.")
    events = _typed_list(EventPage, EventPageType, EventFilter, "Sự kiện.")
    questions = _typed_list(QuestionPage, QuestionPageType, QuestionFilter, "Hỏi - đáp.")
    galleries = _typed_list(GalleryPage, GalleryPageType, TopicalFilter, "Bộ ảnh.")
    videos = _typed_list(VideoPage, VideoPageType, TopicalFilter, "Video.")
    infographics = _typed_list(
        InfographicPage, InfographicPageType, TopicalFilter, "Đồ họa thông tin."
    )
    model_stories = _typed_list(
        ModelStoryPage, ModelStoryPageType, TopicalFilter, "Gương điển hình."
    )
    forms = _typed_list(FormPage, FormPageType, ContentFilter, "Biểu mẫu.")
    sections = _typed_list(SectionPage, SectionPageType, ContentFilter, "Chuyên mục.")


@strawberry.type
class TaxonomyQuery:
    @strawberry_django.field(description="Mọi chủ đề, theo thứ tự hiển thị.")
    def topics(self) -> list[TopicType]:
        return Topic.objects.all()

    @strawberry_django.field(description="Một chủ đề theo slug.")
    def topic(self, slug: str) -> TopicType | None:
        return Topic.objects.filter(slug=slug.strip().lower())

    @strawberry_django.field(extensions=[OrganizationArgument()], description="Mọi menu.")
    def menus(self) -> list[MenuType]:
        collector.add(tags.menus(connection.schema_name))
        return Menu.objects.all()

    @strawberry_django.field(
        extensions=[OrganizationArgument()],
        description="Một menu theo mã (slug) hoặc vị trí (menu đầu tiên ở vị trí đó).",
    )
    def menu(
        self,
        slug: str | None = None,
        location: MenuLocation | None = None,  # type: ignore[valid-type]
    ) -> MenuType | None:
        if bool(slug) == bool(location):
            raise GraphQLError("Cần đúng một trong hai tham số slug hoặc location.")
        collector.add(tags.menus(connection.schema_name))
        if slug:
            return Menu.objects.filter(slug=slug.strip())
        return Menu.objects.filter(location=location.value).order_by("name", "id")


@strawberry.type
class SearchQuery:
    @strawberry_django.connection(
        PageConnection,
        max_results=settings.GRAPHQL_MAX_PAGE_SIZE,
        extensions=[OrganizationArgument()],
        description=(
            "Tìm kiếm tiếng Việt trong nội dung của đơn vị, như ô tìm kiếm của trang quản trị: "
            "có dấu hay không dấu đều tìm được (“cong doan” tìm ra “Công đoàn”), khớp đúng dấu "
            "xếp trước, cụm trong ngoặc kép là cụm từ. Lọc theo loại trang bằng types."
        ),
    )
    def search(
        self, info: strawberry.Info, query: str, types: list[str] | None = None
    ) -> QuerySet[Page]:
        text = (query or "").strip()
        if not text:
            raise GraphQLError("Vui lòng nhập từ khóa tìm kiếm.")
        if len(text) > MAX_QUERY_LENGTH:
            raise GraphQLError(f"Từ khóa tìm kiếm dài tối đa {MAX_QUERY_LENGTH} ký tự.")
        queryset = visibility_for(info).pages(Page.objects.all())
        if types:
            queryset = queryset.filter(content_type_id__in=content_types_for(types))
        return search_pages(text, queryset, lazy_fallback=True)
