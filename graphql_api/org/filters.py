import strawberry_django
from django.db.models import Q, QuerySet

from congdoan.text import fold
from graphql_api.org.types import OrgKind, OrgLevel, OrgStatus
from hierarchy.models import Organization


@strawberry_django.filter_type(Organization, lookups=False)
class OrganizationFilter:
    @strawberry_django.filter_field(description="Tìm theo tên hoặc mã, có dấu hoặc không dấu.")
    def search(self, queryset: QuerySet, value: str, prefix: str) -> tuple[QuerySet, Q]:
        return queryset, Q(**{f"{prefix}search_text__contains": fold(value).lower().strip()})

    @strawberry_django.filter_field
    def level(self, queryset: QuerySet, value: OrgLevel, prefix: str) -> tuple[QuerySet, Q]:  # type: ignore[valid-type]
        return queryset, Q(**{f"{prefix}level": value.value})

    @strawberry_django.filter_field
    def kind(self, queryset: QuerySet, value: OrgKind, prefix: str) -> tuple[QuerySet, Q]:  # type: ignore[valid-type]
        return queryset, Q(**{f"{prefix}kind": value.value})

    @strawberry_django.filter_field
    def status(self, queryset: QuerySet, value: OrgStatus, prefix: str) -> tuple[QuerySet, Q]:  # type: ignore[valid-type]
        return queryset, Q(**{f"{prefix}status": value.value})

    @strawberry_django.filter_field(description="Chỉ các đơn vị trong cây con của mã này.")
    def within(self, queryset: QuerySet, value: str, prefix: str) -> tuple[QuerySet, Q]:
        root = Organization.objects.filter(code=value).values_list("path", flat=True).first()
        return queryset, Q(**{f"{prefix}path__startswith": root or "\x00"})
