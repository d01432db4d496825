"""The one mapping from the page types' own field names to what every page has in common:
a summary, a cover image and a body.

Page types name these differently (an article's ``standfirst`` and ``cover_image``, a
campaign's ``intro``, an infographic's ``image``); code that treats pages generically (share
snapshots, the feed, forks of a share, page transfer) asks here instead of knowing the
names. Works on page instances and on a revision's ``content`` (a dict of field name to
value, foreign keys as ids).
"""

from __future__ import annotations

from collections.abc import Mapping

# First field present and non-empty wins.
SUMMARY_FIELDS = ("standfirst", "intro")
COVER_IMAGE_FIELDS = ("cover_image", "image")
BODY_FIELD = "body"


def _first(source, names):
    get = source.get if isinstance(source, Mapping) else lambda name: getattr(source, name, None)
    for name in names:
        value = get(name)
        if value:
            return value
    return None


def summary(source):
    """The summary (a standfirst or an intro, as stored) of a page or a revision's content,
    or None when it has none."""
    return _first(source, SUMMARY_FIELDS)


def cover_image(page):
    """The page's cover image (an image instance), or None."""
    return _first(page, COVER_IMAGE_FIELDS)


def cover_image_id(content: Mapping) -> int | None:
    """The cover image's id in a revision's content, or None."""
    value = _first(content, COVER_IMAGE_FIELDS)
    return value if isinstance(value, int) else None


def body(source):
    """The body (StreamValue, rich text or raw revision value), or None."""
    if isinstance(source, Mapping):
        return source.get(BODY_FIELD)
    return getattr(source, BODY_FIELD, None)


def _field(page_or_model, names):
    fields = {f.name: f for f in page_or_model._meta.get_fields() if hasattr(f, "attname")}
    return next((fields[name] for name in names if name in fields), None)


def summary_field(page_or_model):
    """The model field holding the summary, or None when the page type has none."""
    return _field(page_or_model, SUMMARY_FIELDS)


def body_field(page_or_model):
    """The model field holding the body (StreamField or rich text), or None."""
    return _field(page_or_model, (BODY_FIELD,))


def fill(page, *, summary_text: str, body_value, body_text: str = "") -> None:
    """Give a new (unsaved) page the summary and body of content from elsewhere (another
    tenant's page). A StreamField body keeps only the blocks holding no reference into the
    other tenant (``streamfield.reference_free_blocks``); a rich-text body takes HTML as it
    is, or ``body_text`` as paragraphs when the body came as blocks."""
    from wagtail.fields import RichTextField, StreamField

    from cms.streamfield import reference_free_blocks

    target = summary_field(page)
    if target is not None:
        setattr(page, target.name, summary_text or "")
    target = body_field(page)
    if target is None or body_value is None:
        return
    if isinstance(target, StreamField):
        setattr(page, target.name, reference_free_blocks(body_value, target.stream_block))
    elif isinstance(target, RichTextField) or isinstance(body_value, str):
        setattr(
            page,
            target.name,
            body_value
            if isinstance(body_value, str)
            else "\n".join(f"<p>{line}</p>" for line in (body_text or "").splitlines()),
        )
