"""Vietnamese text helpers: normalisation, accent folding, slugs and organisation codes.

``normalise_text`` (also known as ``nfc``) is the one normalisation every stored text goes
through: NFC, without bidi embedding/override/isolate characters (U+202A-202E, U+2066-2069,
used to disguise text: "‮gpj.exe" shows as "exe.jpg") and without control characters other
than tab and line breaks (PostgreSQL refuses NUL; the others are invisible garbage).

Django's ``slugify`` drops "đ" entirely ("Đoàn" -> "oan") because it has no decomposition,
so accents are folded here explicitly: đ/Đ become d/D before the combining marks of every
other letter are stripped.
"""

import re
import unicodedata

_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")


# C0/C1 controls except tab, LF, CR; DEL; bidi embeddings, overrides and isolates.
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_STRIPPED = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{BIDI_CONTROLS}]")
# Characters that show nothing on their own: controls, format characters (zero-width
# space/joiners, soft hyphen, BOM, bidi marks), separators and lone combining marks.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me", "Cn"})


def normalise_text(text: str) -> str:
    """NFC, without bidi controls and control characters (tab and line breaks kept)."""
    return _STRIPPED.sub("", unicodedata.normalize("NFC", text or ""))


# The historical name: every caller of ``nfc`` gets the full normalisation.
nfc = normalise_text


def has_visible_text(text: str) -> bool:
    """True when ``text`` shows at least one visible character (not only zero-width,
    control, format or space characters)."""
    return any(unicodedata.category(ch) not in _INVISIBLE_CATEGORIES for ch in text or "")


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


def normalise_code(code) -> str:
    """An organisation code as stored and looked up: NFC, trimmed, inner whitespace collapsed,
    upper-case ("ldld-ha-noi " -> "LDLD-HA-NOI"), so codes compare case-insensitively."""
    return " ".join(nfc("" if code is None else str(code)).split()).upper()


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
