"""Types of the shared-content feed, self-contained (snapshot fields, not page types)."""

from __future__ import annotations

import datetime
from enum import Enum

import strawberry
from strawberry.relay import PageInfo
from strawberry.scalars import JSON


@strawberry.enum(description="Nguồn của một mục trong dòng tin.")
class FeedOrigin(Enum):
    OWN = "own"
    INHERITED = "inherited"


@strawberry.type(description="Đơn vị đăng hoặc chia sẻ một mục của dòng tin.")
class FeedOrganization:
    code: str
    name: str
    short_name: str
    level: int


@strawberry.type(description="Một mục của dòng tin: bài của đơn vị hoặc bài cấp trên chia sẻ.")
class FeedItem:
    id: strawberry.ID = strawberry.field(description='"page:<id>" hoặc "share:<id>".')
    origin: FeedOrigin
    title: str
    standfirst: str = strawberry.field(description="Sa-pô (văn bản thuần).")
    url: str | None = strawberry.field(description="Địa chỉ đầy đủ của bài gốc.")
    path: str | None = strawberry.field(description="Đường dẫn của bài gốc trên trang nguồn.")
    date: datetime.datetime = strawberry.field(description="Ngày đăng lần đầu của bài gốc.")
    cover_url: str | None = strawberry.field(description="Ảnh đại diện (1200x630), nếu có.")
    body: JSON | None = strawberry.field(
        description=(
            "Nội dung: StreamField dạng JSON, hoặc HTML (bài chia sẻ: liên kết đã chuyển "
            "thành địa chỉ đầy đủ)."
        )
    )
    page_type: str = strawberry.field(description='Loại trang, ví dụ "cms.articlepage".')
    revision_id: int | None = strawberry.field(description="Phiên bản đang xuất bản.")
    mandatory: bool = strawberry.field(description="Chỉ đạo bắt buộc đăng và xác nhận.")
    pinned: bool = strawberry.field(description="Đơn vị đã ghim mục này lên đầu.")
    expires_at: datetime.datetime | None
    correction: str | None = strawberry.field(description="Đính chính của đơn vị chia sẻ.")
    corrected_at: datetime.datetime | None
    share_id: strawberry.ID | None
    source: FeedOrganization = strawberry.field(description="Đơn vị đăng bài gốc.")
    shared_by: FeedOrganization = strawberry.field(description="Đơn vị chia sẻ xuống.")


@strawberry.type
class FeedEdge:
    cursor: str
    node: FeedItem


@strawberry.type(description="Dòng tin phân trang (con trỏ), kèm tổng số mục.")
class FeedConnection:
    total_count: int
    page_info: PageInfo
    edges: list[FeedEdge]
