"""``programme``: the communication programme's figures an organisation publishes.

Public: no sign-in. Answers only the indicators the organisation chose to publish
(``programme.models.PublicIndicators``, set in the admin), nothing else, whoever asks.
Cached by the response cache for ``PROGRAMME_PUBLIC_CACHE_SECONDS`` (the figures move with
every publication; a short expiry instead of a tag per event).
"""

from __future__ import annotations

import datetime
from typing import Annotated

import strawberry
from django.conf import settings
from django.utils import timezone
from graphql import GraphQLError

from delivery import collector, tags
from graphql_api.programme.filters import ProgrammeFilter
from graphql_api.programme.types import (
    ProgrammeFigures,
    ProgrammeOrganization,
    indicator_from,
)
from hierarchy.models import Organization, Status
from programme.portal import BadPeriod, period_for, public_figures


def not_found(code: str) -> GraphQLError:
    return GraphQLError(f"Không tìm thấy tổ chức có mã «{code}».", extensions={"code": "NOT_FOUND"})


def gone(org: Organization) -> GraphQLError:
    """A merged or dissolved organisation: its figures were moved to its successor."""
    successor = (
        Organization.objects.filter(pk=org.successor_id).only("code", "name").first()
        if org.successor_id
        else None
    )
    where = (
        f" Số liệu của đơn vị được tính cho {successor.name} (mã «{successor.code}»)."
        if successor is not None
        else ""
    )
    return GraphQLError(
        f"{org.name} (mã «{org.code}») {org.get_status_display().lower()}.{where}",
        extensions={"code": "GONE"},
    )


@strawberry.type
class ProgrammeQuery:
    @strawberry.field(
        description=(
            "Số liệu chương trình truyền thông của một tổ chức (theo mã đơn vị) trong một năm "
            "hoặc một quý: chỉ các chỉ tiêu tổ chức chọn công khai, với giá trị, chỉ tiêu đang "
            "áp dụng, mức đạt và diễn biến từng tháng."
        )
    )
    def programme(
        self,
        org: Annotated[str, strawberry.argument(description="Mã đơn vị, VD: «LDLD-HN».")],
        year: Annotated[int, strawberry.argument(description="Năm, từ 2023 đến 2028.")],
        quarter: Annotated[
            int | None, strawberry.argument(description="Quý 1-4; bỏ trống: cả năm.")
        ] = None,
        filter: ProgrammeFilter | None = None,
    ) -> ProgrammeFigures:
        try:
            period = period_for(year, quarter)
        except BadPeriod as exc:
            raise GraphQLError(str(exc), extensions={"code": "BAD_USER_INPUT"}) from None
        code = (org or "").strip()
        found = (
            Organization.objects.filter(code=code)
            .only("pk", "code", "name", "path", "level", "kind", "status", "successor_id")
            .first()
            if code
            else None
        )
        if found is None:
            raise not_found(code)
        if found.status != Status.ACTIVE:
            raise gone(found)
        collector.add(tags.org_tree())
        collector.extend(tags.programme_chain(found.path))
        collector.expires(
            timezone.now() + datetime.timedelta(seconds=settings.PROGRAMME_PUBLIC_CACHE_SECONDS)
        )
        figures = public_figures(
            found, year, quarter, only=filter.keys_for() if filter is not None else None
        )
        return ProgrammeFigures(
            organization=ProgrammeOrganization(code=found.code, name=found.name),
            year=year,
            quarter=quarter,
            period_label=period.label,
            indicators=[indicator_from(f) for f in figures],
        )
