"""Content validation: invisible titles refused, bidi/control characters stripped, lead
texts bounded, unsafe links refused whatever their disguise (model, admin form, rich text)."""

import pytest
from django.core.exceptions import ValidationError
from django_tenants.utils import schema_context
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.models.base import INVISIBLE_TITLE, TEXT_LIMITS
from cms.sanitize import clean_rich_text, is_safe_url, validate_safe_url
from congdoan.text import has_visible_text, nfc, normalise_text
from hierarchy.actions import GrantRole
from tenants.models import Role
from tests.factories import home_page, make_article, make_user

INVISIBLE_TITLES = ["\u200b", "\u200b\u200c\u200d\ufeff", " \x01\x02 ", "\u202e\u2066", "\u0301"]
UNSAFE_URLS = [
    "/\\evil.example",
    "\\\\evil.example",
    "//evil.example",
    " //evil.example",
    "/\t/evil.example",
    "\\/evil.example",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\nscript:alert(1)",
    "java\tscript:alert(1)",
    "\x00javascript:alert(1)",
    "java\u200bscript:alert(1)",
    "javascript\x01:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
]
SAFE_RELATIVE = ["/tin-tuc/dai-hoi", "tin-tuc/dai-hoi", "#muc-2", "?trang=2"]


def test_normalise_text_strips_bidi_and_control_characters():
    assert normalise_text("Th\u202eông\u202c b\u2066áo\u2069\x00\x07") == "Thông báo"
    assert normalise_text("dòng 1\ndòng 2\tcột") == "dòng 1\ndòng 2\tcột"
    assert nfc is normalise_text


@pytest.mark.parametrize("title", INVISIBLE_TITLES)
def test_invisible_text_detected(title):
    assert has_visible_text(title) is False


@pytest.mark.parametrize("url", UNSAFE_URLS)
def test_unsafe_urls_refused(url):
    assert is_safe_url(url, allow_relative=True) is False
    with pytest.raises(ValidationError):
        validate_safe_url(url)


@pytest.mark.parametrize("url", SAFE_RELATIVE)
def test_site_relative_links_allowed_in_rich_text(url):
    assert is_safe_url(url, allow_relative=True) is True


@pytest.mark.parametrize("url", UNSAFE_URLS)
def test_rich_text_drops_unsafe_hrefs(url):
    html = f'<p><a href="{url}">xem</a></p>'
    assert clean_rich_text(html) == "<p><a>xem</a></p>"


def test_rich_text_keeps_safe_link_and_strips_bidi():
    html = '<p><a href="https://congdoan.vn/tin">Tin \u202etức</a></p>'
    assert clean_rich_text(html) == '<p><a href="https://congdoan.vn/tin">Tin tức</a></p>'


@pytest.mark.parametrize("title", INVISIBLE_TITLES)
def test_model_refuses_invisible_title(tenant_a, title):
    # Titles left empty by normalisation get Django's "blank" message instead.
    expected = (
        INVISIBLE_TITLE if normalise_text(title).strip() else "Trường này không được để trắng."
    )
    with schema_context(tenant_a.schema_name), pytest.raises(ValidationError) as caught:
        make_article(title)
    assert caught.value.message_dict["title"] == [expected]


def test_model_strips_bidi_from_title_and_text_fields(tenant_a):
    with schema_context(tenant_a.schema_name):
        article = make_article("Thông báo \u202eexe.jpg", standfirst="Sa-pô\u2067 ẩn\x00")
        assert (article.title, article.standfirst) == ("Thông báo exe.jpg", "Sa-pô ẩn")
        assert article.slug == "thong-bao-exe-jpg"


def test_title_without_letters_gets_a_slug(tenant_a):
    with schema_context(tenant_a.schema_name):
        assert make_article("!!!").slug == "trang"


def test_model_bounds_standfirst(tenant_a):
    limit = TEXT_LIMITS["standfirst"]
    with schema_context(tenant_a.schema_name):
        assert len(make_article("Vừa đủ", standfirst="ư" * limit).standfirst) == limit
        with pytest.raises(ValidationError) as caught:
            make_article("Quá dài", standfirst="ư" * 1_000_000)
    assert caught.value.message_dict["standfirst"] == [
        "Sa-pô dài tối đa 1.000 ký tự (hiện có 1.000.000 ký tự): hãy rút gọn."
    ]


def _post_article(tenant, client_for, **fields):
    editor = make_user()
    GrantRole(editor, tenant, Role.EDITOR).execute()
    with schema_context(tenant.schema_name):
        parent = home_page()
    data = {
        "title": "Bài viết",
        "slug": "",
        "standfirst": "",
        "body": streamfield([("paragraph", rich_text("<p>Nội dung</p>"))]),
        **fields,
    }
    return client_for(tenant, editor).post(
        f"/admin/pages/add/cms/articlepage/{parent.pk}/", nested_form_data(data)
    )


def test_admin_form_refuses_invisible_title(tenant_a, client_for):
    response = _post_article(tenant_a, client_for, title="\u200b\u200b\x07")
    assert response.status_code == 200
    assert response.context["form"].errors["title"] == [INVISIBLE_TITLE]
    with schema_context(tenant_a.schema_name):
        from cms.models import ArticlePage

        assert ArticlePage.objects.count() == 0


def test_admin_form_refuses_long_standfirst(tenant_a, client_for):
    response = _post_article(tenant_a, client_for, standfirst="a" * 1001)
    assert response.status_code == 200
    assert response.context["form"].errors["standfirst"] == [
        "Sa-pô dài tối đa 1.000 ký tự (hiện có 1.001 ký tự): hãy rút gọn."
    ]


def test_admin_form_refuses_disguised_rich_text_link(tenant_a, client_for):
    body = streamfield([("paragraph", rich_text('<p><a href="/\\evil.example">x</a></p>'))])
    response = _post_article(tenant_a, client_for, title="Liên kết", body=body)
    assert response.status_code == 302
    with schema_context(tenant_a.schema_name):
        from cms.models import ArticlePage

        stored = ArticlePage.objects.get(title="Liên kết").body.raw_data[0]["value"]
    assert "evil" not in stored
