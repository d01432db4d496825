"""StreamField bodies as a typed union (``BodyBlock``), built from the stored block data.

Wagtail's own chooser blocks would load every image, document and page a body points at
without asking whether the visitor may see it. Here the stored ids are collected from the
whole body first and loaded in bulk through the request's Visibility (images with their
renditions), so a body costs a fixed number of statements however many blocks it has, and
a block pointing at a private image, a draft page or a private document shows ``null``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated
from urllib.parse import urlsplit

import strawberry
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from cms.models import DocumentPage
from graphql_api.content.richtext import RichTextLinks
from graphql_api.content.specific import load_specific
from graphql_api.content.types import PageInterface
from graphql_api.content.visibility import visibility_for
from graphql_api.media.types import DocumentType, ImageType, with_renditions

if TYPE_CHECKING:
    from graphql_api.content.pages import DocumentPageType

DocumentPageRef = Annotated["DocumentPageType", strawberry.lazy("graphql_api.content.pages")]


@strawberry.interface(name="Block", description="Một khối nội dung của thân bài.")
class Block:
    id: str | None = strawberry.field(description="Mã khối (ổn định giữa các lần sửa).")


@strawberry.type(name="ParagraphBlock", description="Đoạn văn (HTML đã làm sạch).")
class ParagraphBlock(Block):
    html: str


@strawberry.type(name="HeadingBlock")
class HeadingBlock(Block):
    text: str
    level: int = strawberry.field(description="2, 3 hoặc 4 (thẻ h2…h4).")


@strawberry.type(name="ImageBlock")
class ImageBlock(Block):
    image: ImageType | None = strawberry.field(description="null nếu ảnh đã xóa hoặc riêng tư.")
    caption: str
    credit: str
    alt: str = strawberry.field(description="Mô tả thay thế; trống thì dùng tên ảnh.")


@strawberry.type(name="QuoteBlock")
class QuoteBlock(Block):
    text: str
    attribution: str


@strawberry.type(name="EmbedBlock", description="Video nhúng từ nền tảng được phép.")
class EmbedBlock(Block):
    url: str
    caption: str
    provider: str = strawberry.field(description="Tên miền của nền tảng, ví dụ youtube.com.")


@strawberry.type(name="DocumentLinkBlock")
class DocumentLinkBlock(Block):
    label: str
    document: DocumentType | None
    official_document: DocumentPageRef | None


@strawberry.type(name="FactBoxBlock")
class FactBoxBlock(Block):
    title: str
    html: str


@strawberry.type(name="CallToActionBlock")
class CallToActionBlock(Block):
    text: str
    button_label: str
    page: PageInterface | None
    url: str


@strawberry.type(name="TableRow", description="Một hàng của bảng.")
class TableRow:
    cells: list[str] = strawberry.field(description="Các ô của hàng, từ trái sang phải.")


@strawberry.type(name="TableBlock", description="Bảng (ô là chữ thường, không có HTML).")
class TableBlock(Block):
    caption: str
    first_row_is_header: bool
    first_col_is_header: bool
    # Rows as objects, not [[String!]!]!: a nested list type is deeper than the type
    # references some clients' trimmed introspection queries ask for.
    rows: list[TableRow]


BodyBlock = Annotated[
    ParagraphBlock
    | HeadingBlock
    | ImageBlock
    | QuoteBlock
    | EmbedBlock
    | DocumentLinkBlock
    | FactBoxBlock
    | CallToActionBlock
    | TableBlock,
    strawberry.union("BodyBlock", description="Các loại khối của thân bài."),
]


def _int(value) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _provider(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def stream_blocks(stream_value, info) -> list:
    """The body's blocks; referenced objects loaded in one statement per kind."""
    if not stream_value:
        return []
    raw = [block for block in stream_value.raw_data if isinstance(block, dict)]
    visibility = visibility_for(info)
    wanted: dict[str, set[int]] = {
        "image": set(),
        "document": set(),
        "docpage": set(),
        "page": set(),
    }
    texts = []
    for block in raw:
        kind, value = block.get("type"), block.get("value")
        if kind == "image" and isinstance(value, dict):
            wanted["image"].add(_int(value.get("image")))
        elif kind == "document_link" and isinstance(value, dict):
            wanted["document"].add(_int(value.get("document")))
            wanted["docpage"].add(_int(value.get("official_document")))
        elif kind == "call_to_action" and isinstance(value, dict):
            wanted["page"].add(_int(value.get("page")))
        elif kind == "paragraph":
            texts.append(value if isinstance(value, str) else "")
        elif kind == "fact_box" and isinstance(value, dict):
            texts.append(value.get("body") or "")
    ids = {key: {pk for pk in values if pk} for key, values in wanted.items()}
    links = RichTextLinks.of(info, visibility)
    text_pages, text_documents = links.missing(texts)

    images = documents = docpages = pages = {}
    if ids["image"]:
        queryset = visibility.media(Image.objects.filter(pk__in=ids["image"]))
        images = {i.pk: i for i in with_renditions(queryset)}
    document_ids = ids["document"] | text_documents
    if document_ids:
        queryset = visibility.media(Document.objects.filter(pk__in=document_ids))
        documents = {d.pk: d for d in queryset}
    # One statement for every page the body points at (blocks and rich-text links), then
    # the specific rows of those shown as pages, one statement per page type.
    page_ids = ids["page"] | ids["docpage"] | text_pages
    if page_ids:
        base = list(
            visibility.pages(Page.objects.filter(pk__in=page_ids)).only(
                "id", "url_path", "content_type_id"
            )
        )
        shown = [page for page in base if page.pk in ids["page"] | ids["docpage"]]
        specific = {p.pk: p for p in load_specific(shown, info, optimize=False)}
        pages = {pk: page for pk, page in specific.items() if pk in ids["page"]}
        docpages = {
            pk: page
            for pk, page in specific.items()
            if pk in ids["docpage"] and isinstance(page, DocumentPage)
        }
        links.remember(text_pages, [p for p in base if p.pk in text_pages])
    links.remember(
        document_ids=text_documents,
        documents=[d for pk, d in documents.items() if pk in text_documents],
    )

    blocks = []
    for block in raw:
        kind, value, block_id = block.get("type"), block.get("value"), block.get("id")
        built = _build(kind, value, block_id, images, documents, docpages, pages, links)
        if built is not None:
            blocks.append(built)
    return blocks


def _build(kind, value, block_id, images, documents, docpages, pages, links):
    if kind == "paragraph":
        return ParagraphBlock(id=block_id, html=links.render(value or ""))
    if not isinstance(value, dict):
        return None
    text = lambda key: value.get(key) or ""  # noqa: E731
    if kind == "heading":
        level = str(value.get("level") or "h2").lstrip("h")
        return HeadingBlock(
            id=block_id, text=text("text"), level=int(level) if level.isdigit() else 2
        )
    if kind == "image":
        image = images.get(_int(value.get("image")))
        alt = text("alt") or (image.title if image else "")
        return ImageBlock(
            id=block_id, image=image, caption=text("caption"), credit=text("credit"), alt=alt
        )
    if kind == "quote":
        return QuoteBlock(id=block_id, text=text("text"), attribution=text("attribution"))
    if kind == "embed":
        url = text("url")
        return EmbedBlock(id=block_id, url=url, caption=text("caption"), provider=_provider(url))
    if kind == "document_link":
        document = documents.get(_int(value.get("document")))
        official = docpages.get(_int(value.get("official_document")))
        label = text("label") or (
            official.title if official else document.title if document else ""
        )
        return DocumentLinkBlock(
            id=block_id, label=label, document=document, official_document=official
        )
    if kind == "fact_box":
        return FactBoxBlock(id=block_id, title=text("title"), html=links.render(text("body")))
    if kind == "call_to_action":
        return CallToActionBlock(
            id=block_id,
            text=text("text"),
            button_label=text("button_label"),
            page=pages.get(_int(value.get("page"))),
            url=text("url"),
        )
    if kind == "table":
        rows = value.get("data") or []
        return TableBlock(
            id=block_id,
            caption=text("table_caption"),
            first_row_is_header=bool(value.get("first_row_is_table_header")),
            first_col_is_header=bool(value.get("first_col_is_header")),
            rows=[
                TableRow(cells=["" if cell is None else str(cell) for cell in row])
                for row in rows
            ],
        )
    return None
