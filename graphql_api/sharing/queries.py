"""``feed``: an organisation's own content merged with what was shared down to it."""

from __future__ import annotations

import strawberry
from django.conf import settings
from graphql import GraphQLError
from strawberry.relay import PageInfo

from graphql_api.content.visibility import visibility_for
from graphql_api.sharing.filters import FeedFilter, FeedScope
from graphql_api.sharing.types import (
    FeedConnection,
    FeedEdge,
    FeedItem,
    FeedOrganization,
    FeedOrigin,
)
from sharing.feed import (
    Feed,
    FeedEntry,
    FeedError,
    public_origin,
    resolve_receiver,
    site_root,
)

DEFAULT_PAGE_SIZE = 20


def _org(org) -> FeedOrganization:
    return FeedOrganization(
        code=org.code, name=org.name, short_name=org.short_name, level=org.level
    )


def _item(entry: FeedEntry) -> FeedItem:
    return FeedItem(
        id=strawberry.ID(entry.key),
        origin=FeedOrigin(entry.origin),
        title=entry.title,
        standfirst=entry.standfirst,
        url=entry.url,
        path=entry.path,
        date=entry.date,
        cover_url=entry.cover_url,
        body=entry.body,
        page_type=entry.page_type,
        revision_id=entry.revision_id,
        mandatory=entry.mandatory,
        pinned=entry.pinned,
        expires_at=entry.expires_at,
        correction=entry.correction or None,
        corrected_at=entry.corrected_at,
        share_id=strawberry.ID(str(entry.share_id)) if entry.share_id else None,
        source=_org(entry.source),
        shared_by=_org(entry.issuer),
    )


@strawberry.type
class SharingQuery:
    @strawberry.field(
        description=(
            "Dòng tin của một đơn vị (mặc định: đơn vị của trang này): bài của chính đơn vị và "
            "nội dung cấp trên chia sẻ xuống, mục đã ghim lên đầu rồi mới nhất trước; không có "
            "mục đã ẩn, đã thu hồi hay hết hạn. first tối đa GRAPHQL_MAX_PAGE_SIZE."
        )
    )
    def feed(
        self,
        info: strawberry.Info,
        organization: str | None = None,
        scope: FeedScope = FeedScope.ALL,
        first: int | None = None,
        after: str | None = None,
        filter: FeedFilter | None = None,
    ) -> FeedConnection:
        limit = settings.GRAPHQL_MAX_PAGE_SIZE
        size = min(limit, DEFAULT_PAGE_SIZE) if first is None else first
        if size < 0 or size > limit:
            raise GraphQLError(f"first phải từ 0 đến {limit}.")
        try:
            receiver = resolve_receiver(organization)
            site = site_root(*public_origin(info.context.request))
            if site is None:
                raise FeedError("Trang này chưa có trang chủ.")
            feed = Feed(
                receiver,
                visibility_for(info.context.request),
                site,
                scope=scope.value,
                filters=filter.as_dict() if filter else None,
            )
            page = feed.page(size, after)
        except FeedError as exc:
            raise GraphQLError(str(exc)) from exc
        edges = [FeedEdge(cursor=e.cursor, node=_item(e)) for e in page.entries]
        return FeedConnection(
            total_count=page.total,
            page_info=PageInfo(
                has_next_page=page.has_next,
                has_previous_page=page.has_previous,
                start_cursor=edges[0].cursor if edges else None,
                end_cursor=edges[-1].cursor if edges else None,
            ),
            edges=edges,
        )
