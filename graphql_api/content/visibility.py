"""The request's ``Visibility`` in the API: created on first use and kept on the request.

The rules themselves (live, public, gone live, unexpired, no view restriction, under the
site's or microsite's root) live in ``cms.visibility``, below the API, so the delivery feeds
and sitemaps apply exactly the same ones. They are re-exported here for the API's modules.
"""

from __future__ import annotations

from cms.visibility import (
    NoCollectionViewRestriction,
    NoPageViewRestriction,
    Root,
    Visibility,
    site_root,
)

__all__ = [
    "NoCollectionViewRestriction",
    "NoPageViewRestriction",
    "Root",
    "Visibility",
    "request_of",
    "set_visibility",
    "site_root",
    "visibility_for",
]

_ATTR = "_congdoan_visibility"


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
