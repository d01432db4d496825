"""StreamField blocks of the union content model.

Block type names (the keys of ``BODY_BLOCKS``) are part of the API contract with the GraphQL
layer: ``paragraph``, ``heading``, ``image``, ``quote``, ``embed``, ``document_link``,
``fact_box``, ``call_to_action``, ``table``.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

from cms.sanitize import VIDEO_HOSTS, VIDEO_HOSTS_HELP, clean_rich_text, host_matches, is_safe_url
from congdoan.text import nfc

PARAGRAPH_FEATURES = [
    "bold",
    "italic",
    "h3",
    "h4",
    "ol",
    "ul",
    "link",
    "document-link",
    "superscript",
    "subscript",
]
SHORT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class MalformedRichText(RichText):
    """A rich-text value the admin form could not read (a crafted or corrupted post): shown as
    an empty editor and refused by ``clean`` with a form error instead of a 500."""

    def __init__(self):
        super().__init__("")


class MalformedTable(dict):
    """A table value the admin form could not read (not JSON, not an object, or missing)."""


class SafeRichTextBlock(blocks.RichTextBlock):
    """Rich text cleaned (allow-list, no scripts or ``javascript:`` links) and NFC-normalised
    whenever it is stored."""

    def value_from_datadict(self, data, files, prefix):
        # The editor posts its content state as JSON; Wagtail's converter raises on anything
        # else (a crafted post), which would be a 500.
        try:
            return super().value_from_datadict(data, files, prefix)
        except (ValueError, TypeError, KeyError, AttributeError):
            return MalformedRichText()

    def clean(self, value):
        if isinstance(value, MalformedRichText):
            raise ValidationError("Nội dung đoạn văn không đọc được (dữ liệu gửi lên bị hỏng).")
        return super().clean(value)

    def get_prep_value(self, value):
        return clean_rich_text(super().get_prep_value(value))


class SafeURLBlock(blocks.CharBlock):
    """A link an editor types: http(s), mailto: or tel: only."""

    def __init__(self, *, web_only=False, hosts=None, **kwargs):
        self.web_only = web_only
        self.hosts = tuple(hosts or ())
        kwargs.setdefault("max_length", 1000)
        super().__init__(**kwargs)

    def clean(self, value):
        value = (super().clean(value) or "").strip()
        if not value:
            return value
        if not is_safe_url(value):
            raise ValidationError(
                "Đường dẫn không an toàn hoặc không hợp lệ: chỉ chấp nhận liên kết bắt đầu bằng "
                "http://, https://, mailto: hoặc tel:."
            )
        if self.web_only and not value.lower().startswith(("http://", "https://")):
            raise ValidationError("Chỉ chấp nhận địa chỉ web bắt đầu bằng http:// hoặc https://.")
        if self.hosts and not host_matches(value, self.hosts):
            raise ValidationError(VIDEO_HOSTS_HELP)
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Tiêu đề", max_length=255)
    level = blocks.ChoiceBlock(
        label="Cấp",
        choices=[("h2", "Tiêu đề cấp 2"), ("h3", "Tiêu đề cấp 3"), ("h4", "Tiêu đề cấp 4")],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = "Tiêu đề mục"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Ảnh")
    caption = blocks.CharBlock(label="Chú thích", required=False, max_length=500)
    credit = blocks.CharBlock(
        label="Nguồn ảnh", required=False, max_length=255, help_text="Ví dụ: Ảnh: Hải Nguyễn"
    )
    alt = blocks.CharBlock(
        label="Mô tả thay thế",
        required=False,
        max_length=255,
        help_text="Mô tả ngắn cho người khiếm thị; để trống sẽ dùng tiêu đề ảnh.",
    )

    class Meta:
        icon = "image"
        label = "Ảnh"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label="Trích dẫn")
    attribution = blocks.CharBlock(label="Người nói / nguồn", required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = "Trích dẫn"


class EmbedBlock(blocks.StructBlock):
    """A video from an allowed platform, stored as its URL; frontends render the player."""

    url = SafeURLBlock(
        label="Đường dẫn video",
        web_only=True,
        hosts=VIDEO_HOSTS,
        help_text=VIDEO_HOSTS_HELP,
    )
    caption = blocks.CharBlock(label="Chú thích", required=False, max_length=500)

    class Meta:
        icon = "media"
        label = "Video nhúng"


class DocumentLinkBlock(blocks.StructBlock):
    """A link to an uploaded file or to an official document page of this site."""

    document = DocumentChooserBlock(label="Tệp đính kèm", required=False)
    official_document = blocks.PageChooserBlock(
        label="Văn bản (trang văn bản)", page_type="cms.DocumentPage", required=False
    )
    label = blocks.CharBlock(
        label="Nhãn hiển thị",
        required=False,
        max_length=255,
        help_text="Để trống: dùng tên văn bản.",
    )

    class Meta:
        icon = "doc-full"
        label = "Liên kết văn bản"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("document") and not value.get("official_document"):
            raise StructBlockValidationError(
                block_errors={
                    "document": ErrorList(
                        [ValidationError("Chọn một tệp đính kèm hoặc một trang văn bản.")]
                    )
                }
            )
        return value


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Tiêu đề hộp", max_length=255, default="Thông tin cần biết")
    body = SafeRichTextBlock(label="Nội dung", features=SHORT_FEATURES)

    class Meta:
        icon = "info-circle"
        label = "Hộp thông tin"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Lời kêu gọi", max_length=255)
    button_label = blocks.CharBlock(label="Nhãn nút", max_length=60, default="Xem thêm")
    page = blocks.PageChooserBlock(label="Trang đích", required=False)
    url = SafeURLBlock(
        label="Hoặc đường dẫn",
        required=False,
        help_text="http(s)://…, mailto:… hoặc tel:…; không dùng cùng lúc với trang đích.",
    )

    class Meta:
        icon = "link"
        label = "Kêu gọi hành động"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise StructBlockValidationError(
                block_errors={
                    "url": ErrorList(
                        [ValidationError("Chọn đúng một đích: một trang hoặc một đường dẫn.")]
                    )
                }
            )
        return value


class CellTableBlock(TableBlock):
    """A plain-text table (cells are text, never HTML); cells NFC-normalised.

    A posted value that is missing, not JSON or not a JSON object becomes ``MalformedTable``
    and a form error (Wagtail's own block would raise, answering 500).
    """

    def value_from_form(self, value):
        try:
            parsed = super().value_from_form(value)
        except (ValueError, TypeError):
            return MalformedTable()
        return parsed if isinstance(parsed, dict) else MalformedTable()

    def to_python(self, value):
        return super().to_python(value if isinstance(value, dict) or value is None else {})

    def clean(self, value):
        if isinstance(value, MalformedTable):
            raise ValidationError("Bảng không có dữ liệu hợp lệ: hãy nhập lại nội dung bảng.")
        rows = value.get("data") if isinstance(value, dict) else None
        if value and not (
            isinstance(rows, list)
            and all(
                isinstance(row, list)
                and all(cell is None or isinstance(cell, str | int | float) for cell in row)
                for row in rows
            )
        ):
            raise ValidationError("Bảng không hợp lệ: mỗi hàng phải là một danh sách ô chữ.")
        return super().clean(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if isinstance(value, dict) and isinstance(value.get("data"), list):
            value = dict(value)
            value["data"] = [
                [nfc(cell) if isinstance(cell, str) else cell for cell in row]
                for row in value["data"]
                if isinstance(row, list)
            ]
        return value

    class Meta:
        icon = "table"
        label = "Bảng"


def body_blocks():
    """Block types of every page body, keyed by their stored name."""
    return [
        ("paragraph", SafeRichTextBlock(label="Đoạn văn", features=PARAGRAPH_FEATURES)),
        ("heading", HeadingBlock()),
        ("image", ImageBlock()),
        ("quote", QuoteBlock()),
        ("embed", EmbedBlock()),
        ("document_link", DocumentLinkBlock()),
        ("fact_box", FactBoxBlock()),
        ("call_to_action", CallToActionBlock()),
        ("table", CellTableBlock(table_options={"renderer": "text"})),
    ]


BODY_BLOCK_NAMES = [name for name, _ in body_blocks()]
