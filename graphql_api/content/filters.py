"""Filters and orderings shared by page lists."""

from __future__ import annotations

import datetime
import unicodedata
from enum import Enum

import strawberry
import strawberry_django
from django.db.models import CharField, F, Lookup, Q, QuerySet
from django.utils import timezone
from graphql import GraphQLError
from wagtail.models import Page

from cms.models import (
    ArticlePage,
    CampaignPage,
    DocumentPage,
    EventPage,
    GalleryPage,
    PolicyPage,
    QuestionPage,
)
from cms.models.documents import normalise_document_number
from congdoan.text import nfc
from graphql_api.content.choices import CampaignKind, DocumentKind, DocumentStatus, PolicyArea
from graphql_api.content.specific import content_type_id_for
from graphql_api.content.types import PAGE_TYPE_NAMES


def _vietnamese_letters() -> tuple[str, str]:
    """Every lowercase Vietnamese letter that is not ASCII, and its uppercase, as the two
    arguments of PostgreSQL's ``translate()``."""
    lower = ["đ"]
    for base in "aăâeêioôơuưy":
        for mark in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"):
            letter = unicodedata.normalize("NFC", base + mark)
            if len(letter) == 1 and not letter.isascii():
                lower.append(letter)
    lower_chars = "".join(lower)
    return lower_chars, lower_chars.upper()


VN_LOWER, VN_UPPER = _vietnamese_letters()


@CharField.register_lookup
class VietnameseIExact(Lookup):
    """Case-insensitive equality with Vietnamese case rules on any PostgreSQL: ``upper()``
    follows the database's locale, and a cluster created without one (the embedded
    development server) leaves ``đ``, ``ư``, ``ơ``… alone. ``translate()`` maps them first;
    the value is upper-cased by Python."""

    lookup_name = "vn_iexact"

    def get_db_prep_lookup(self, value, connection):
        return "%s", [nfc(str(value)).upper()]

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return (
            f"upper(translate({lhs}, %s, %s)) = {rhs}",
            [*lhs_params, VN_LOWER, VN_UPPER, *rhs_params],
        )


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
    return [content_type_id_for(by_name[name]) for name in names]


def _page_path(value) -> tuple[str, int] | None:
    row = Page.objects.filter(pk=parse_id(value)).values_list("path", "depth").first()
    return tuple(row) if row else None


def _child_of_q(prefix: str, value) -> Q:
    found = _page_path(value)
    if found is None:
        return Q(pk__in=[])
    path, depth = found
    return Q(**{f"{prefix}path__startswith": path, f"{prefix}depth": depth + 1})


def _descendant_of_q(prefix: str, value) -> Q:
    found = _page_path(value)
    if found is None:
        return Q(pk__in=[])
    path, depth = found
    return Q(**{f"{prefix}path__startswith": path, f"{prefix}depth__gt": depth})


@strawberry_django.filter_type(Page, lookups=False)
class PageFilter:
    @strawberry_django.filter_field(description="Tên kiểu trang (pageType), ví dụ NewsArticlePage.")
    def types(self, queryset: QuerySet, value: list[str], prefix: str) -> tuple[QuerySet, Q]:
        return queryset, Q(**{f"{prefix}content_type_id__in": content_types_for(value)})

    @strawberry_django.filter_field(description="Chỉ các trang con trực tiếp của trang có ID này.")
    def child_of(self, queryset: QuerySet, value: strawberry.ID, prefix: str) -> tuple[QuerySet, Q]:
        return queryset, _child_of_q(prefix, value)

    @strawberry_django.filter_field(description="Chỉ các trang nằm dưới trang có ID này.")
    def descendant_of(
        self, queryset: QuerySet, value: strawberry.ID, prefix: str
    ) -> tuple[QuerySet, Q]:
        return queryset, _descendant_of_q(prefix, value)

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


# --- Filters of the typed lists -------------------------------------------------------


@strawberry_django.filter_type(Page, lookups=False, name="ContentFilterBase")
class ContentFilter:
    """Filters every typed list has (topics on the page types that carry them)."""

    @strawberry_django.filter_field(description="Chỉ các trang nằm dưới trang có ID này.")
    def descendant_of(
        self, queryset: QuerySet, value: strawberry.ID, prefix: str
    ) -> tuple[QuerySet, Q]:
        return queryset, _descendant_of_q(prefix, value)

    @strawberry_django.filter_field(description="Chỉ các trang con trực tiếp của trang có ID này.")
    def child_of(self, queryset: QuerySet, value: strawberry.ID, prefix: str) -> tuple[QuerySet, Q]:
        return queryset, _child_of_q(prefix, value)

    @strawberry_django.filter_field(
        description="Chỉ nội dung thuộc chiến dịch có ID này (các trang con của trang chiến dịch)."
    )
    def campaign(self, queryset: QuerySet, value: strawberry.ID, prefix: str) -> tuple[QuerySet, Q]:
        return queryset, _child_of_q(prefix, value)

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


@strawberry_django.filter_type(Page, lookups=False, name="TopicalFilterBase")
class TopicalFilter(ContentFilter):
    @strawberry_django.filter_field(description="Chỉ nội dung gắn chủ đề có slug này.")
    def topic(self, queryset: QuerySet, value: str, prefix: str) -> tuple[QuerySet, Q]:
        return queryset, Q(**{f"{prefix}topics__slug": value.strip().lower()})


def _date_range(name: str, label: str):
    """Two filter fields ``<name>From`` / ``<name>To`` (inclusive) on a date field."""

    def date_from(self, queryset: QuerySet, value: datetime.date, prefix: str):
        return queryset, Q(**{f"{prefix}{name}__gte": value})

    def date_to(self, queryset: QuerySet, value: datetime.date, prefix: str):
        return queryset, Q(**{f"{prefix}{name}__lte": value})

    return (
        strawberry_django.filter_field(resolver=date_from, description=f"{label} từ ngày (gồm)."),
        strawberry_django.filter_field(resolver=date_to, description=f"{label} đến ngày (gồm)."),
    )


@strawberry_django.filter_type(ArticlePage, lookups=False)
class ArticleFilter(TopicalFilter):
    published_on_from, published_on_to = _date_range("published_on", "Ngày đăng")

    @strawberry_django.filter_field(description="Chỉ tin bài có từ khóa (slug) này.")
    def tag(self, queryset: QuerySet, value: str, prefix: str) -> tuple[QuerySet, Q]:
        return queryset, Q(**{f"{prefix}tags__slug": value.strip().lower()})


@strawberry_django.filter_type(PolicyPage, lookups=False)
class PolicyFilter(TopicalFilter):
    @strawberry_django.filter_field(description="Lĩnh vực chính sách.")
    def area(self, queryset: QuerySet, value: PolicyArea, prefix: str) -> tuple[QuerySet, Q]:  # type: ignore[valid-type]
        return queryset, Q(**{f"{prefix}policy_area": value.value})


@strawberry_django.filter_type(DocumentPage, lookups=False)
class DocumentFilter(TopicalFilter):
    signed_on_from, signed_on_to = _date_range("signed_on", "Ngày ký")

    @strawberry_django.filter_field(description="Loại văn bản.")
    def document_type(self, queryset: QuerySet, value: DocumentKind, prefix: str):  # type: ignore[valid-type]
        return queryset, Q(**{f"{prefix}document_type": value.value})

    @strawberry_django.filter_field(
        description="Số hiệu, không phân biệt hoa thường và khoảng trắng: “18 / kh-cđn”."
    )
    def number(self, queryset: QuerySet, value: str, prefix: str) -> tuple[QuerySet, Q]:
        number = normalise_document_number(value)
        return queryset, Q(**{f"{prefix}document_number__vn_iexact": number})

    @strawberry_django.filter_field(description="Tình trạng hiệu lực.")
    def status(self, queryset: QuerySet, value: DocumentStatus, prefix: str):  # type: ignore[valid-type]
        return queryset, Q(**{f"{prefix}status": value.value})

    @strawberry_django.filter_field(description="Cơ quan ban hành (chứa chuỗi này).")
    def issuing_body(self, queryset: QuerySet, value: str, prefix: str) -> tuple[QuerySet, Q]:
        return queryset, Q(**{f"{prefix}issuing_body__icontains": nfc(value).strip()})


@strawberry_django.filter_type(CampaignPage, lookups=False)
class CampaignFilter(TopicalFilter):
    @strawberry_django.filter_field(description="Loại chiến dịch.")
    def kind(self, queryset: QuerySet, value: CampaignKind, prefix: str):  # type: ignore[valid-type]
        return queryset, Q(**{f"{prefix}kind": value.value})

    @strawberry_django.filter_field(description="Chỉ chiến dịch đang diễn ra vào ngày này.")
    def active_on(self, queryset: QuerySet, value: datetime.date, prefix: str):
        return queryset, Q(**{f"{prefix}start_date__lte": value, f"{prefix}end_date__gte": value})


@strawberry_django.filter_type(EventPage, lookups=False)
class EventFilter(TopicalFilter):
    @strawberry_django.filter_field(description="true: chỉ sự kiện chưa kết thúc.")
    def upcoming(self, queryset: QuerySet, value: bool, prefix: str) -> tuple[QuerySet, Q]:
        now = timezone.now()
        q = Q(**{f"{prefix}end_at__gte": now}) | Q(
            **{f"{prefix}end_at__isnull": True, f"{prefix}start_at__gte": now}
        )
        return queryset, q if value else ~q

    @strawberry_django.filter_field(description="Bắt đầu từ thời điểm này.")
    def starts_after(self, queryset: QuerySet, value: datetime.datetime, prefix: str):
        return queryset, Q(**{f"{prefix}start_at__gte": value})

    @strawberry_django.filter_field(description="Bắt đầu trước thời điểm này.")
    def starts_before(self, queryset: QuerySet, value: datetime.datetime, prefix: str):
        return queryset, Q(**{f"{prefix}start_at__lt": value})


@strawberry_django.filter_type(QuestionPage, lookups=False)
class QuestionFilter(ContentFilter):
    @strawberry_django.filter_field(description="Chỉ câu hỏi thuộc chủ đề có slug này.")
    def topic(self, queryset: QuerySet, value: str, prefix: str) -> tuple[QuerySet, Q]:
        return queryset, Q(**{f"{prefix}topic__slug": value.strip().lower()})


@strawberry.enum(name="ContentOrder", description="Thứ tự của danh sách theo loại.")
class ContentOrder(Enum):
    NEWEST = "newest"
    OLDEST = "oldest"
    TITLE = "title"
    UPDATED = "updated"


# The date each type is "newest" by (events: the latest start first; use OLDEST with
# upcoming: true for an agenda).
ORDER_DATES = {
    ArticlePage: "published_on",
    DocumentPage: "signed_on",
    EventPage: "start_at",
    CampaignPage: "start_date",
    QuestionPage: "answered_on",
    GalleryPage: "taken_on",
}


def content_ordering(model, order: ContentOrder) -> list:
    date = ORDER_DATES.get(model, "first_published_at")
    if order is ContentOrder.TITLE:
        return ["title", "id"]
    if order is ContentOrder.UPDATED:
        return [F("last_published_at").desc(nulls_last=True), "-id"]
    if order is ContentOrder.OLDEST:
        return [F(date).asc(nulls_last=True), F("first_published_at").asc(nulls_last=True), "id"]
    return [F(date).desc(nulls_last=True), F("first_published_at").desc(nulls_last=True), "-id"]
