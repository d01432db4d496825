"""The ``Page`` interface and the fallback ``GenericPage`` type (media: ``graphql_api.media``).

Every type here filters its querysets through the request's ``Visibility`` in
``get_queryset``, which strawberry-django runs for top-level lists, nested relations and the
optimizer's prefetches alike.
"""

from __future__ import annotations

import datetime

import strawberry
import strawberry_django
from django.conf import settings
from django.db.models import QuerySet
from strawberry.types.cast import get_strawberry_type_cast
from strawberry.types.nodes import FragmentSpread, InlineFragment
from wagtail.models import Page

from graphql_api.content.specific import load_specific, model_for_content_type
from graphql_api.content.visibility import visibility_for
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

    def fields(selections, name):
        """The fields called ``name`` among ``selections``, through fragments (a client may
        put ``edges`` in a fragment on the connection, or ``node`` in one on the edge)."""
        for selection in selections:
            if isinstance(selection, (FragmentSpread, InlineFragment)):
                yield from fields(selection.selections, name)
            elif getattr(selection, "name", None) == name:
                yield selection

    for field in info.selected_fields:
        for edges in fields(field.selections, "edges"):
            for node in fields(edges.selections, "node"):
                if specific(node.selections):
                    return True
    return False


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
