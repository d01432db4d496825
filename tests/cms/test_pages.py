"""Page types created through the Wagtail admin in a tenant, tree rules, validation messages
in Vietnamese and sanitised rich text."""

import datetime
import json
import re
import unicodedata

import pytest
from django_tenants.utils import schema_context

from tenants.models import Role
from tests.cms.helpers import (
    all_blocks,
    inline_formset,
    page_form,
    rich_text,
    streamfield,
    user_with_role,
)
from tests.factories import home_page, make_document, make_image


@pytest.fixture
def editor_a(tenant_a):
    return user_with_role(tenant_a, Role.EDITOR)


@pytest.fixture
def media_a(tenant_a):
    """An image, a file, a topic and an official document page in tenant A."""
    from cms.models import DocumentPage, Topic

    with schema_context(tenant_a.schema_name):
        home = home_page()
        doc_page = DocumentPage(
            title="Hướng dẫn Tháng Công nhân",
            document_number="64/HD-TLĐ",
            document_type="guidance",
            issuing_body="Tổng Liên đoàn Lao động Việt Nam",
            signed_on=datetime.date(2026, 3, 10),
        )
        home.add_child(instance=doc_page)
        doc_page.save_revision().publish()
        return {
            "home": home.pk,
            "image": make_image("Ảnh công nhân").pk,
            "document": make_document("Kế hoạch 18/KH-CĐN").pk,
            "topic": Topic.objects.get(slug="tien-luong").pk,
            "doc_page": doc_page.pk,
        }


def _forms(m):
    """Admin form data of one valid page of every type (model name -> fields)."""
    body = all_blocks(m["image"], m["document"], m["doc_page"])
    return {
        "homepage": {
            "intro": rich_text("<p>Công đoàn cơ sở Công ty May 10</p>"),
            "hero_image": str(m["image"]),
            "about": rich_text("<p>Thành lập năm 1946.</p>"),
            "address": "Sài Đồng, Long Biên, Hà Nội",
            "phone": "024 3827 6923",
            "email": "congdoan@may10.vn",
            "featured_items": inline_formset([{"page": str(m["doc_page"]), "label": "Văn bản"}]),
        },
        "sectionpage": {"intro": "Tin hoạt động", "cover_image": "", "topic": str(m["topic"])},
        "articlepage": {
            "standfirst": "Lương tối thiểu vùng tăng 7,2%.",
            "cover_image": str(m["image"]),
            "body": body,
            "author": "Hải Nguyễn",
            "source": "Báo Lao Động",
            "source_url": "https://laodong.vn/cong-doan",
            "published_on": "2026-01-05",
            "topics": (str(m["topic"]),),
            "tags": "lương tối thiểu, công đoàn",
        },
        "policypage": {
            "standfirst": "Điều người lao động cần biết.",
            "policy_area": "wages",
            "body": body,
            "related_documents": (str(m["doc_page"]),),
            "applies_from": "2026-01-01",
            "reviewed_on": "2026-03-01",
            "topics": (str(m["topic"]),),
        },
        "documentpage": {
            "document_number": "18/KH-CĐN",
            "document_type": "plan",
            "issuing_body": "Công đoàn ngành Công Thương",
            "signed_on": "2025-11-20",
            "effective_on": "2025-12-01",
            "signer": "Nguyễn Văn An",
            "signer_title": "Chủ tịch",
            "file": str(m["document"]),
            "summary": "Tổ chức Tết Sum vầy 2026.",
            "body": streamfield([]),
            "status": "in_force",
        },
        "campaignpage": {
            "kind": "tet_sum_vay",
            "standfirst": "Chăm lo Tết cho đoàn viên.",
            "start_date": "2025-12-15",
            "end_date": "2026-02-28",
            "theme": "Tết Sum vầy – Xuân chia sẻ",
            "hashtag": "TetSumVay2026",
            "key_messages": inline_formset([{"text": "Không để đoàn viên nào không có Tết"}]),
            "body": streamfield([]),
        },
        "eventpage": {
            "standfirst": "Hội nghị kết nối các điểm cầu.",
            "start_at": "2026-04-20 08:00",
            "end_at": "2026-04-20 11:00",
            "attendance_mode": "hybrid",
            "place_name": "Trụ sở Tổng Liên đoàn",
            "address": "82 Trần Hưng Đạo, Hà Nội",
            "online_url": "https://meet.congdoan.vn/hoi-nghi",
            "venues": inline_formset(
                [
                    {"name": "Điểm cầu Hà Nội", "address": "Cung Văn hóa", "online_url": ""},
                    {"name": "Điểm cầu TP.HCM", "address": "", "online_url": ""},
                ]
            ),
            "organiser": "Ban Tuyên giáo",
            "registration_url": "",
            "body": streamfield([]),
        },
        "questionpage": {
            "question": "Làm ca đêm có được trả thêm tiền?",
            "asker": "Bạn đọc Phạm Minh K.",
            "answer": rich_text("<p>Được trả thêm ít nhất 30%.</p>"),
            "topic": str(m["topic"]),
            "legal_basis": "Điều 98 Bộ luật Lao động 2019",
            "legal_documents": (str(m["doc_page"]),),
            "answered_by": "Luật sư Trần Văn B",
            "answered_on": "2026-02-01",
        },
        "gallerypage": {
            "intro": "Chợ Tết Công đoàn",
            "taken_on": "2026-01-25",
            "photographer": "Hải Nguyễn",
            "gallery_images": inline_formset(
                [{"image": str(m["image"]), "caption": "Gian hàng", "credit": "Ảnh: HN"}], min=1
            ),
        },
        "videopage": {
            "video_url": "https://www.youtube.com/watch?v=abc123",
            "description": "Phóng sự chuyến xe Công đoàn",
            "duration_seconds": "312",
            "transcript": "",
        },
        "infographicpage": {
            "image": str(m["image"]),
            "description": "Lương tối thiểu 4 vùng",
            "text_alternative": rich_text("<p>Vùng I: 4.960.000 đồng</p>"),
            "source": "Nghị định",
        },
        "modelstorypage": {
            "person_name": "Nguyễn Thị Mai",
            "person_role": "Công nhân may",
            "workplace": "Công ty May Sông Hồng",
            "portrait": str(m["image"]),
            "standfirst": "32 lần hiến máu.",
            "achievements": "Bằng khen Tổng Liên đoàn",
            "body": body,
        },
        "formpage": {
            "intro": rich_text("<p>Ý kiến của bạn</p>"),
            "form_fields": inline_formset(
                [
                    {
                        "label": "Họ và tên",
                        "field_type": "singleline",
                        "required": "on",
                        "choices": "",
                        "default_value": "",
                        "help_text": "",
                    },
                    {
                        "label": "Bạn đang ở",
                        "field_type": "radio",
                        "required": "on",
                        "choices": "Nhà trọ\nNhà người thân",
                        "default_value": "",
                        "help_text": "",
                    },
                ]
            ),
            "thank_you_text": rich_text("<p>Cảm ơn bạn!</p>"),
            "closes_at": "",
            "from_address": "",
            "to_address": "",
            "subject": "",
        },
    }


TITLES = {
    "homepage": "Công đoàn Công ty May 10",
    "sectionpage": "Tin tức – Sự kiện",
    "articlepage": "Tăng lương tối thiểu vùng từ 1/1/2026",
    "policypage": "Lương tối thiểu vùng: người lao động cần biết",
    "documentpage": "Kế hoạch tổ chức Tết Sum vầy",
    "campaignpage": "Tết Sum vầy 2026",
    "eventpage": "Hội nghị triển khai Tháng Công nhân",
    "questionpage": "Làm ca đêm có được trả thêm tiền?",
    "gallerypage": "Chợ Tết Công đoàn qua ảnh",
    "videopage": "Chuyến xe Công đoàn",
    "infographicpage": "Đồ họa lương tối thiểu",
    "modelstorypage": "Người thợ may hiến máu",
    "formpage": "Khảo sát nhu cầu nhà ở",
}


@pytest.mark.parametrize("model_name", list(TITLES))
def test_editor_creates_every_page_type_in_the_admin(
    model_name, tenant_a, editor_a, media_a, client_for
):
    from django.apps import apps

    client = client_for(tenant_a, editor_a)
    title = TITLES[model_name]
    response = client.post(
        f"/admin/pages/add/cms/{model_name}/{media_a['home']}/",
        page_form(title, **_forms(media_a)[model_name]),
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    model = apps.get_model("cms", model_name)
    with schema_context(tenant_a.schema_name):
        page = model.objects.get(title=title)
        assert page.slug.isascii() and page.slug
        assert page.get_parent().pk == media_a["home"]
        assert not page.live  # an editor saves drafts; publishing goes through moderation
        assert page.latest_revision is not None
        check = CHECKS.get(model_name)
        if check:
            check(page, media_a)


def _check_article(page, m):
    assert [b.block_type for b in page.body] == [
        "paragraph",
        "heading",
        "image",
        "quote",
        "embed",
        "document_link",
        "fact_box",
        "call_to_action",
        "table",
    ]
    assert page.body[2].value["image"].pk == m["image"]
    assert page.body[2].value["credit"] == "Ảnh: TTXVN"
    assert page.body[8].value["data"][1] == ["Vùng I", "4.960.000"]
    assert list(page.topics.values_list("pk", flat=True)) == [m["topic"]]
    assert sorted(page.tags.names()) == ["công đoàn", "lương tối thiểu"]
    assert page.reading_minutes >= 1 and page.slug == "tang-luong-toi-thieu-vung-tu-1-1-2026"


def _check_event(page, m):
    assert [v.name for v in page.venues.all()] == ["Điểm cầu Hà Nội", "Điểm cầu TP.HCM"]
    assert page.end_at - page.start_at == datetime.timedelta(hours=3)


def _check_campaign(page, m):
    assert page.hashtag == "#TetSumVay2026"
    assert [k.text for k in page.key_messages.all()] == ["Không để đoàn viên nào không có Tết"]


def _check_form(page, m):
    assert [f.label for f in page.form_fields.all()] == ["Họ và tên", "Bạn đang ở"]


def _check_policy(page, m):
    assert list(page.related_documents.values_list("pk", flat=True)) == [m["doc_page"]]


CHECKS = {
    "articlepage": _check_article,
    "eventpage": _check_event,
    "campaignpage": _check_campaign,
    "formpage": _check_form,
    "policypage": _check_policy,
}


def refused(response) -> bool:
    """Wagtail answers a forbidden admin action with 403, or a redirect to the dashboard
    carrying a permission-denied message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


# --- Tree rules ------------------------------------------------------------------------


def test_tree_rules(tenant_a):
    from wagtail.models import Page

    from cms import models as m

    assert m.HomePage.allowed_parent_page_models() == [Page, m.HomePage]
    content = [
        m.ArticlePage,
        m.PolicyPage,
        m.DocumentPage,
        m.EventPage,
        m.QuestionPage,
        m.GalleryPage,
        m.VideoPage,
        m.InfographicPage,
        m.ModelStoryPage,
        m.FormPage,
    ]
    for model in content:
        assert model.allowed_subpage_models() == [], model
        assert m.SectionPage in model.allowed_parent_page_models()
        assert m.HomePage in model.allowed_parent_page_models()
    assert set(m.CampaignPage.allowed_subpage_models()) == {
        m.ArticlePage,
        m.EventPage,
        m.GalleryPage,
        m.VideoPage,
        m.InfographicPage,
        m.ModelStoryPage,
        m.FormPage,
    }
    for model in (m.PolicyPage, m.DocumentPage, m.QuestionPage, m.SectionPage, m.HomePage):
        assert model not in m.CampaignPage.allowed_subpage_models()
    assert m.SectionPage.allowed_parent_page_models() == [m.HomePage, m.SectionPage]


def test_admin_refuses_a_child_type_the_parent_does_not_allow(
    tenant_a, editor_a, media_a, client_for
):
    client = client_for(tenant_a, editor_a)
    # An article under an official document page, a policy under the document page.
    for model_name in ("articlepage", "policypage", "sectionpage"):
        response = client.get(f"/admin/pages/add/cms/{model_name}/{media_a['doc_page']}/")
        assert refused(response)
    response = client.post(
        f"/admin/pages/add/cms/articlepage/{media_a['doc_page']}/",
        page_form("Bài lạc chỗ", standfirst="", body=streamfield([])),
    )
    assert refused(response)
    with schema_context(tenant_a.schema_name):
        from cms.models import ArticlePage

        assert not ArticlePage.objects.filter(title="Bài lạc chỗ").exists()
    # The "add child" chooser lists exactly the allowed types, and nothing for a page that
    # takes no children.
    response = client.get(f"/admin/pages/{media_a['home']}/add_subpage/")
    assert response.status_code == 200
    offered = set(
        re.findall(
            rf'href="/admin/pages/add/(\w+)/(\w+)/{media_a["home"]}/', response.content.decode()
        )
    )
    with schema_context(tenant_a.schema_name):
        from cms.models import HomePage

        allowed = {
            (m._meta.app_label, m._meta.model_name) for m in HomePage.creatable_subpage_models()
        }
    assert offered == allowed
    assert len(allowed) == 13
    assert refused(client.get(f"/admin/pages/{media_a['doc_page']}/add_subpage/"))


# --- Validation in Vietnamese -------------------------------------------------------------


def shows(html: str, message: str) -> bool:
    """True if the admin page shows ``message`` as HTML text or in the JSON that StreamField
    block errors are rendered from."""
    return message in html or json.dumps(message)[1:-1] in html


def _post(client, model_name, parent, title, **fields):
    response = client.post(
        f"/admin/pages/add/cms/{model_name}/{parent}/", page_form(title, **fields)
    )
    return response, response.content.decode()


def test_document_without_number_is_refused_in_vietnamese(tenant_a, editor_a, media_a, client_for):
    data = _forms(media_a)["documentpage"]
    data["document_number"] = ""
    response, html = _post(
        client_for(tenant_a, editor_a), "documentpage", media_a["home"], "Kế hoạch", **data
    )
    assert response.status_code == 200
    assert shows(html, "Vui lòng nhập số hiệu văn bản, ví dụ: 18/KH-CĐN.")
    data.update(document_number="18/KH-CĐN", signed_on="")
    response, html = _post(
        client_for(tenant_a, editor_a), "documentpage", media_a["home"], "Kế hoạch", **data
    )
    assert shows(html, "Vui lòng nhập ngày ký.")
    with schema_context(tenant_a.schema_name):
        from cms.models import DocumentPage

        assert not DocumentPage.objects.filter(title="Kế hoạch").exists()


@pytest.mark.parametrize("number", ["abc", "18-KH", "KH/18-CĐN", "18/KH"])
def test_document_number_format_is_checked(number, tenant_a, editor_a, media_a, client_for):
    data = _forms(media_a)["documentpage"]
    data["document_number"] = number
    response, _ = _post(
        client_for(tenant_a, editor_a), "documentpage", media_a["home"], "Kế hoạch", **data
    )
    assert response.status_code == 200
    # The message is the field's error (not the field's help text, which also cites 18/KH-CĐN).
    [error] = response.context["form"].errors["document_number"]
    assert re.fullmatch(
        rf"Số hiệu “{re.escape(number)}” không đúng dạng: số/ký hiệu loại-cơ quan, "
        r"ví dụ 18/KH-CĐN, 64/HD-TLĐ hoặc 05/2025/NQ-BCH\.",
        error,
        flags=re.IGNORECASE,
    )


def test_document_effective_before_signed_and_duplicate_number(
    tenant_a, editor_a, media_a, client_for
):
    client = client_for(tenant_a, editor_a)
    data = _forms(media_a)["documentpage"]
    data.update(signed_on="2026-03-10", effective_on="2026-03-01")
    response, html = _post(client, "documentpage", media_a["home"], "Kế hoạch", **data)
    assert shows(html, "Ngày có hiệu lực không được trước ngày ký.")
    data = _forms(media_a)["documentpage"]
    data.update(document_number="64 / HD - TLĐ", issuing_body="Tổng Liên đoàn Lao động Việt Nam")
    response, html = _post(client, "documentpage", media_a["home"], "Hướng dẫn trùng", **data)
    assert response.status_code == 200
    assert shows(html, "Số hiệu 64/HD-TLĐ của Tổng Liên đoàn Lao động Việt Nam đã có")


def test_event_ending_before_it_starts_is_refused(tenant_a, editor_a, media_a, client_for):
    client = client_for(tenant_a, editor_a)
    data = _forms(media_a)["eventpage"]
    data.update(start_at="2026-04-20 08:00", end_at="2026-04-19 17:00")
    response, html = _post(client, "eventpage", media_a["home"], "Hội nghị", **data)
    assert response.status_code == 200
    assert shows(html, "Thời điểm kết thúc không được trước thời điểm bắt đầu.")
    data = _forms(media_a)["eventpage"]
    data.update(attendance_mode="online", online_url="")
    response, html = _post(client, "eventpage", media_a["home"], "Tọa đàm", **data)
    assert shows(html, "Sự kiện trực tuyến hoặc kết hợp cần có đường dẫn trực tuyến.")


def test_bad_dates_and_campaign_period(tenant_a, editor_a, media_a, client_for):
    client = client_for(tenant_a, editor_a)
    data = _forms(media_a)["campaignpage"]
    data.update(start_date="2026-02-30")
    response, html = _post(client, "campaignpage", media_a["home"], "Chiến dịch", **data)
    assert response.status_code == 200
    assert "Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm (dd/mm/yyyy)" in html
    data = _forms(media_a)["campaignpage"]
    data.update(start_date="2026-05-31", end_date="2026-05-01", hashtag="Tháng công nhân")
    response, html = _post(client, "campaignpage", media_a["home"], "Chiến dịch", **data)
    assert shows(html, "Ngày kết thúc không được trước ngày bắt đầu.")
    assert shows(html, "Hashtag chỉ gồm chữ, số và dấu gạch dưới")
    with schema_context(tenant_a.schema_name):
        from cms.models import CampaignPage

        assert not CampaignPage.objects.filter(title="Chiến dịch").exists()


def test_unsafe_links_in_blocks_and_fields_are_refused(tenant_a, editor_a, media_a, client_for):
    client = client_for(tenant_a, editor_a)
    data = _forms(media_a)["articlepage"]
    data["body"] = streamfield(
        [
            (
                "call_to_action",
                {"text": "Bấm", "button_label": "Đi", "page": "", "url": "javascript:alert(1)"},
            ),
            ("embed", {"url": "https://evil.example/video", "caption": ""}),
        ]
    )
    data["source_url"] = "javascript:alert(document.cookie)"
    response, html = _post(client, "articlepage", media_a["home"], "Bài có link độc", **data)
    assert response.status_code == 200
    assert shows(html, "Đường dẫn không an toàn hoặc không hợp lệ")
    assert shows(html, "Liên kết video từ YouTube")
    data = _forms(media_a)["videopage"]
    data["video_url"] = "https://example.com/video.mp4"
    response, html = _post(client, "videopage", media_a["home"], "Video lạ", **data)
    assert shows(html, "Liên kết video từ YouTube")
    with schema_context(tenant_a.schema_name):
        from cms.models import ArticlePage, VideoPage

        assert not ArticlePage.objects.filter(title="Bài có link độc").exists()
        assert not VideoPage.objects.filter(title="Video lạ").exists()


def test_call_to_action_needs_exactly_one_target(tenant_a, editor_a, media_a, client_for):
    data = _forms(media_a)["articlepage"]
    data["body"] = streamfield(
        [("call_to_action", {"text": "Bấm", "button_label": "Đi", "page": "", "url": ""})]
    )
    _response, html = _post(
        client_for(tenant_a, editor_a), "articlepage", media_a["home"], "CTA", **data
    )
    assert shows(html, "Chọn đúng một đích: một trang hoặc một đường dẫn.")


# --- Sanitised rich text and NFC ----------------------------------------------------------

EVIL_LINK = json.dumps(
    {
        "blocks": [
            {
                "key": "a1b2c",
                "type": "unstyled",
                "text": "Bấm vào đây để nhận quà",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 4, "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:alert(1)"}}
        },
    }
)


def test_javascript_link_typed_in_the_editor_does_not_survive(
    tenant_a, editor_a, media_a, client_for
):
    data = _forms(media_a)["articlepage"]
    data["body"] = streamfield([("paragraph", EVIL_LINK)])
    response, _html = _post(
        client_for(tenant_a, editor_a), "articlepage", media_a["home"], "Quà Tết", **data
    )
    assert response.status_code == 302
    with schema_context(tenant_a.schema_name):
        from django.db import connection

        from cms.models import ArticlePage

        page = ArticlePage.objects.get(title="Quà Tết")
        stored = page.body.raw_data[0]["value"]
        assert "javascript" not in stored and "href" not in stored
        assert "vào đây để nhận quà" in stored
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT content::text FROM wagtailcore_revision WHERE object_id = %s",
                [str(page.pk)],
            )
            assert all("javascript" not in row[0] for row in cursor.fetchall())


def test_rich_text_written_by_code_is_cleaned(tenant_a):
    from cms.models import ArticlePage, QuestionPage

    evil = (
        '<p onclick="steal()">Tin <script>alert("x")</script><b>đậm</b>'
        '<a href="javascript:alert(1)">bấm</a> <a href=" JaVa\tscript:alert(1)">nữa</a>'
        '<a href="https://congdoan.vn/tin">an toàn</a><img src=x onerror=alert(1)>'
        '<iframe src="https://evil.example"></iframe><style>p{}</style></p>'
        '<embed embedtype="image" id="1" format="fullwidth" alt="Ảnh"/>'
    )
    with schema_context(tenant_a.schema_name):
        home = home_page()
        article = ArticlePage(title="Bài từ nhập liệu", body=[{"type": "paragraph", "value": evil}])
        home.add_child(instance=article)
        article.save_revision().publish()
        from cms.models import Topic

        question = QuestionPage(
            title="Hỏi", question="Hỏi gì?", answer=evil, topic=Topic.objects.first()
        )
        home.add_child(instance=question)
        question.save_revision().publish()
        for html in (
            ArticlePage.objects.get(pk=article.pk).body.raw_data[0]["value"],
            QuestionPage.objects.get(pk=question.pk).answer,
        ):
            lowered = html.lower()
            for bad in ("<script", "javascript", "onclick", "onerror", "<iframe", "<style", "<img"):
                assert bad not in lowered, (bad, html)
            assert "<b>đậm</b>" in html and 'href="https://congdoan.vn/tin"' in html
            assert '<embed alt="Ảnh" embedtype="image" format="fullwidth" id="1"/>' in html or (
                'embedtype="image"' in html
            )


def test_text_is_stored_nfc(tenant_a):
    from cms.models import DocumentPage, EventPage

    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
    with schema_context(tenant_a.schema_name):
        home = home_page()
        doc = DocumentPage(
            title=nfd("Kế hoạch Tết"),
            document_number=nfd("19/KH-CĐN"),
            document_type="plan",
            issuing_body=nfd("Công đoàn ngành"),
            signed_on=datetime.date(2026, 1, 1),
            summary=nfd("Trích yếu văn bản"),
            body=[{"type": "paragraph", "value": nfd("<p>Đoàn viên được hỗ trợ</p>")}],
        )
        home.add_child(instance=doc)
        doc.refresh_from_db()
        for value in (doc.title, doc.document_number, doc.issuing_body, doc.summary):
            assert value == unicodedata.normalize("NFC", value)
        assert doc.body.raw_data[0]["value"] == "<p>Đoàn viên được hỗ trợ</p>"
        event = EventPage(
            title="Sự kiện",
            start_at=datetime.datetime(2026, 1, 1, 8, tzinfo=datetime.UTC),
            place_name=nfd("Nhà văn hóa"),
            body=[{"type": "heading", "value": {"text": nfd("Chương trình"), "level": "h2"}}],
        )
        home.add_child(instance=event)
        event.refresh_from_db()
        assert event.place_name == "Nhà văn hóa"
        assert event.body.raw_data[0]["value"]["text"] == "Chương trình"


def test_html_given_for_a_body_becomes_a_paragraph_block(tenant_a):
    from tests.factories import make_article

    with schema_context(tenant_a.schema_name):
        article = make_article("Bài cũ", body="<p>Nội dung <b>cũ</b></p>", standfirst="Sa-pô")
        assert [b.block_type for b in article.body] == ["paragraph"]
        assert article.body[0].value.source == "<p>Nội dung <b>cũ</b></p>"
        assert article.published_on is not None and article.reading_minutes == 1
