import unicodedata

import pytest
from django_tenants.utils import schema_context
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from congdoan.text import fold, vn_slugify
from hierarchy.actions import GrantRole
from tenants.models import Role
from tests.factories import home_page, make_article, make_user


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Đoàn viên được hỗ trợ Tết Sum vầy 2026", "doan-vien-duoc-ho-tro-tet-sum-vay-2026"),
        ("Kế hoạch 18/KH-CĐN", "ke-hoach-18-kh-cdn"),
        ("LƯƠNG TỐI THIỂU VÙNG", "luong-toi-thieu-vung"),
        ("  Công   đoàn — cơ sở!  ", "cong-doan-co-so"),
        ("Tháng Công nhân năm 2026", "thang-cong-nhan-nam-2026"),
    ],
)
def test_vn_slugify(title, slug):
    assert vn_slugify(title) == slug
    assert vn_slugify(unicodedata.normalize("NFD", title)) == slug


def test_fold_maps_d_with_stroke():
    assert fold("Đại hội Công đoàn") == "Dai hoi Cong doan"


def test_page_without_slug_gets_server_slug(tenant_a):
    with schema_context(tenant_a.schema_name):
        article = make_article("Đoàn viên được hỗ trợ Tết Sum vầy 2026")
        assert article.slug == "doan-vien-duoc-ho-tro-tet-sum-vay-2026"
        second = make_article("Đoàn viên được hỗ trợ Tết Sum vầy 2026")
        assert second.slug == "doan-vien-duoc-ho-tro-tet-sum-vay-2026-2"


def test_nfd_title_is_stored_nfc(tenant_a):
    with schema_context(tenant_a.schema_name):
        article = make_article(unicodedata.normalize("NFD", "Công đoàn cơ sở"))
        assert article.title == unicodedata.normalize("NFC", "Công đoàn cơ sở")


@pytest.mark.parametrize(
    "browser_slug",
    ["", "oan-vien-uoc-ho-tro", "đoàn-viên-được-hỗ-trợ"],
)
def test_admin_form_replaces_browser_slug(tenant_a, client_for, browser_slug):
    editor = make_user()
    GrantRole(editor, tenant_a, Role.EDITOR).execute()
    with schema_context(tenant_a.schema_name):
        parent = home_page()
    client = client_for(tenant_a, editor)
    response = client.post(
        f"/admin/pages/add/cms/articlepage/{parent.pk}/",
        nested_form_data(
            {
                "title": "Đoàn viên được hỗ trợ",
                "slug": browser_slug,
                "standfirst": "",
                "body": streamfield([("paragraph", rich_text("<p>Nội dung</p>"))]),
            }
        ),
    )
    assert response.status_code == 302, response.content[:2000]
    with schema_context(tenant_a.schema_name):
        from cms.models import ArticlePage

        article = ArticlePage.objects.get(title="Đoàn viên được hỗ trợ")
        assert article.slug == "doan-vien-duoc-ho-tro"


def test_hand_typed_ascii_slug_is_kept(tenant_a, client_for):
    editor = make_user()
    GrantRole(editor, tenant_a, Role.EDITOR).execute()
    with schema_context(tenant_a.schema_name):
        parent = home_page()
    response = client_for(tenant_a, editor).post(
        f"/admin/pages/add/cms/articlepage/{parent.pk}/",
        nested_form_data(
            {
                "title": "Thông báo",
                "slug": "thong-bao-so-1",
                "standfirst": "",
                "body": streamfield([]),
            }
        ),
    )
    assert response.status_code == 302
    with schema_context(tenant_a.schema_name):
        from cms.models import ArticlePage

        assert ArticlePage.objects.get(title="Thông báo").slug == "thong-bao-so-1"
