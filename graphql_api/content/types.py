"""The ``Page`` interface, the fallback ``GenericPage`` type and the media types.

Every type here filters its querysets through the request's ``Visibility`` in
``get_queryset``, which strawberry-django runs for top-level lists, nested relations and the
optimizer's prefetches alike.
"""

from __future__ import annotations

import datetime
import json
from enum import Enum

import strawberry
import strawberry_django
from django.conf import settings
from django.db.models import Expression, F, QuerySet, TextField
from strawberry.types.cast import get_strawberry_type_cast
from wagtail.documents.models import Document
from wagtail.images.models import Filter, Image
from wagtail.models import Collection, Page

from cms.renditions import filter_spec_for, rendition_names, rendition_specs
from graphql_api.content.relations import prefetch, related_one
from graphql_api.content.specific import load_specific, model_for_content_type
from graphql_api.content.visibility import request_of, visibility_for
from graphql_api.pagination import BoundedConnection

# model class -> GraphQL type name and class of its concrete type (``register_page_type``)
PAGE_TYPE_NAMES: dict[type, str] = {}
PAGE_TYPE_CLASSES: dict[str, type] = {}
GENERIC_PAGE = "GenericPage"


def register_page_type(model: type[Page], type_class: type) -> None:
    name = type_class.__strawberry_definition__.name
    PAGE_TYPE_NAMES[model] = name
    PAGE_TYPE_CLASSES[name] = type_class


def page_type_name_for_class(model: type) -> str:
    for cls in model.__mro__:
        name = PAGE_TYPE_NAMES.get(cls)
        if name is not None:
            return name
    return GENERIC_PAGE


def page_type_name(obj) -> str:
    cast = get_strawberry_type_cast(obj)
    if cast is not None:
        return cast.__strawberry_definition__.name
    if type(obj) is Page and "content_type_id" in obj.__dict__:
        return page_type_name_for_class(model_for_content_type(obj.content_type_id) or Page)
    return page_type_name_for_class(type(obj))


def _selects_specific_fields(info) -> bool:
    """Whether the connection's ``node`` selection names a concrete page type (a fragment on
    anything but ``Page``): then nodes must be specific instances."""

    def specific(selections) -> bool:
        for selection in selections:
            condition = getattr(selection, "type_condition", None)
            if condition is not None and (condition != "Page" or specific(selection.selections)):
                return True
        return False

    for field in info.selected_fields:
        for edges in field.selections:
            if getattr(edges, "name", None) != "edges":
                continue
            for node in edges.selections:
                if getattr(node, "name", None) == "node" and specific(node.selections):
                    return True
    return False


def absolute_url(info, url: str | None) -> str | None:
    """Media and document URLs as absolute URLs on the tenant's host (frontends live on
    other origins); URLs that are already absolute (object storage) are kept."""
    if not url:
        return None
    if "://" in url:
        return url
    request = request_of(info)
    if request is None:
        return url
    base = getattr(request, "_congdoan_base_url", None)
    if base is None:
        base = request._congdoan_base_url = request.build_absolute_uri("/").rstrip("/")
    return base + url if url.startswith("/") else request.build_absolute_uri(url)


@strawberry_django.type(Collection, name="Collection", description="Thư mục ảnh/tài liệu.")
class CollectionType:
    id: strawberry.ID
    name: str

    @classmethod
    def get_queryset(cls, queryset: QuerySet, info, **kwargs) -> QuerySet:
        return visibility_for(info).collections(queryset)


def _collections(info) -> QuerySet:
    return visibility_for(info).collections(Collection.objects.all())


def collection_field():
    def resolver(root, info: strawberry.Info) -> CollectionType | None:
        return related_one(root, "collection", info, _collections)

    return strawberry_django.field(
        resolver=resolver,
        only=["collection"],
        prefetch_related=[prefetch("collection", _collections)],
        description="Thư mục chứa tệp (null ở thư mục gốc).",
    )


RenditionSize = strawberry.enum(
    Enum("RenditionSize", {name.upper(): name for name in rendition_names()}),
    description="Kích thước ảnh được phép (settings.CMS_RENDITIONS); không nhận kích thước khác.",
)

# Everything a rendition look-up reads from the image row.
RENDITION_FIELDS = [
    "file",
    "file_hash",
    "width",
    "height",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
]


class _RenditionsJSON(Expression):
    """The image's existing renditions of the allowed sizes as a JSON array, computed in the
    image's own statement (Django's prefetch would cost a second statement per list)."""

    output_field = TextField()

    def __init__(self):
        super().__init__()
        self.image_id = F("id")

    def get_source_expressions(self):
        return [self.image_id]

    def set_source_expressions(self, expressions):
        (self.image_id,) = expressions

    def as_sql(self, compiler, connection):
        column, params = compiler.compile(self.image_id)
        table = Image.get_rendition_model()._meta.db_table
        sql = (
            "(SELECT coalesce(json_agg(json_build_array(cgd_r.id, cgd_r.filter_spec, "
            "cgd_r.file, cgd_r.width, cgd_r.height, cgd_r.focal_point_key)), '[]') "
            f"FROM {table} cgd_r WHERE cgd_r.image_id = {column} AND cgd_r.filter_spec = ANY(%s))"
        )
        return sql, [*params, list(rendition_specs().values())]


RENDITIONS_ATTR = "gql_renditions"


def with_renditions(queryset: QuerySet) -> QuerySet:
    """Images with their allowed renditions attached (see ``rendition_of``)."""
    return queryset.annotate(**{RENDITIONS_ATTR: _RenditionsJSON()})


def _attach_renditions(image: Image) -> None:
    raw = image.__dict__.get(RENDITIONS_ATTR)
    if raw is None or "prefetched_renditions" in image.__dict__:
        return
    rendition_model = Image.get_rendition_model()
    image.prefetched_renditions = [
        rendition_model(
            id=rid,
            image=image,
            filter_spec=spec,
            file=file,
            width=w,
            height=h,
            focal_point_key=key,
        )
        for rid, spec, file, w, h, key in (json.loads(raw) if isinstance(raw, str) else raw)
    ]


# One Filter per allowed size: a Filter parses its spec into operations once (Wagtail's
# parsing via inspect costs ~0.1 ms, which per image would dominate a feed).
_FILTERS: dict[str, Filter] = {}


def rendition_filter(name: str) -> Filter:
    spec = filter_spec_for(name)
    found = _FILTERS.get(spec)
    if found is None:
        found = _FILTERS[spec] = Filter(spec=spec)
    return found


def rendition_of(image: Image, name: str):
    """The named rendition: from the prefetched ones when present, else created now."""
    spec = rendition_filter(name)
    _attach_renditions(image)
    found = image.find_existing_renditions(spec)
    return found[spec] if spec in found else image.get_rendition(spec)


@strawberry.type(name="Rendition", description="Một kích thước của ảnh.")
class RenditionType:
    url: str = strawberry.field(description="Địa chỉ tuyệt đối của tệp ảnh.")
    width: int
    height: int


@strawberry_django.type(Image, name="Image", description="Ảnh (ngoài thư mục riêng tư).")
class ImageType:
    id: strawberry.ID
    title: str
    description: str = strawberry_django.field(description="Mô tả thay thế (alt) của ảnh.")
    width: int
    height: int
    created_at: datetime.datetime
    collection = collection_field()

    @strawberry_django.field(
        only=["focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height"],
        description="Tâm ảnh do biên tập viên chọn (x, y, rộng, cao; điểm ảnh), nếu có.",
    )
    def focal_point(self, root: Image) -> list[int] | None:
        if root.focal_point_x is None:
            return None
        return [
            root.focal_point_x,
            root.focal_point_y,
            root.focal_point_width,
            root.focal_point_height,
        ]

    @strawberry_django.field(
        only=RENDITION_FIELDS,
        annotate={RENDITIONS_ATTR: lambda info: _RenditionsJSON()},
        description="Ảnh ở một kích thước cho phép (tạo lần đầu khi cần, sau đó dùng lại).",
    )
    def rendition(self, root: Image, info: strawberry.Info, size: RenditionSize) -> RenditionType:  # type: ignore[valid-type]
        rendition = rendition_of(root, size.value)
        return RenditionType(
            url=absolute_url(info, rendition.url), width=rendition.width, height=rendition.height
        )

    @strawberry_django.field(
        only=RENDITION_FIELDS,
        annotate={RENDITIONS_ATTR: lambda info: _RenditionsJSON()},
        description="Giá trị srcset cho thẻ <img>: “url 640w, url 1600w” theo các kích thước.",
    )
    def src_set(self, root: Image, info: strawberry.Info, sizes: list[RenditionSize]) -> str:  # type: ignore[valid-type]
        parts = []
        for size in dict.fromkeys(sizes):  # each size once, however often it is asked for
            rendition = rendition_of(root, size.value)
            parts.append(f"{absolute_url(info, rendition.url)} {rendition.width}w")
        return ", ".join(parts)

    @classmethod
    def get_queryset(cls, queryset: QuerySet, info, **kwargs) -> QuerySet:
        return visibility_for(info).media(queryset)


@strawberry_django.type(Document, name="Document", description="Tệp tài liệu đính kèm.")
class DocumentType:
    id: strawberry.ID
    title: str
    created_at: datetime.datetime
    collection = collection_field()

    @strawberry_django.field(only=["file_size"], description="Kích thước tệp (byte).")
    def file_size(self, root: Document) -> int | None:
        return root.file_size

    @strawberry_django.field(only=["file"], description="Phần mở rộng của tệp, ví dụ pdf.")
    def file_extension(self, root: Document) -> str:
        return root.file_extension

    @strawberry_django.field(only=["file"], description="Địa chỉ tải tệp (tuyệt đối).")
    def url(self, root: Document, info: strawberry.Info) -> str | None:
        return absolute_url(info, root.url)

    @classmethod
    def get_queryset(cls, queryset: QuerySet, info, **kwargs) -> QuerySet:
        return visibility_for(info).media(queryset)


@strawberry_django.interface(Page, name="Page", description="Trang nội dung (mọi loại trang).")
class PageInterface:
    id: strawberry.ID = strawberry_django.field(description="ID của trang trong đơn vị.")
    title: str
    slug: str
    seo_title: str = strawberry_django.field(description="Tiêu đề SEO (trống: dùng title).")
    search_description: str = strawberry_django.field(description="Mô tả cho máy tìm kiếm.")
    show_in_menus: bool
    first_published_at: datetime.datetime | None
    last_published_at: datetime.datetime | None

    @strawberry_django.field(
        only=["url_path"],
        description=(
            "Đường dẫn của trang, tính từ trang chủ (hoặc từ trang gốc của trang con khi gọi "
            "với organization), ví dụ /tin-tuc/bai-viet-a/."
        ),
    )
    def url_path(self, root: Page, info: strawberry.Info) -> str:
        return visibility_for(info).relative_url_path(root.url_path)

    @strawberry_django.field(
        only=["content_type_id"], description="Tên kiểu GraphQL của trang, ví dụ ArticlePage."
    )
    def page_type(self, root: Page) -> str:
        return page_type_name(root)

    @strawberry_django.field(description="true khi đây là bản nháp mở bằng mã xem trước.")
    def is_preview(self, root: Page) -> bool:
        return bool(getattr(root, "_congdoan_preview", False))

    @strawberry_django.field(
        only=["path", "depth"], description="Trang cha (null ở trang chủ hoặc ngoài phạm vi)."
    )
    def parent(self, root: Page, info: strawberry.Info) -> PageInterface | None:
        if root.depth <= 1:
            return None
        parents = visibility_for(info).pages(Page.objects.filter(path=root.path[: -Page.steplen]))
        return next(iter(load_specific(parents, info)), None)

    @strawberry_django.field(
        only=["path"], description="Các trang cấp trên, từ trang chủ xuống (breadcrumb)."
    )
    def ancestors(self, root: Page, info: strawberry.Info) -> list[PageInterface]:
        paths = [root.path[:i] for i in range(Page.steplen, len(root.path), Page.steplen)]
        queryset = visibility_for(info).pages(Page.objects.filter(path__in=paths))
        return load_specific(queryset.order_by("path"), info)

    @strawberry_django.field(
        only=["path", "depth"],
        description="Các trang con hiển thị được, theo thứ tự trong cây trang.",
    )
    def children(
        self,
        root: Page,
        info: strawberry.Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> PageConnection:
        queryset = visibility_for(info).pages(Page.objects.child_of(root)).order_by("path")
        return PageConnection.resolve_connection(
            queryset,
            info=info,
            first=first,
            after=after,
            last=last,
            before=before,
            max_results=settings.GRAPHQL_MAX_PAGE_SIZE,
        )

    @classmethod
    def get_queryset(cls, queryset: QuerySet, info, **kwargs) -> QuerySet:
        return visibility_for(info).pages(queryset)

    @classmethod
    def resolve_type(cls, obj, info, abstract_type) -> str:
        return page_type_name(obj)


@strawberry.type(name="PageConnection", description="Một trang kết quả gồm nhiều loại trang.")
class PageConnection(BoundedConnection[PageInterface]):
    """Base ``Page`` rows are fetched (and counted) in one statement, then replaced by their
    specific instances, one optimized statement per page type present."""

    @classmethod
    def resolve_connection(cls, nodes, *, info, **kwargs):
        if isinstance(nodes, QuerySet):
            # The specific class is read from content_type_id, whatever the selection.
            fields, defer = nodes.query.deferred_loading
            if fields and not defer and "content_type_id" not in fields:
                nodes = nodes.only(*fields, "content_type_id")
        connection = super().resolve_connection(nodes, info=info, **kwargs)
        if not _selects_specific_fields(info):
            # Only Page fields are selected: the base rows serve, typed by their content
            # type (no statement for the specific rows).
            for edge in connection.edges:
                name = page_type_name(edge.node)
                strawberry.cast(PAGE_TYPE_CLASSES.get(name, GenericPage), edge.node)
            return connection
        specific = load_specific((edge.node for edge in connection.edges), info)
        by_id = {page.pk: page for page in specific}
        edges = [edge for edge in connection.edges if edge.node.pk in by_id]
        for edge in edges:
            total = getattr(edge.node, "_strawberry_total_count", None)
            edge.node = by_id[edge.node.pk]
            if total is not None:  # the window count of the base rows (no COUNT statement)
                edge.node._strawberry_total_count = total
        connection.edges = edges
        return connection


@strawberry_django.type(Page, name=GENERIC_PAGE, description="Trang không có kiểu riêng.")
class GenericPage(PageInterface):
    pass


register_page_type(Page, GenericPage)


ImageConnection = BoundedConnection[ImageType]
DocumentConnection = BoundedConnection[DocumentType]
