"""What the stock slug code makes of a Vietnamese title, computed exactly, so the server can
recognise such a slug and re-derive it with the project's rule (``congdoan.text.vn_slugify``).

The admin now slugifies with the project's rule in the browser (cms/static/cms/admin/
vietnamese.js). A page form may still arrive with a stock rendering: the project's script
did not load, an old browser tab, an import made with Django's ``slugify``. These renderings
are deterministic functions of the title, so they are recomputed here, not guessed:

* Wagtail's ``w-slug`` controller, ``urlify`` (its downcode map, read from the very
  ``core.js`` the admin serves) and its ``slugify`` fallback, with and without Unicode;
* Django's ``slugify``, with and without Unicode.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import wagtail
from django.utils.text import slugify as django_slugify

_CORE_JS = Path(wagtail.__file__).parent / "admin" / "static" / "wagtailadmin" / "js" / "core.js"
_MAP_RE = re.compile(r"JSON\.parse\('(\[\{\"LATIN_MAP.*?\}\])'\)", re.S)


@functools.cache
def _downcode_map(locale: str) -> dict[str, str]:
    """Wagtail's urlify downcode table for ``locale``, with its precedence: maps tagged with
    the locale first, then the others in order; the first map listing a character wins."""
    try:
        match = _MAP_RE.search(_CORE_JS.read_text(encoding="utf-8"))
        maps = json.loads(match.group(1)) if match else []
    except (OSError, ValueError):
        maps = []
    language = locale.lower().split("-")[0]
    tagged = []
    for entry in maps:
        for name, pairs in entry.items():
            locales = name.lower().split(":")[1:]
            tagged.append((language in locales, pairs))
    tagged.sort(key=lambda item: not item[0])  # stable, like the JS sort
    table: dict[str, str] = {}
    for _, pairs in tagged:
        for char, replacement in pairs:
            table.setdefault(char, replacement)
    return table


def _downcode(text: str, locale: str) -> str:
    table = _downcode_map(locale)
    if not table:
        return text
    pattern = re.compile("|".join(re.escape(key) for key in table))
    return pattern.sub(lambda m: table[m.group(0)], text)


def wagtail_slugify(text: str, *, allow_unicode: bool) -> str:
    text = text.strip()
    if allow_unicode:
        text = re.sub(r"\s+", "-", text).lower()
        return "".join(ch for ch in text if ch == "-" or ch == "_" or ch.isalnum())
    return re.sub(r"[^A-Za-z0-9\-_]", "", re.sub(r"\s+", "-", text)).lower()


def wagtail_urlify(text: str, *, locale: str = "vi", allow_unicode: bool = False) -> str:
    value = text.strip()
    if not value:
        return ""
    slug = value if allow_unicode else _downcode(value, locale)
    slug = slug.lower()
    if allow_unicode:
        slug = "".join(ch for ch in slug if ch in "-_" or ch.isalnum() or ch.isspace())
    else:
        slug = re.sub(r"[^-\w\s]", "", slug, flags=re.ASCII)
    slug = re.sub(r"[-\s]+", "-", slug)[:255]
    slug = slug.rstrip("-")
    return slug or wagtail_slugify(value, allow_unicode=allow_unicode)


def stock_renderings(title: str) -> set[str]:
    """Every slug the stock code (Wagtail's admin JavaScript, Django's slugify) makes of
    ``title``."""
    found = set()
    for allow_unicode in (False, True):
        for locale in ("vi", "und", "en"):
            found.add(wagtail_urlify(title, locale=locale, allow_unicode=allow_unicode))
        found.add(wagtail_slugify(title, allow_unicode=allow_unicode))
        found.add(django_slugify(title, allow_unicode=allow_unicode))
    found.discard("")
    return found
