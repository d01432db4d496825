"""Helpers of the cms tests: admin form data for every page type, users with roles."""

import json

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from hierarchy.actions import GrantRole
from tenants.models import Role
from tests.factories import make_user


def user_with_role(tenant, role=Role.EDITOR, email=None):
    user = make_user(email)
    GrantRole(user, tenant, role).execute()
    return user


def table_value(rows, header="row"):
    return json.dumps(
        {
            "data": rows,
            "table_header_choice": header,
            "first_row_is_table_header": header in ("row", "both"),
            "first_col_is_header": False,
            "table_caption": "",
            "cell": [],
            "mergeCells": [],
        }
    )


def all_blocks(image_pk, document_pk, page_pk):
    """One block of every body block type, as admin form data."""
    return streamfield(
        [
            ("paragraph", rich_text("<p>Công đoàn cơ sở giám sát việc trả lương.</p>")),
            ("heading", {"text": "Những điểm mới", "level": "h2"}),
            (
                "image",
                {"image": str(image_pk), "caption": "Công nhân", "credit": "Ảnh: TTXVN", "alt": ""},
            ),
            ("quote", {"text": "Đoàn viên là trung tâm.", "attribution": "Chủ tịch"}),
            ("embed", {"url": "https://www.youtube.com/watch?v=abc123", "caption": "Phóng sự"}),
            (
                "document_link",
                {"document": str(document_pk), "official_document": "", "label": "Tải văn bản"},
            ),
            ("fact_box", {"title": "Cần nhớ", "body": rich_text("<p>Giữ phiếu lương.</p>")}),
            (
                "call_to_action",
                {
                    "text": "Hỏi luật sư",
                    "button_label": "Gửi câu hỏi",
                    "page": str(page_pk),
                    "url": "",
                },
            ),
            ("table", table_value([["Vùng", "Mức lương"], ["Vùng I", "4.960.000"]])),
        ]
    )


def page_form(title, **fields):
    return nested_form_data({"title": title, "slug": "", **fields})


__all__ = [
    "all_blocks",
    "inline_formset",
    "nested_form_data",
    "page_form",
    "rich_text",
    "streamfield",
    "table_value",
    "user_with_role",
]
