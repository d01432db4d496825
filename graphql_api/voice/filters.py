"""Filters of the handlers' case list (always applied inside ``voice.access`` scope)."""

from __future__ import annotations

import strawberry_django
from django.db.models import Q, QuerySet
from django.utils import timezone

from graphql_api.voice.types import CaseKind, CaseStatus, CaseTopic
from hierarchy.models import Organization
from voice import codes
from voice.models import OPEN_STATUSES, Case


@strawberry_django.filter_type(Case, lookups=False)
class CaseFilter:
    @strawberry_django.filter_field(description="Theo trạng thái.")
    def status(self, queryset: QuerySet, value: CaseStatus, prefix: str) -> tuple[QuerySet, Q]:  # type: ignore[valid-type]
        return queryset, Q(**{f"{prefix}status": value.value})

    @strawberry_django.filter_field(description="Theo loại vụ việc.")
    def kind(self, queryset: QuerySet, value: CaseKind, prefix: str) -> tuple[QuerySet, Q]:  # type: ignore[valid-type]
        return queryset, Q(**{f"{prefix}kind": value.value})

    @strawberry_django.filter_field(description="Theo lĩnh vực đã xác nhận.")
    def topic(self, queryset: QuerySet, value: CaseTopic, prefix: str) -> tuple[QuerySet, Q]:  # type: ignore[valid-type]
        return queryset, Q(**{f"{prefix}topic": value.value})

    @strawberry_django.filter_field(description="true: chỉ vụ việc đang mở (mới, đang xử lý).")
    def open(self, queryset: QuerySet, value: bool, prefix: str) -> tuple[QuerySet, Q]:
        q = Q(**{f"{prefix}status__in": list(OPEN_STATUSES)})
        return queryset, q if value else ~q

    @strawberry_django.filter_field(description="true: chỉ vụ việc đang mở đã quá hạn phản hồi.")
    def overdue(self, queryset: QuerySet, value: bool, prefix: str) -> tuple[QuerySet, Q]:
        q = Q(
            **{
                f"{prefix}status__in": list(OPEN_STATUSES),
                f"{prefix}first_response_due__lt": timezone.now(),
            }
        )
        return queryset, q if value else ~q

    @strawberry_django.filter_field(description="Chỉ vụ việc của đơn vị có mã này và cấp dưới.")
    def within(self, queryset: QuerySet, value: str, prefix: str) -> tuple[QuerySet, Q]:
        root = Organization.objects.filter(code=value).values_list("path", flat=True).first()
        return queryset, Q(**{f"{prefix}org_path__startswith": root or "\x00"})

    @strawberry_django.filter_field(description="Theo mã vụ việc (không phân biệt hoa thường).")
    def code(self, queryset: QuerySet, value: str, prefix: str) -> tuple[QuerySet, Q]:
        return queryset, Q(**{f"{prefix}code": codes.normalise(value)})
