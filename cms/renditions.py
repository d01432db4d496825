"""Named image renditions: the only image sizes frontends can ask for.

``settings.CMS_RENDITIONS`` maps a name ("card") to a Wagtail filter spec
("fill-640x360|format-webp"). Outside callers (the GraphQL API) pass names, never filter specs,
so nobody can make the server render arbitrary sizes. ``fill`` specs crop around the image's
focal point when an editor has set one.
"""

from __future__ import annotations

from django.conf import settings


class UnknownRendition(ValueError):
    """A rendition name that is not in ``settings.CMS_RENDITIONS``."""


def rendition_specs() -> dict[str, str]:
    return dict(settings.CMS_RENDITIONS)


def rendition_names() -> list[str]:
    return sorted(settings.CMS_RENDITIONS)


def filter_spec_for(name: str) -> str:
    """The Wagtail filter spec of rendition ``name``; ``UnknownRendition`` if not allowed."""
    try:
        return settings.CMS_RENDITIONS[name]
    except (KeyError, TypeError):
        raise UnknownRendition(
            f"Kích thước ảnh “{name}” không được hỗ trợ; dùng một trong: "
            f"{', '.join(rendition_names())}."
        ) from None
