"""``feed``: an organisation's own content merged with what was shared down to it."""

from __future__ import annotations

import strawberry
from django.conf import settings
from django.db import connection
from graphql import GraphQLError
from strawberry.relay import PageInfo

from delivery import collector, tags
from graphql_api.content.visibility import visibility_for
from graphql_api.sharing.filters import FeedFilter, FeedScope
from graphql_api.sharing.types import FeedConnection, FeedEdge
from sharing.feed import Feed, FeedError, public_origin, resolve_receiver, site_root

DEFAULT_PAGE_SIZE = 20


def record_feed(receiver, entries) -> None:
    """Cache tags of a feed (``delivery.collector``): the subtree tag of every ancestor of the
    receiver (a share scoped at any of them invalidates it), each organisation of its chain
    (receipts, restructuring), each share and own page shown; its own pages were queried
    through ``Visibility.pages`` (the tenant's listing tag). It expires with its first
    expiring entry."""
    if not collector.active():
        return
    schema = connection.schema_name
    collector.extend(tags.subtrees(receiver.org.path))
    collector.extend(tags.org(org.pk) for org in receiver.chain)
    for entry in entries:
        if entry.share_id:
            collector.add(tags.share(entry.share_id))
        elif entry.page_id:
            collector.add(tags.page(schema, entry.page_id))
        collector.expires(entry.expires_at)


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
        # The request's one scope (graphql_api.content.scope): the X-Organization header or
        # an ``organization`` argument on any root field, this one included. Resolving the
        # root refuses unknown or conflicting codes exactly as every other field does.
        visibility = visibility_for(info)
        visibility.root  # noqa: B018
        code = visibility.organization or organization
        try:
            receiver = resolve_receiver(code)
            site = site_root(*public_origin(info.context.request))
            if site is None:
                raise FeedError("Trang này chưa có trang chủ.")
            feed = Feed(
                receiver,
                visibility,
                site,
                scope=scope.value,
                filters=filter.as_dict() if filter else None,
            )
            page = feed.page(size, after)
        except FeedError as exc:
            raise GraphQLError(str(exc)) from exc
        record_feed(receiver, page.entries)
        edges = [FeedEdge(cursor=e.cursor, node=e) for e in page.entries]  # type: ignore[arg-type]
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
