"""Filters and orderings shared by page lists."""

from __future__ import annotations

import datetime
from enum import Enum

import strawberry
import strawberry_django
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet
from graphql import GraphQLError
from wagtail.models import Page

from graphql_api.content.types import PAGE_TYPE_NAMES


def parse_id(value, what: str = "trang") -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise GraphQLError(f"ID {what} không hợp lệ: {value!r} (cần một số).") from None


def content_types_for(names: list[str]) -> list[int]:
    """Content type ids of the page types named by their GraphQL type names."""
    by_name = {name: model for model, name in PAGE_TYPE_NAMES.items()}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise GraphQLError(
            f"Loại trang không tồn tại: {', '.join(unknown)}. "
            f"Chọn trong: {', '.join(sorted(by_name))}."
        )
    return [ContentType.objects.get_for_model(by_name[name]).pk for name in names]


def _page_path(value) -> tuple[str, int] | None:
    row = Page.objects.filter(pk=parse_id(value)).values_list("path", "depth").first()
    return tuple(row) if row else None


@strawberry_django.filter_type(Page, lookups=False)
class PageFilter:
    @strawberry_django.filter_field(description="Tên kiểu trang (pageType), ví dụ NewsArticlePage.")
    def types(self, queryset: QuerySet, value: list[str], prefix: str) -> tuple[QuerySet, Q]:
        return queryset, Q(**{f"{prefix}content_type_id__in": content_types_for(value)})

    @strawberry_django.filter_field(description="Chỉ các trang con trực tiếp của trang có ID này.")
    def child_of(self, queryset: QuerySet, value: strawberry.ID, prefix: str) -> tuple[QuerySet, Q]:
        found = _page_path(value)
        if found is None:
            return queryset, Q(pk__in=[])
        path, depth = found
        return queryset, Q(**{f"{prefix}path__startswith": path, f"{prefix}depth": depth + 1})

    @strawberry_django.filter_field(description="Chỉ các trang nằm dưới trang có ID này.")
    def descendant_of(
        self, queryset: QuerySet, value: strawberry.ID, prefix: str
    ) -> tuple[QuerySet, Q]:
        found = _page_path(value)
        if found is None:
            return queryset, Q(pk__in=[])
        path, depth = found
        return queryset, Q(**{f"{prefix}path__startswith": path, f"{prefix}depth__gt": depth})

    @strawberry_django.filter_field(description="Xuất bản lần đầu từ thời điểm này trở đi.")
    def published_after(
        self, queryset: QuerySet, value: datetime.datetime, prefix: str
    ) -> tuple[QuerySet, Q]:
        return queryset, Q(**{f"{prefix}first_published_at__gte": value})

    @strawberry_django.filter_field(description="Xuất bản lần đầu trước thời điểm này.")
    def published_before(
        self, queryset: QuerySet, value: datetime.datetime, prefix: str
    ) -> tuple[QuerySet, Q]:
        return queryset, Q(**{f"{prefix}first_published_at__lt": value})


@strawberry.enum(name="PageOrder", description="Thứ tự sắp xếp danh sách trang.")
class PageOrder(Enum):
    NEWEST = "newest"
    OLDEST = "oldest"
    TITLE = "title"
    UPDATED = "updated"
    TREE = "tree"


PAGE_ORDERING = {
    PageOrder.NEWEST: ("-first_published_at", "-id"),
    PageOrder.OLDEST: ("first_published_at", "id"),
    PageOrder.TITLE: ("title", "id"),
    PageOrder.UPDATED: ("-last_published_at", "-id"),
    PageOrder.TREE: ("path",),
}
