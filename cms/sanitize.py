"""Sanitising of editor input: rich text HTML and URLs.

Wagtail's Draftail editor only emits whitelisted HTML, but pages are also written by code
(imports, shared content, the GraphQL layer later) and revisions are rendered in previews, so
the project cleans rich text again whenever it is stored, and refuses unsafe URLs in fields
and blocks with a Vietnamese message.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from wagtail.whitelist import Whitelister, attribute_rule, check_url

from congdoan.text import nfc

SAFE_SCHEMES = ("http", "https", "mailto", "tel")
# Platforms whose videos editors may embed (frontends render the player from the URL).
VIDEO_HOSTS = (
    "youtube.com",
    "youtu.be",
    "facebook.com",
    "fb.watch",
    "vimeo.com",
    "tiktok.com",
    "dailymotion.com",
)
VIDEO_HOSTS_HELP = "Liên kết video từ YouTube, Facebook, TikTok, Vimeo hoặc Dailymotion."
# Elements dropped together with everything inside them.
_DROP_WITH_CONTENT = ("script", "style", "iframe", "object", "template", "noscript", "svg", "math")
_plain = attribute_rule({})


def _safe_href(value: str) -> str | None:
    return check_url(value) if is_safe_url(value, allow_relative=True) else None


class _DbHtmlWhitelister(Whitelister):
    """Allow-list for Wagtail's database rich text format (``<a linktype=…>``, ``<embed>``)."""

    element_rules = {
        "[document]": _plain,
        "p": _plain,
        "br": _plain,
        "hr": _plain,
        "h2": _plain,
        "h3": _plain,
        "h4": _plain,
        "h5": _plain,
        "h6": _plain,
        "b": _plain,
        "strong": _plain,
        "i": _plain,
        "em": _plain,
        "u": _plain,
        "s": _plain,
        "sub": _plain,
        "sup": _plain,
        "code": _plain,
        "blockquote": _plain,
        "ul": _plain,
        "ol": _plain,
        "li": _plain,
        "a": attribute_rule({"href": _safe_href, "linktype": True, "id": True}),
        "embed": attribute_rule(
            {"embedtype": True, "id": True, "format": True, "alt": True, "url": _safe_href}
        ),
    }


_whitelister = _DbHtmlWhitelister()


def clean_rich_text(html: str) -> str:
    """Return ``html`` NFC-normalised with only allowed elements and attributes: no scripts,
    event handlers, styles or ``javascript:``/``data:`` links survive."""
    if not html:
        return html or ""
    html = nfc(html)
    lowered = html.lower()
    if "<" not in html and "&" not in html:
        return html
    if any(f"<{tag}" in lowered for tag in _DROP_WITH_CONTENT):
        soup = BeautifulSoup(html, "html.parser")
        for tag in soup.find_all(_DROP_WITH_CONTENT):
            tag.decompose()
        html = str(soup)
    return _whitelister.clean(html)


def _compact_url(url: str) -> str:
    """``url`` as a browser reads it for its scheme and host: without whitespace, control
    and format characters (browsers drop tabs and line breaks; zero-width characters are
    removed too, to be strict), lower-case, backslashes as slashes (browsers treat
    ``/\\host`` and ``\\\\host`` as ``//host``)."""
    compact = "".join(
        ch for ch in url if not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf")
    )
    return compact.replace("\\", "/").lower()


def is_safe_url(url: str, *, allow_relative: bool = False) -> bool:
    """True for http(s), mailto and tel URLs (and site-relative paths if allowed).

    Refused whatever the case, whitespace or control characters inside: other schemes
    (``javascript:``, ``data:``, ``vbscript:``...) and protocol-relative links to another
    host (``//host``, ``/\\host``, ``\\\\host``)."""
    if not url:
        return False
    compact = _compact_url(url)
    scheme = urlsplit(compact).scheme
    if not scheme:
        if ":" in compact.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]:
            return False  # "java script:" or an unknown scheme urlsplit did not see
        return allow_relative and not compact.startswith("//") and check_url(compact) is not None
    return scheme in SAFE_SCHEMES


def validate_safe_url(url: str) -> None:
    """Model/form validator: an absolute http(s) link, mailto: or tel:."""
    if not url:
        return
    if not is_safe_url(url):
        raise ValidationError(
            "Đường dẫn không an toàn hoặc không hợp lệ: chỉ chấp nhận liên kết bắt đầu bằng "
            "http://, https://, mailto: hoặc tel:.",
            code="unsafe_url",
        )
    if urlsplit(url).scheme in ("http", "https"):
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError as exc:
            raise ValidationError(
                "Địa chỉ web không hợp lệ, ví dụ đúng: https://congdoan.vn/tin-tuc.",
                code="invalid_url",
            ) from exc


def validate_web_url(url: str) -> None:
    """Model/form validator: an absolute http(s) link only."""
    if not url:
        return
    validate_safe_url(url)
    if urlsplit(url).scheme not in ("http", "https"):
        raise ValidationError(
            "Chỉ chấp nhận địa chỉ web bắt đầu bằng http:// hoặc https://.", code="not_web_url"
        )


def host_matches(url: str, hosts: tuple[str, ...]) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == h or host.endswith("." + h) for h in hosts)
