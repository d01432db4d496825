"""Types of the shared-content feed, self-contained (snapshot fields, not page types), read
from ``sharing.feed``'s entries as they are."""

from __future__ import annotations

import datetime
from enum import Enum

import strawberry
from strawberry.relay import PageInfo
from strawberry.scalars import JSON

from sharing.feed import FeedEntry


@strawberry.enum(description="Nguồn của một mục trong dòng tin.")
class FeedOrigin(Enum):
    OWN = "own"
    INHERITED = "inherited"


@strawberry.type(description="Đơn vị đăng hoặc chia sẻ một mục của dòng tin.")
class FeedOrganization:
    """Resolved from a ``sharing.feed.OrgRef`` (same field names)."""

    code: str
    name: str
    short_name: str
    level: int


# What the API names or shapes differently from the entry, read from it.
def _id(root: strawberry.Parent[FeedEntry]) -> strawberry.ID:
    return strawberry.ID(root.key)


def _origin(root: strawberry.Parent[FeedEntry]) -> FeedOrigin:
    return FeedOrigin(root.origin)


def _correction(root: strawberry.Parent[FeedEntry]) -> str | None:
    return root.correction or None


def _share_id(root: strawberry.Parent[FeedEntry]) -> strawberry.ID | None:
    return strawberry.ID(str(root.share_id)) if root.share_id else None


def _shared_by(root: strawberry.Parent[FeedEntry]) -> FeedOrganization:
    return root.issuer  # type: ignore[return-value]  # an OrgRef, read by field name


@strawberry.type(description="Một mục của dòng tin: bài của đơn vị hoặc bài cấp trên chia sẻ.")
class FeedItem:
    """The API's view of a ``sharing.feed.FeedEntry``: the node *is* the entry (nothing is
    copied). Fields named as in the entry read it as they are; ``id``, ``origin``,
    ``correction``, ``shareId`` and ``sharedBy`` resolve from it."""

    id: strawberry.ID = strawberry.field(resolver=_id, description='"page:<id>" hoặc "share:<id>".')
    origin: FeedOrigin = strawberry.field(resolver=_origin)
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
    correction: str | None = strawberry.field(
        resolver=_correction, description="Đính chính của đơn vị chia sẻ."
    )
    corrected_at: datetime.datetime | None
    share_id: strawberry.ID | None = strawberry.field(resolver=_share_id)
    source: FeedOrganization = strawberry.field(description="Đơn vị đăng bài gốc.")
    shared_by: FeedOrganization = strawberry.field(
        resolver=_shared_by, description="Đơn vị chia sẻ xuống."
    )


@strawberry.type
class FeedEdge:
    cursor: str
    node: FeedItem


@strawberry.type(description="Dòng tin phân trang (con trỏ), kèm tổng số mục.")
class FeedConnection:
    total_count: int
    page_info: PageInfo
    edges: list[FeedEdge]
