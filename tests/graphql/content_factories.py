"""Union content for the GraphQL tests: articles with cover images, topics, tags and a
StreamField body that touches every block type."""

from __future__ import annotations

import datetime

from cms.models import ArticlePage, DocumentPage, Topic
from tests.factories import home_page, make_document, make_image


def topics(*names: str) -> list[Topic]:
    return [Topic.objects.get_or_create(name=name)[0] for name in names]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_official_document(number="18/KH-CĐN", parent=None, **fields) -> DocumentPage:
    parent = parent or home_page()
    page = DocumentPage(
        title=fields.pop("title", f"Kế hoạch {number}"),
        document_number=number,
        document_type=fields.pop("document_type", "plan"),
        issuing_body=fields.pop("issuing_body", "Công đoàn ngành Công Thương"),
        signed_on=fields.pop("signed_on", datetime.date(2026, 3, 1)),
        **fields,
    )
    parent.add_child(instance=page)
    return publish(page)


def body(images, *, document=None, official=None, linked_page=None) -> list[dict]:
    """A StreamField body with one block of every type (images: one image block each)."""
    link = f'<a linktype="page" id="{linked_page.pk}">bài liên quan</a>' if linked_page else ""
    doc_link = f'<a linktype="document" id="{document.pk}">tệp</a>' if document else ""
    blocks = [
        {"type": "heading", "value": {"text": "Quyền lợi", "level": "h2"}},
        {"type": "paragraph", "value": f"<p>Người lao động được {link} và {doc_link}.</p>"},
        *(
            {
                "type": "image",
                "value": {"image": image.pk, "caption": "Chú thích", "credit": "", "alt": ""},
            }
            for image in images
        ),
        {"type": "quote", "value": {"text": "Công đoàn là nhà", "attribution": "Đoàn viên"}},
        {"type": "embed", "value": {"url": "https://www.youtube.com/watch?v=abc", "caption": ""}},
        {
            "type": "document_link",
            "value": {
                "document": document.pk if document else None,
                "official_document": official.pk if official else None,
                "label": "",
            },
        },
        {"type": "fact_box", "value": {"title": "Cần biết", "body": f"<p>Xem {link}</p>"}},
        {
            "type": "call_to_action",
            "value": {
                "text": "Đọc thêm",
                "button_label": "Xem",
                "page": linked_page.pk if linked_page else None,
                "url": "",
            },
        },
        {
            "type": "table",
            "value": {
                "data": [["Vùng", "Mức lương"], ["I", "4.960.000"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "Lương tối thiểu",
            },
        },
    ]
    return blocks


def make_full_article(title="Tăng lương tối thiểu vùng", *, images=3, parent=None, **fields):
    """An article with a cover image, two topics, two tags and a body of every block type."""
    parent = parent or home_page()
    document = make_document("Phụ lục")
    official = fields.pop("official", None) or make_official_document(
        f"{ArticlePage.objects.count() + 1}/KH-CĐN"
    )
    linked = fields.pop("linked_page", None)
    article = ArticlePage(
        title=title,
        standfirst="Từ 1/1/2026 lương tối thiểu vùng tăng 7,2%.",
        author="Hải Nguyễn",
        cover_image=make_image(f"Bìa {title}"),
        body=body(
            [make_image(f"Ảnh {i}") for i in range(images)],
            document=document,
            official=official,
            linked_page=linked,
        ),
        **fields,
    )
    parent.add_child(instance=article)
    article.topics.set(topics("Tiền lương", "Bảo hiểm xã hội"))
    article.tags.add("luong-toi-thieu", "2026")
    return publish(article)
