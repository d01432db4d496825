"""The project's Vietnamese admin catalogue (locale/vi): compiled, used, and well-formed.

No database needed: these tests only read the catalogue and Django's translation machinery.
"""

import re
import unicodedata
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext, ngettext

from congdoan.management.commands.compile_translations import Command as CompileTranslations

PO_PATH = Path(settings.BASE_DIR) / "locale" / "vi" / "LC_MESSAGES" / "django.po"

# %(name)s-style, bare %s/%d, and str.format {name} placeholders.
PLACEHOLDER = re.compile(r"%\(\w+\)[sdifr]|%[sdifr]|\{\w*\}")
TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def po():
    return polib.pofile(str(PO_PATH))


def _placeholders(text):
    return sorted(PLACEHOLDER.findall(text.replace("%%", "")))


def _translations(entry):
    if entry.msgid_plural:
        return [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def test_compiled_catalogue_is_in_sync_with_po():
    # By instance, so the check runs whether or not "congdoan" is in INSTALLED_APPS.
    call_command(CompileTranslations(), "--check", verbosity=0)


def test_header_declares_vietnamese_utf8_single_plural_form(po):
    assert po.metadata["Language"] == "vi"
    assert po.metadata["Plural-Forms"] == "nplurals=1; plural=0;"
    assert "charset=UTF-8" in po.metadata["Content-Type"]


def test_catalogue_is_substantial_and_fully_translated(po):
    assert len(po) >= 300
    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []
    assert any(entry.msgid_plural for entry in po)
    for entry in po:
        if entry.msgid_plural:
            assert list(entry.msgstr_plural) == [0], entry.msgid  # nplurals=1


@pytest.mark.parametrize(
    ("msgid", "expected"),
    [
        ("Save draft", "Lưu bản nháp"),
        ("Publish", "Xuất bản"),
        ("Preview", "Xem trước"),
        ("Unpublish", "Ngừng xuất bản"),
        ("Pages", "Trang"),
        ("Images", "Hình ảnh"),
        ("Documents", "Tài liệu"),
        ("Snippets", "Đoạn nội dung"),
        ("Log out", "Đăng xuất"),
        ("Add child page", "Thêm trang con"),
    ],
)
def test_daily_admin_strings_are_vietnamese(msgid, expected):
    with translation.override("vi"):
        assert gettext(msgid) == expected


def test_placeholder_string_translates_and_formats():
    with translation.override("vi"):
        message = gettext("Page '%(page_title)s' has been published.") % {
            "page_title": "Tin hoạt động Công đoàn"
        }
    assert message == "Trang 'Tin hoạt động Công đoàn' đã được xuất bản."


def test_plural_string_uses_the_single_vietnamese_form():
    with translation.override("vi"):
        for count in (1, 5):
            message = ngettext(
                "%(num_parent_objects)d page has been published",
                "%(num_parent_objects)d pages have been published",
                count,
            ) % {"num_parent_objects": count}
            assert message == f"Đã xuất bản {count} trang"


def test_every_translation_keeps_the_msgid_placeholders(po):
    bad = []
    for entry in po:
        allowed = [_placeholders(entry.msgid)]
        if entry.msgid_plural:
            # Vietnamese has one plural form, so msgstr[0] may follow either English form
            # ("Delete 1 page" / "Delete %(counter)s pages" -> "Xóa %(counter)s trang").
            allowed.append(_placeholders(entry.msgid_plural))
        for text in _translations(entry):
            if _placeholders(text) not in allowed:
                bad.append((entry.msgid, text))
    assert bad == []


def test_every_translation_keeps_the_msgid_html_tags(po):
    bad = [
        (entry.msgid, text)
        for entry in po
        for text in _translations(entry)
        if sorted(TAG.findall(text)) != sorted(TAG.findall(entry.msgid))
    ]
    assert bad == []


def test_every_translation_is_nfc_normalised(po):
    bad = [
        (entry.msgid, text)
        for entry in po
        for text in _translations(entry)
        if unicodedata.normalize("NFC", text) != text
    ]
    assert bad == []
