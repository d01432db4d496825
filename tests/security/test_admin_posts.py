"""Crafted admin StreamField posts answer a form error, never a 500 (production settings,
over HTTP): a rich-text block whose value is not the editor's JSON, a table block whose value
is not JSON, not an object, or missing."""

import html
import json

import pytest

from tests.cms.helpers import page_form, rich_text, streamfield, table_value
from tests.security import live
from tests.security.live import EMAILS, HttpClient

pytestmark = pytest.mark.django_db
prod_server = live.prod_server  # module-scoped fixtures
world = live.world


@pytest.fixture(scope="module")
def editor(prod_server, world):
    client = HttpClient(prod_server, world.hosts["b"])
    assert client.login(EMAILS["b"]).status == 302
    return client


def _post(editor, world, title, body, drop=None):
    data = page_form(title, standfirst="Sa-pô", body=body)
    data.pop(drop, None)
    return editor.post(f"/admin/pages/add/cms/articlepage/{world.home_page_id}/", data)


CRAFTED = {
    "table_not_json": (streamfield([("table", "không phải JSON {")]), "Bảng không có dữ liệu"),
    "table_json_list": (streamfield([("table", "[1, 2]")]), "Bảng không có dữ liệu"),
    "table_bad_rows": (
        streamfield([("table", '{"data": "x", "table_header_choice": "row"}')]),
        "Bảng không hợp lệ",
    ),
    "table_without_value": (streamfield([("table", "{}")]), "Bảng không có dữ liệu"),
    "paragraph_not_json": (
        streamfield([("paragraph", "<p>không phải JSON</p>")]),
        "Nội dung đoạn văn không đọc được",
    ),
}


@pytest.mark.parametrize("case", list(CRAFTED))
def test_crafted_block_values_answer_a_form_error(editor, world, case):
    body, message = CRAFTED[case]
    drop = "body-0-value" if case == "table_without_value" else None
    response = _post(editor, world, f"Bài thử {case}", body, drop)
    assert response.status == 200
    # Block errors travel to the editor's JavaScript as JSON inside an HTML attribute.
    assert json.dumps(message)[1:-1] in html.unescape(response.text)


def test_a_well_formed_post_still_creates_the_page(editor, world):
    body = streamfield(
        [
            ("paragraph", rich_text("<p>Nội dung hợp lệ.</p>")),
            ("table", table_value([["Vùng", "Mức"], ["I", "4.960.000"]])),
        ]
    )
    assert _post(editor, world, "Bài hợp lệ", body).status == 302
