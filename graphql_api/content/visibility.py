"""The request's ``Visibility`` in the API: created on first use and kept on the request.

The rules themselves (live, public, gone live, unexpired, no view restriction, under the
site's or microsite's root) live in ``cms.visibility``, below the API, so the delivery feeds
and sitemaps apply exactly the same ones. The API's ``Visibility`` adds only the recording of
cache tags (``delivery.collector``) for every page query it filters.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import QuerySet

from cms import visibility as rules
from cms.visibility import NoCollectionViewRestriction, NoPageViewRestriction, Root, site_root
from delivery import collector, tags

__all__ = [
    "NoCollectionViewRestriction",
    "NoPageViewRestriction",
    "Root",
    "Visibility",
    "record_page_query",
    "request_of",
    "set_visibility",
    "site_root",
    "visibility_for",
]

_ATTR = "_congdoan_visibility"


class Visibility(rules.Visibility):
    """``cms.visibility.Visibility`` that records the cache tags of the page queries it
    filters while a response is being collected."""

    def pages(self, queryset: QuerySet) -> QuerySet:
        if collector.active():
            record_page_query(queryset)
        return super().pages(queryset)


def _restricted_ids(queryset: QuerySet) -> list | None:
    """The primary keys a page queryset is limited to (``pk=`` / ``pk__in=`` with values),
    or None when it may match any page."""
    for child in queryset.query.where.children:
        target = getattr(getattr(child, "lhs", None), "target", None)
        lookup = getattr(child, "lookup_name", None)
        if target is None or not target.primary_key or lookup not in ("exact", "in"):
            continue
        rhs = child.rhs
        if lookup == "exact" and isinstance(rhs, int | str):
            return [rhs]
        if lookup == "in" and isinstance(rhs, list | tuple | set | frozenset):
            return list(rhs)
    return None


def record_page_query(queryset: QuerySet) -> None:
    """Cache tags for a response that asked for pages (``delivery.collector``): a look-up by
    ids depends only on those pages (a page that becomes visible is published, which
    invalidates its tag); any other page query (lists, children, search, look-ups by path
    or slug) may gain a page whenever one is published, so it carries the tenant's listing
    tag. The pages it returns add their own tags as they are loaded (``delivery.recording``).
    """
    schema = connection.schema_name
    ids = _restricted_ids(queryset)
    if ids is None:
        collector.add(tags.pages(schema))
    else:
        collector.extend(tags.page(schema, pk) for pk in ids)


def request_of(info) -> object | None:
    context = getattr(info, "context", None)
    if context is None:
        return None
    return getattr(context, "request", None) or (
        context.get("request") if isinstance(context, dict) else None
    )


def visibility_for(info_or_request) -> Visibility:
    """The Visibility in force (created on first use for the request)."""
    request = (
        request_of(info_or_request) if hasattr(info_or_request, "context") else info_or_request
    )
    if request is None:
        return Visibility()
    found = getattr(request, _ATTR, None)
    if found is None:
        found = Visibility(request)
        setattr(request, _ATTR, found)
    return found


def set_visibility(request, visibility: Visibility) -> Visibility | None:
    """Install ``visibility`` for the request; return the previous one (to restore)."""
    previous = getattr(request, _ATTR, None)
    setattr(request, _ATTR, visibility)
    return previous
