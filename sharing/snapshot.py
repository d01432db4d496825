"""What a share carries of its source page: a snapshot built from Wagtail's generic Page API.

Page-type specific fields are read through ``cms.page_fields`` (summary, cover image, body
as rich text or StreamField) and ``published_on`` when the page has one, so the snapshot
survives changes to the page models; StreamField content is walked by ``cms.streamfield``.
Built in the source tenant's schema.
"""

from __future__ import annotations

import difflib
import re

from django.utils.html import strip_tags
from wagtail.rich_text import expand_db_html, get_text_for_indexing

from cms import page_fields, streamfield
from congdoan.text import nfc

COVER_SPEC = "fill-1200x630"
TEXT_FIELDS = ("title", "standfirst", "body")
TEXT_LABELS = {"title": "Tiêu đề", "standfirst": "Sa-pô", "body": "Nội dung"}


def _absolute(html: str, root_url: str) -> str:
    """Site-relative links and image sources made absolute: receivers live on other hosts."""
    if not root_url:
        return html
    return re.sub(r'(href|src)="/(?!/)', lambda m: f'{m.group(1)}="{root_url}/', html)


def _plain(value) -> str:
    if value is None:
        return ""
    text = str(value)
    return nfc(get_text_for_indexing(text) if "<" in text else text).strip()


def stream_text(raw) -> str:
    """Every string inside a StreamField's raw JSON, tags stripped, one per line."""
    return "\n".join(text for text in map(_plain, streamfield.strings(raw)) if text)


def expand_stream(raw, block, root_url: str):
    """A StreamField's raw JSON with every rich text expanded to front-end HTML and
    site-relative links made absolute."""
    return streamfield.map_rich_text(
        block, raw, lambda html: _absolute(expand_db_html(html), root_url)
    )


def _body(page, root_url: str) -> tuple[object, str]:
    """(body as JSON for frontends, body as plain text)."""
    value = page_fields.body(page)
    if value is None:
        return None, ""
    if hasattr(value, "get_prep_value") and hasattr(value, "stream_block"):  # StreamValue
        raw = value.get_prep_value()
        return expand_stream(raw, value.stream_block, root_url), stream_text(raw)
    html = str(value)
    return _absolute(expand_db_html(html), root_url), _plain(html)


def _cover(page, root_url: str) -> tuple[str | None, str]:
    image = page_fields.cover_image(page)
    if image is None or not hasattr(image, "get_rendition"):
        return None, ""
    try:
        rendition = image.get_rendition(COVER_SPEC)
    except Exception:  # missing or unreadable source file: share without a cover
        return None, ""
    url = rendition.url
    if url.startswith("/") and root_url:
        url = root_url + url
    return url, getattr(image, "default_alt_text", "") or image.title


def build_snapshot(page) -> dict:
    """The snapshot of ``page``'s live content (call in the page's tenant schema)."""
    page = page.specific
    _site_id, root_url, path = page.get_url_parts() or (None, "", None)
    root_url = (root_url or "").rstrip("/")
    standfirst = page_fields.summary(page) or page.search_description
    body, body_text = _body(page, root_url)
    cover_url, cover_alt = _cover(page, root_url)
    published_on = getattr(page, "published_on", None)
    date = page.first_published_at or page.last_published_at
    return {
        "title": page.title,
        "standfirst": _plain(standfirst),
        "url": (root_url + path) if path else None,
        "path": path,
        "date": date.isoformat() if date else None,
        "published_on": published_on.isoformat() if published_on else None,
        "cover_url": cover_url,
        "cover_alt": cover_alt,
        "body": body,
        "page_type": page.specific_class._meta.label_lower,
        "page_type_name": str(page.specific_class._meta.verbose_name),
        "revision_id": page.live_revision_id,
        "text": {"title": page.title, "standfirst": _plain(standfirst), "body": body_text},
    }


def text_of(snapshot: dict) -> dict:
    text = snapshot.get("text") or {}
    return {field: text.get(field, "") or "" for field in TEXT_FIELDS}


def diff(base: dict, current: dict) -> list[dict]:
    """Per text field that changed: its label and a unified diff (difflib) base -> current."""
    changes = []
    for field in TEXT_FIELDS:
        old, new = base.get(field, "") or "", current.get(field, "") or ""
        if old == new:
            continue
        old_lines = _lines(old)
        new_lines = _lines(new)
        lines = list(
            difflib.unified_diff(
                old_lines, new_lines, "bản đã nhận", "bản mới của cấp trên", lineterm="", n=2
            )
        )
        changes.append({"field": field, "label": TEXT_LABELS[field], "lines": lines})
    return changes


def _lines(text: str) -> list[str]:
    # Sentences on their own lines make prose diffs readable.
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", strip_tags(text)) if s.strip()]
