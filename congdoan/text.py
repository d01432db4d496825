"""Vietnamese text helpers: NFC normalisation, accent folding and slugs.

Django's ``slugify`` drops "đ" entirely ("Đoàn" -> "oan") because it has no decomposition,
so accents are folded here explicitly: đ/Đ become d/D before the combining marks of every
other letter are stripped.
"""

import re
import unicodedata

_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def fold(text: str) -> str:
    """Strip Vietnamese diacritics: "Công đoàn Việt Nam" -> "Cong doan Viet Nam"."""
    decomposed = unicodedata.normalize("NFD", (text or "").translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def vn_slugify(text: str, max_length: int = 255) -> str:
    """ "Đoàn viên được hỗ trợ Tết Sum vầy 2026" -> "doan-vien-duoc-ho-tro-tet-sum-vay-2026"."""
    slug = _NON_SLUG.sub("-", fold(text).lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rstrip("-")
    return slug


def slug_rule_for_js() -> dict:
    """The folding and slug rule above as data, for the admin's JavaScript
    (cms/static/cms/admin/vietnamese.js), so the browser applies exactly this rule:
    ``letters`` first, then Unicode NFD with combining marks dropped, lower-case, every run
    of characters outside ``keep`` becomes one hyphen, hyphens trimmed at both ends."""
    return {
        "letters": {"đ": "d", "Đ": "D"},
        "keep": "a-z0-9",
        "maxLength": 255,
    }
