"""Arguments of the shared-content feed."""

from __future__ import annotations

from enum import Enum

import strawberry


@strawberry.enum(
    description="Phần nào của dòng tin: bài của chính đơn vị, bài cấp trên chia sẻ, hay cả hai."
)
class FeedScope(Enum):
    OWN = "own"
    INHERITED = "inherited"
    ALL = "all"


@strawberry.input(description="Lọc dòng tin.")
class FeedFilter:
    mandatory: bool | None = strawberry.field(
        default=None,
        description="true: chỉ các chỉ đạo bắt buộc; false: chỉ nội dung không bắt buộc.",
    )
    page_type: str | None = strawberry.field(
        default=None, description='Loại trang, ví dụ "cms.articlepage".'
    )

    def as_dict(self) -> dict:
        return {"mandatory": self.mandatory, "page_type": self.page_type}
