"""The base of every page type: Vietnamese slugs and text normalisation, sanitised rich text
and the accent-folded search index text."""

import math

from django import forms
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.utils.html import strip_tags
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.search import index

from cms.sanitize import clean_rich_text
from cms.search import index_text
from cms.stock_slugs import stock_renderings
from congdoan.text import fold, has_visible_text, nfc, vn_slugify

WORDS_PER_MINUTE = 220
# The boost of Wagtail's image and document titles: the highest, so weight A of tsvectors.
TITLE_BOOST = 10
# Slug of a page whose title has no letter or digit ("!!!", emoji only).
FALLBACK_SLUG = "trang"
# Longest lead texts editors may write, in characters of text (tags of rich text not
# counted). A news standfirst (sa-pô) is 1-3 sentences, 200-500 characters in Vietnamese
# newsrooms; 1,000 leaves room for long ones and refuses pasted articles.
TEXT_LIMITS = {"standfirst": 1000, "intro": 1000, "summary": 1000, "search_description": 1000}
INVISIBLE_TITLE = (
    "Tiêu đề phải có ít nhất một chữ cái, chữ số hoặc ký hiệu nhìn thấy được; tiêu đề chỉ gồm "
    "ký tự ẩn (khoảng trắng độ rộng 0, ký tự điều khiển) không được chấp nhận."
)


def single_line(text: str) -> str:
    """A title: normalised, line breaks and tabs as spaces, trimmed."""
    return " ".join(nfc(text).replace("\t", " ").splitlines()).strip()


def text_length(value) -> int:
    source = value.source if isinstance(value, RichText) else value
    if not isinstance(source, str):
        return 0
    return len(strip_tags(source)) if "<" in source else len(source)


def too_long_message(label, limit: int, length: int) -> str:
    label = str(label)
    limit_text, length_text = (f"{n:,}".replace(",", ".") for n in (limit, length))
    return (
        f"{label[:1].upper()}{label[1:]} dài tối đa {limit_text} ký tự "
        f"(hiện có {length_text} ký tự): hãy rút gọn."
    )


def browser_rendering_of(slug: str, title: str) -> bool:
    """True when ``slug`` is exactly what the stock slug code (Wagtail's admin JavaScript,
    Django's ``slugify``) makes of ``title`` and differs from the project's rule: such a slug
    was generated, not chosen, so the server re-derives it ("Đoàn viên" -> "djoan-vien")."""
    if not slug or slug == vn_slugify(title):
        return False
    return slug in stock_renderings(title) or slug in stock_renderings(nfc(title))


def canonical_slug(slug: str) -> str:
    """A hand-typed slug in the project's form: ASCII, lower case, single hyphens."""
    return vn_slugify(slug)


class VietnamesePageForm(WagtailAdminPageForm):
    """Generate page slugs on the server from Vietnamese titles.

    The admin's JavaScript fills the slug from the title with the project's rule
    (cms/static/cms/admin/vietnamese.js). Before validation, a slug that is empty or exactly
    a stock rendering of the title (``browser_rendering_of``) becomes ``vn_slugify(title)``;
    a slug typed by hand is kept, in canonical form (ASCII, lower case, single hyphens).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
        for field in self.fields.values():
            if field.required and field.label:
                verb = "chọn" if isinstance(field, forms.ChoiceField) else "nhập"
                label = str(field.label)
                label = label[:1].lower() + label[1:]
                field.error_messages["required"] = f"Vui lòng {verb} {label}."
        if self.is_bound:
            data = self.data.copy()
            title_key, slug_key = self.add_prefix("title"), self.add_prefix("slug")
            raw_title = data.get(title_key, "")
            title = single_line(raw_title)
            slug = (data.get(slug_key) or "").strip()
            if title:
                data[title_key] = title
                if not has_visible_text(title):
                    pass  # refused by BasePage.clean with INVISIBLE_TITLE
                elif (
                    not slug
                    or browser_rendering_of(slug, title)
                    or browser_rendering_of(slug, raw_title)
                ):
                    data[slug_key] = vn_slugify(title) or FALLBACK_SLUG
                elif slug != canonical_slug(slug):
                    data[slug_key] = canonical_slug(slug) or FALLBACK_SLUG
            self.data = data

    # Buttons that send a page to readers or reviewers (Wagtail's footer action names).
    REVIEW_ACTIONS = ("action-submit", "action-publish", "action-restart-workflow")
    EMPTY_BODY_MESSAGE = (
        "Bài viết chưa có nội dung: thêm ít nhất một khối (đoạn văn, ảnh, …) trước khi gửi "
        "duyệt hoặc xuất bản. Lưu bản nháp thì không cần."
    )

    def clean(self):
        """A page whose body is empty cannot be submitted for review or published (a draft
        can be saved). The error is shown on the body field; nothing is saved."""
        cleaned_data = super().clean()
        if (
            "body" in self.fields
            and any(action in self.data for action in self.REVIEW_ACTIONS)
            and "body" not in self.errors
            and not len(cleaned_data.get("body") or [])
        ):
            from wagtail.blocks.stream_block import StreamBlockValidationError

            self.add_error(
                "body",
                StreamBlockValidationError(
                    non_block_errors=[ValidationError(self.EMPTY_BODY_MESSAGE)]
                ),
            )
        return cleaned_data


class VietnameseFormPageForm(VietnamesePageForm, WagtailAdminFormPageForm):
    """Admin form of form pages: Vietnamese slugs plus Wagtail's form-builder checks."""


class SafeRichTextField(RichTextField):
    """A rich text field whose HTML is NFC-normalised and cleaned (allow-list) when stored."""

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return clean_rich_text(value) if isinstance(value, str) else value


def _nfc_deep(value):
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_nfc_deep(item) for item in value]
    if isinstance(value, dict):
        return {key: _nfc_deep(item) for key, item in value.items()}
    return value


def stream_text(stream_field: StreamField, value) -> str:
    """The searchable text of a StreamField value (rich text stripped of tags)."""
    if not value:
        return ""
    parts = stream_field.stream_block.get_searchable_content(value)
    return " ".join(str(part) for part in parts if part)


def search_copy(*texts: str) -> str:
    """Text as the search index stores it: lower-cased as written, then accent-folded."""
    joined = index_text(" ".join(t for t in texts if t))
    return f"{joined} {fold(joined)}" if joined.strip() else ""


class BasePage(Page):
    """Every page type of the project.

    Slugs are generated on the server from Vietnamese titles; titles, text fields, rich text
    and StreamField text are stored NFC-normalised; rich text is cleaned against an allow-list
    whenever it is stored; the search index gets each text twice, as written (lower-cased)
    and accent-folded (see ``cms.search``).
    """

    base_form_class = VietnamesePageForm

    search_fields = [
        *Page.search_fields,
        # The title alone, at the top weight (A): ranking puts title matches first.
        index.SearchField("search_title", boost=TITLE_BOOST),
        index.SearchField("search_heading", boost=2),
        index.SearchField("search_content"),
        index.AutocompleteField("search_heading"),
    ]

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        # One plain template for Wagtail's preview and "view live"; frontends use GraphQL.
        return "cms/page.html"

    def _set_core_field_defaults(self):
        self.title = single_line(self.title)
        parent_is_known = bool(self.path or getattr(self, "_cached_parent_obj", None))
        if not self.slug and parent_is_known and has_visible_text(self.title):
            base = vn_slugify(self.title) or FALLBACK_SLUG
            if base:
                self.slug = self._get_autogenerated_slug(base)
        elif self.slug and parent_is_known and browser_rendering_of(self.slug, self.title):
            # Made by stock code (an import using Django's slugify, say): the project's rule.
            self.slug = self._get_autogenerated_slug(vn_slugify(self.title) or FALLBACK_SLUG)
        elif self.slug and self.slug != canonical_slug(self.slug):
            self.slug = canonical_slug(self.slug)
        super()._set_core_field_defaults()

    # --- Normalisation -------------------------------------------------------------------

    def normalise_text(self) -> None:
        """NFC-normalise every text of the page; HTML given for a StreamField becomes one
        paragraph block (pages written by code before bodies were StreamFields)."""
        for field in self._meta.concrete_fields:
            value = getattr(self, field.attname, None)
            if isinstance(field, StreamField):
                if value is None:
                    continue
                if not value and getattr(value, "raw_text", None):
                    if "paragraph" in field.stream_block.child_blocks:
                        setattr(
                            self,
                            field.attname,
                            [{"type": "paragraph", "value": clean_rich_text(value.raw_text)}],
                        )
                    continue
                raw = field.stream_block.get_prep_value(value)
                normalised = _nfc_deep(raw)
                if normalised != raw:
                    setattr(self, field.attname, normalised)
            elif isinstance(field, RichTextField) and isinstance(value, str):
                setattr(self, field.attname, clean_rich_text(value))
            elif field.attname == "title" and isinstance(value, str):
                self.title = single_line(value)
            elif isinstance(field, (models.CharField, models.TextField)) and isinstance(value, str):
                setattr(self, field.attname, nfc(value))

    def full_clean(self, *args, **kwargs):
        self.normalise_text()
        super().full_clean(*args, **kwargs)

    def clean(self):
        """Refuse titles with nothing visible and lead texts longer than ``TEXT_LIMITS``
        (every page type; the admin form shows the errors on their fields)."""
        super().clean()
        errors = {}
        if self.title and not has_visible_text(self.title):  # empty: Django's "blank" error
            errors["title"] = INVISIBLE_TITLE
        for name, limit in TEXT_LIMITS.items():
            try:
                field = self._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            length = text_length(getattr(self, field.attname, None))
            if length > limit:
                errors[name] = too_long_message(field.verbose_name, limit, length)
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.normalise_text()
        self.before_save()
        self.__dict__.pop("_search_texts", None)
        return super().save(*args, **kwargs)

    def before_save(self) -> None:
        """Derived fields of a page type (reading time…), computed on every save."""

    # --- Search --------------------------------------------------------------------------

    def search_heading_parts(self) -> list[str]:
        """Texts ranked like the title (title, standfirst, names)."""
        return [self.title]

    def search_content_parts(self) -> list[str]:
        """Every other text of the page."""
        return [self.search_description]

    def _search_text(self, part: str) -> str:
        # The indexer reads each search field several times (vectors, plain-text columns):
        # compute once per save.
        cache = self.__dict__.setdefault("_search_texts", {})
        if part not in cache:
            if part == "title":
                parts = [self.title]
            elif part == "heading":
                parts = self.search_heading_parts()
            else:
                parts = self.search_content_parts()
            cache[part] = search_copy(*parts)
        return cache[part]

    def search_title(self) -> str:
        return self._search_text("title")

    def search_heading(self) -> str:
        return self._search_text("heading")

    def search_content(self) -> str:
        return self._search_text("content")

    def stream_text(self, name: str) -> str:
        return stream_text(self._meta.get_field(name), getattr(self, name))

    @staticmethod
    def rich_text_plain(html) -> str:
        source = html.source if isinstance(html, RichText) else html
        return strip_tags(source or "")


def reading_minutes(*texts: str) -> int:
    """Minutes a reader needs, at about 220 words a minute (at least 1)."""
    words = sum(len(t.split()) for t in texts if t)
    return max(1, math.ceil(words / WORDS_PER_MINUTE))
