"""Types of the programme's public figures: what an organisation publishes on its portal."""

from __future__ import annotations

import datetime
from enum import Enum

import strawberry

from programme.portal import STATUS_LABELS, PublicFigure

ProgrammeStatus = strawberry.enum(
    Enum("ProgrammeStatus", {key.upper(): key for key in STATUS_LABELS}),
    description="Mức đạt: đạt, chưa đạt, chưa có số liệu (không có gì phải tính), "
    "chưa có chỉ tiêu.",
)


@strawberry.type(description="Giá trị của chỉ tiêu trong một tháng.")
class ProgrammeMonth:
    month: datetime.date = strawberry.field(description="Ngày đầu tháng.")
    value: float | None = strawberry.field(
        description="Số trong tháng (tỷ lệ: tính đến cuối tháng với số liệu tích lũy); null: "
        "không có gì phải tính."
    )


@strawberry.type(description="Một chỉ tiêu công khai của đơn vị.")
class ProgrammeIndicator:
    key: str = strawberry.field(description="Mã chỉ tiêu (ổn định).")
    label: str
    unit: str = strawberry.field(description="Đơn vị tính: «%» hoặc số lượng mỗi năm.")
    group: str = strawberry.field(description="Nhóm chỉ tiêu.")
    is_rate: bool = strawberry.field(description="true: tỷ lệ phần trăm; false: số lượng.")
    value: float | None = strawberry.field(
        description="Giá trị trong kỳ: tỷ lệ của cả cây đơn vị, hoặc số lượng của chính đơn vị "
        "với chỉ tiêu áp dụng cho từng đơn vị. null: không có gì phải tính."
    )
    target: float | None = strawberry.field(description="Chỉ tiêu năm đang áp dụng.")
    period_target: float | None = strawberry.field(
        description="Chỉ tiêu của kỳ (số lượng theo năm được chia theo số tháng của quý)."
    )
    target_set_by: str | None = strawberry.field(
        description="Đơn vị đặt chỉ tiêu; null: mặc định của chương trình."
    )
    status: ProgrammeStatus  # type: ignore[valid-type]
    status_label: str
    trend: list[ProgrammeMonth] = strawberry.field(description="Từng tháng của kỳ.")


@strawberry.type(description="Đơn vị công bố số liệu.")
class ProgrammeOrganization:
    code: str
    name: str


@strawberry.type(
    description="Số liệu chương trình truyền thông 2023-2028 mà đơn vị chọn công khai."
)
class ProgrammeFigures:
    organization: ProgrammeOrganization
    year: int
    quarter: int | None
    period_label: str = strawberry.field(description="VD: «năm 2026», «quý 2/2026».")
    indicators: list[ProgrammeIndicator] = strawberry.field(
        description="Chỉ các chỉ tiêu đơn vị chọn công khai, theo thứ tự danh mục."
    )


def _num(value) -> float | None:
    return None if value is None else float(value)


def indicator_from(figure: PublicFigure) -> ProgrammeIndicator:
    ind = figure.indicator
    return ProgrammeIndicator(
        key=ind.key,
        label=ind.label,
        unit=ind.unit,
        group=ind.group,
        is_rate=ind.is_rate,
        value=_num(figure.value),
        target=_num(figure.target),
        period_target=_num(figure.period_target),
        target_set_by=figure.target_set_by,
        status=ProgrammeStatus(figure.status),
        status_label=figure.status_label,
        trend=[ProgrammeMonth(month=m.month, value=_num(m.value)) for m in figure.trend],
    )
