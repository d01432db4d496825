"""Snippets, site settings and renditions of the union content model."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django_tenants.utils import schema_context
from PIL import Image as PILImage

from tenants.models import Role
from tests.cms.helpers import inline_formset, nested_form_data, user_with_role
from tests.factories import home_page, make_image

TOPIC_SLUGS = [
    "tien-luong",
    "bao-hiem-xa-hoi",
    "bao-hiem-y-te",
    "hop-dong-lao-dong",
    "thoi-gio-lam-viec-nghi-ngoi",
    "an-toan-ve-sinh-lao-dong",
    "nha-o-thiet-che-cong-doan",
    "thuong-luong-tap-the",
    "phuc-loi-cham-lo-doi-song",
    "tu-van-phap-luat",
    "lao-dong-nu-cham-soc-tre-em",
    "viec-lam-dao-tao-nghe",
]


def test_every_tenant_starts_with_the_topic_taxonomy(tenant_a, tenant_b):
    from cms.models import Topic

    for tenant in (tenant_a, tenant_b):
        with schema_context(tenant.schema_name):
            assert list(Topic.objects.values_list("slug", flat=True)) == TOPIC_SLUGS
            assert Topic.objects.get(slug="tien-luong").name == "Tiền lương"
    with schema_context(tenant_a.schema_name):
        Topic.objects.filter(slug="tien-luong").update(name="Tiền lương, thu nhập")
    with schema_context(tenant_b.schema_name):
        assert Topic.objects.get(slug="tien-luong").name == "Tiền lương"


def test_topic_slug_is_generated_without_accents(tenant_a):
    from cms.models import Topic

    with schema_context(tenant_a.schema_name):
        topic = Topic.objects.create(name="Đối thoại tại nơi làm việc")
        assert topic.slug == "doi-thoai-tai-noi-lam-viec"


def test_moderator_adds_a_topic_editor_cannot(tenant_a, client_for):
    moderator = client_for(tenant_a, user_with_role(tenant_a, Role.MODERATOR))
    response = moderator.post(
        "/admin/snippets/cms/topic/add/",
        {"name": "Bình đẳng giới", "slug": "", "description": "", "sort_order": "20"},
    )
    assert response.status_code == 302
    editor = client_for(tenant_a, user_with_role(tenant_a, Role.EDITOR))
    response = editor.post(
        "/admin/snippets/cms/topic/add/",
        {"name": "Chủ đề lạ", "slug": "", "description": "", "sort_order": "21"},
    )
    assert response.status_code in (302, 403)
    with schema_context(tenant_a.schema_name):
        from cms.models import Topic

        assert Topic.objects.get(name="Bình đẳng giới").slug == "binh-dang-gioi"
        assert not Topic.objects.filter(name="Chủ đề lạ").exists()


def test_menu_items_point_to_exactly_one_safe_target(tenant_a, client_for):
    admin = client_for(tenant_a, user_with_role(tenant_a, Role.ADMIN))
    with schema_context(tenant_a.schema_name):
        home = home_page().pk

    def post(items):
        return admin.post(
            "/admin/snippets/cms/menu/add/",
            nested_form_data(
                {
                    "name": "Menu chính",
                    "slug": "menu-chinh",
                    "location": "header",
                    "items": inline_formset(items, min=1),
                }
            ),
        )

    bad = post(
        [
            {"label": "Lừa", "page": "", "url": "javascript:alert(1)", "open_in_new_tab": ""},
            {"label": "Trống", "page": "", "url": "", "open_in_new_tab": ""},
        ]
    )
    html = bad.content.decode()
    assert bad.status_code == 200
    assert "Đường dẫn không an toàn hoặc không hợp lệ" in html
    assert "Mỗi mục menu trỏ tới đúng một đích" in html
    good = post(
        [
            {"label": "", "page": str(home), "url": "", "open_in_new_tab": ""},
            {"label": "Đường dây nóng", "page": "", "url": "tel:19001234", "open_in_new_tab": ""},
        ]
    )
    assert good.status_code == 302
    with schema_context(tenant_a.schema_name):
        from cms.models import Menu

        items = list(Menu.objects.get(slug="menu-chinh").items.all())
        assert [i.display_label for i in items] == [home_page().title, "Đường dây nóng"]


def test_site_settings_are_per_tenant_and_refuse_unsafe_links(tenant_a, tenant_b):
    from wagtail.models import Site

    from cms.models import SiteSettings

    with schema_context(tenant_a.schema_name):
        settings_a = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings_a.facebook_url = "javascript:alert(1)"
        with pytest.raises(ValidationError) as error:
            settings_a.full_clean()
        assert "Đường dẫn không an toàn" in str(error.value)
        settings_a.facebook_url = "https://facebook.com/ldldtinha"
        settings_a.zalo_url = "https://zalo.me/ldldtinha"
        settings_a.hotline = "1900 1234"
        settings_a.full_clean()
        settings_a.save()
    with schema_context(tenant_b.schema_name):
        settings_b = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        assert settings_b.facebook_url == "" and settings_b.hotline == ""


SETTINGS_FORM = {
    "logo": "",
    "short_name": "LĐLĐ tỉnh A",
    "tagline": "Vì quyền lợi đoàn viên",
    "address": "Số 1 đường Lao Động",
    "phone": "024 3942 0000",
    "hotline": "1900 1234",
    "email": "vanphong@ldld-a.vn",
    "facebook_url": "https://facebook.com/ldldtinha",
    "zalo_url": "https://zalo.me/ldldtinha",
    "youtube_url": "",
    "tiktok_url": "",
    "footer_text": "Giấy phép số 01/GP-STTTT",
}


def _stored_settings(tenant):
    from wagtail.models import Site

    from cms.models import SiteSettings

    with schema_context(tenant.schema_name):
        site = Site.objects.get(is_default_site=True)
        return site.pk, SiteSettings.objects.filter(site=site).values(*SETTINGS_FORM).first()


def test_admin_edits_site_settings_editor_cannot(tenant_a, tenant_b, client_for):
    site_id, before = _stored_settings(tenant_a)
    url = f"/admin/settings/cms/sitesettings/{site_id}/"
    editor = client_for(tenant_a, user_with_role(tenant_a, Role.EDITOR))
    assert editor.get(url).status_code == 302
    assert editor.post(url, SETTINGS_FORM).status_code == 302
    assert _stored_settings(tenant_a)[1] == before
    admin = client_for(tenant_a, user_with_role(tenant_a, Role.ADMIN))
    html = admin.get(url).content.decode()
    for label in ("Zalo", "TikTok", "YouTube", "Facebook", "Đường dây nóng"):
        assert label in html
    before = _stored_settings(tenant_a)[1]  # opening the form creates the empty row
    assert before == {**dict.fromkeys(SETTINGS_FORM, ""), "logo": None}

    refused = admin.post(url, {**SETTINGS_FORM, "zalo_url": "mailto:gopy@ldld-a.vn"})
    assert refused.status_code == 200
    assert refused.context["form"].errors["zalo_url"] == [
        "Chỉ chấp nhận địa chỉ web bắt đầu bằng http:// hoặc https://."
    ]
    assert _stored_settings(tenant_a)[1] == before

    saved = admin.post(url, SETTINGS_FORM)
    assert saved.status_code == 302
    assert _stored_settings(tenant_a)[1] == {**SETTINGS_FORM, "logo": None}
    # Tenant B's settings are its own.
    assert _stored_settings(tenant_b)[1] is None


# --- Renditions ----------------------------------------------------------------------------


def _wide_image(title="Ảnh rộng"):
    from wagtail.images.models import Image

    buffer = io.BytesIO()
    picture = PILImage.new("RGB", (1600, 900), (255, 255, 255))
    picture.paste((200, 0, 0), (1300, 0, 1600, 900))  # a red band on the right
    picture.save(buffer, "PNG")
    image = Image(title=title, file=ImageFile(buffer, name="rong.png"))
    image.save()
    return image


def test_named_renditions_only(tenant_a, settings):
    # The API renders a named size with Wagtail's ``get_rendition(filter_spec_for(name))``.
    from cms.renditions import UnknownRendition, filter_spec_for, rendition_names

    with schema_context(tenant_a.schema_name):
        image = _wide_image()
        card = image.get_rendition(filter_spec_for("card"))
        assert (card.width, card.height) == (640, 360)
        square = image.get_rendition(filter_spec_for("square"))
        assert (square.width, square.height) == (400, 400)
        # created once, then reused
        assert image.get_rendition(filter_spec_for("card")).pk == card.pk
        thumbnail, hero = filter_spec_for("thumbnail"), filter_spec_for("hero")
        both = image.get_renditions(thumbnail, hero)
        assert (both[thumbnail].width, both[hero].width) == (320, 1600)
        for name in ("fill-5000x5000", "width-99999", "", "CARD", None):
            with pytest.raises(UnknownRendition) as error:
                filter_spec_for(name)
            assert "không được hỗ trợ" in str(error.value)
        assert "card" in rendition_names() and "content" in rendition_names()


def test_fill_renditions_follow_the_focal_point(tenant_a):
    from cms.renditions import filter_spec_for

    with schema_context(tenant_a.schema_name):
        image = _wide_image("Ảnh có tiêu điểm")
        plain = image.get_rendition(filter_spec_for("square"))
        image.focal_point_x, image.focal_point_y = 1450, 450
        image.focal_point_width, image.focal_point_height = 200, 200
        image.save()
        focused = image.get_rendition(filter_spec_for("square"))
        assert focused.pk != plain.pk

        def right_edge(rendition):
            with rendition.file.open("rb") as fh:
                return PILImage.open(fh).convert("RGB").getpixel((390, 200))

        # A centred crop misses the red band on the right; one around the focal point has it.
        assert right_edge(plain)[1] > 200
        assert right_edge(focused)[0] > 150 and right_edge(focused)[1] < 80


def test_image_admin_offers_focal_point(tenant_a, client_for):
    with schema_context(tenant_a.schema_name):
        image = make_image()
    editor = client_for(tenant_a, user_with_role(tenant_a, Role.EDITOR))
    html = editor.get(f"/admin/images/{image.pk}/").content.decode()
    assert "focal_point_x" in html and "focal_point_width" in html
