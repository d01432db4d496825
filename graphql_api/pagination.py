"""Relay connections with readable errors for bad paging arguments.

strawberry raises ``ValueError``/``TypeError`` for ``first`` over the maximum or a malformed
cursor, which production masks as "Unexpected error"; here they become GraphQL errors that
say what is wrong, before anything is fetched.
"""

from __future__ import annotations

from typing import Any

import strawberry
from django.conf import settings
from graphql import GraphQLError
from strawberry import relay
from strawberry.relay.types import PREFIX
from strawberry.relay.utils import from_base64
from strawberry_django.optimizer import optimize
from strawberry_django.relay import DjangoListConnection

from cms.search import FALLBACK_ATTR

# Offsets past this are refused with a readable error (PostgreSQL's bigint would overflow on
# some; none is meaningful for a list of pages).
MAX_OFFSET = 2**31 - 1


def check_paging(
    *,
    first: int | None,
    last: int | None,
    after: str | None,
    before: str | None,
    max_results: int | None = None,
) -> None:
    limit = max_results or settings.GRAPHQL_MAX_PAGE_SIZE
    for name, value in (("first", first), ("last", last)):
        if value is None:
            continue
        if value < 0:
            raise GraphQLError(f"Tham số {name} phải là số không âm.")
        if value > limit:
            raise GraphQLError(f"Tham số {name} tối đa là {limit} mục mỗi trang (nhận {value}).")
    for name, cursor in (("after", after), ("before", before)):
        if not cursor:
            continue
        try:
            kind, offset = from_base64(cursor)
            valid = kind == PREFIX and 0 <= int(offset) <= MAX_OFFSET
        except (ValueError, TypeError):
            valid = False
        if not valid:
            raise GraphQLError(f"Con trỏ phân trang {name} không hợp lệ: {cursor[:40]!r}.")


@strawberry.type(name="Connection", description="Một trang của danh sách, kèm tổng số.")
class BoundedConnection(DjangoListConnection[relay.NodeType]):
    """``DjangoListConnection`` (offset cursors, ``totalCount`` in the same statement as the
    page) that validates ``first``/``last``/``after``/``before`` first."""

    @classmethod
    def resolve_connection(
        cls,
        nodes,
        *,
        info,
        before=None,
        after=None,
        first=None,
        last=None,
        max_results=None,
        **kwargs: Any,
    ):
        check_paging(first=first, last=last, after=after, before=before, max_results=max_results)
        paging = {"before": before, "after": after, "first": first, "last": last}
        paging["max_results"] = max_results
        connection = super().resolve_connection(nodes, info=info, **paging, **kwargs)
        # A search whose words all matched nothing together: the typo fallback
        # (``cms.search.search_pages(lazy_fallback=True)``) runs only now, on an empty first
        # page, instead of an extra existence check before every search.
        fallback = getattr(getattr(nodes, "query", None), FALLBACK_ATTR, None)
        if fallback is not None and not (after or before) and not connection.edges:
            retry = fallback()
            if retry is not None:
                connection = super().resolve_connection(
                    optimize(retry, info), info=info, **paging, **kwargs
                )
        return connection
