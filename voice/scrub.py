"""Remove personal data from a member's text before it is shown to the public (a Q&A page).

``scrub(text, names=())`` replaces, in this order:

* e-mail addresses -> ``[email]``;
* 12-digit citizen ID numbers (CCCD, also written in groups "001 203 004 567") and 9-digit
  old ID numbers (CMND) -> ``[số giấy tờ]``; a 9-digit number followed by a currency
  ("100000000 đồng") is an amount and is kept;
* Vietnamese phone numbers -> ``[số điện thoại]``: mobile and landline, with a leading 0,
  84 or +84 (also "(+84)", "0084"), digits grouped by spaces, dots or dashes;
* a name introduced by "tôi là", "tên tôi là", "tôi tên (là)", "em là", "em tên (là)",
  "mình là", "mình tên (là)", "cháu là", "tên là", "họ tên" (optionally after a form of
  address such as "anh", "chị", "cô"): the capitalised words that follow -> ``[họ tên]``;
* every name in ``names`` (the case's own contact name), wherever it appears, in any case
  and with or without diacritics -> ``[họ tên]``.

The rest of the text is kept as written. Scrubbing is a safety net, not the approval: an
editor reads the draft before it is published (docs/voice.md, "Hỏi đáp công khai").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from congdoan.text import fold, nfc

NAME = "[họ tên]"
PHONE = "[số điện thoại]"
ID_NUMBER = "[số giấy tờ]"
EMAIL = "[email]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

# 12 digits, contiguous or in groups of 3 or 4 (001 203 004 567, 0012 0300 4567).
_CITIZEN_ID = re.compile(
    r"(?<![\d+])(?:\d{12}|\d{3}(?:[ .]\d{3}){3}|\d{4}(?:[ .]\d{4}){2})(?![\d])"
)
_CURRENCY = r"\s*(?:đồng|đ\b|vnđ|vnd|₫|%|triệu|tỷ|nghìn|ngàn)"
_OLD_ID = re.compile(rf"(?<![\d+])(?<!\d[.,])\d{{9}}(?!\d|[.,]\d)(?!{_CURRENCY})", re.IGNORECASE)

# A phone: prefix (+84, 0084, 84 or 0, optionally in parentheses with the area code), then
# 9 digits (mobile) or 10 (landline), each optionally after one separator: "0912 345 678",
# "(024) 3825 1234", "(+84) 912.345.678", "+84-912-345-678".
_PHONE = re.compile(r"(?<![\w+])\(?\s?(?:\+84|0084|84|0)(?:\)?[ .\-]?\d){9,10}(?!\d)")

_UPPER_WORD = r"[A-ZÀ-ỸĐ][\wÀ-ỹđĐ]*"
_ADDRESS = r"(?:(?:anh|chị|em|cô|chú|bác|ông|bà|bạn)\s+)?"
_INTRO = (
    r"(?:tên\s+tôi\s+là|tôi\s+tên\s+là|tôi\s+tên|tôi\s+là|em\s+tên\s+là|em\s+tên|em\s+là|"
    r"mình\s+tên\s+là|mình\s+tên|mình\s+là|cháu\s+tên\s+là|cháu\s+là|tên\s+là|họ\s+và\s+tên"
    r"|họ\s+tên)"
)
_INTRODUCED_NAME = re.compile(
    rf"(?P<intro>\b{_INTRO}\s*:?\s+{_ADDRESS})(?P<name>{_UPPER_WORD}(?:\s+{_UPPER_WORD}){{0,4}})",
    re.IGNORECASE,
)
# IGNORECASE would let any word pass as a "capitalised" one: the name is re-checked.
_IS_UPPER_WORD = re.compile(_UPPER_WORD)


def _fold_chars(text: str) -> str:
    """Accent-folded and lower-cased, one character for one character (so positions match
    the NFC original)."""
    out = []
    for ch in text:
        folded = fold(ch).lower()
        out.append(folded if len(folded) == 1 else ch.lower())
    return "".join(out)


def _replace_name(match: re.Match) -> str:
    words = match.group("name").split()
    kept: list[str] = []
    for word in words:
        if not _IS_UPPER_WORD.fullmatch(word) or not word[:1].isupper():
            break
        kept.append(word)
    if not kept:
        return match.group(0)
    # The capitalised words are the name; anything after them is put back.
    name_text = match.group("name")
    end = 0
    for word in kept:
        end = name_text.index(word, end) + len(word)
    return f"{match.group('intro')}{NAME}{name_text[end:]}"


def _remove_names(text: str, names: Iterable[str]) -> str:
    for name in sorted({" ".join(nfc(n).split()) for n in names if n and n.strip()}, key=len)[::-1]:
        folded_name = _fold_chars(name)
        if len(folded_name) < 2:
            continue
        pattern = re.compile(
            r"(?<!\w)" + r"\s+".join(re.escape(part) for part in folded_name.split()) + r"(?!\w)"
        )
        folded = _fold_chars(text)
        pieces, last = [], 0
        for match in pattern.finditer(folded):
            pieces.append(text[last : match.start()])
            pieces.append(NAME)
            last = match.end()
        pieces.append(text[last:])
        text = "".join(pieces)
    return text


def scrub(text: str, names: Iterable[str] = ()) -> str:
    """``text`` without the personal data listed in the module docstring."""
    text = unicodedata.normalize("NFC", nfc(text or ""))
    text = _EMAIL.sub(EMAIL, text)
    text = _CITIZEN_ID.sub(ID_NUMBER, text)
    text = _PHONE.sub(PHONE, text)
    text = _OLD_ID.sub(ID_NUMBER, text)
    text = _remove_names(text, names)
    text = _INTRODUCED_NAME.sub(_replace_name, text)
    return text
