"""Promoting a hosted microsite to its own tenant and folding a tenant back."""

from django.test import Client
from django_tenants.utils import schema_context

from hierarchy.actions import (
    CreateMicrosite,
    FoldTenant,
    GrantRole,
    PromoteMicrosite,
    ProvisionTenant,
)
from hierarchy.models import EventAction, Organization, OrganizationEvent
from tenants.models import Domain
from tests.factories import make_article, make_document, make_image, make_user, png_bytes


def _groups(user, schema):
    from django.contrib.auth.models import Group

    with schema_context(schema):
        return set(Group.objects.filter(user=user).values_list("name", flat=True))


def test_promote_microsite_moves_pages_media_and_redirects(org_tree, tenant_a, client_for):
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.models import Page

    from cms.models import QuestionPage, Topic

    g1 = org_tree["g1"]
    editor = make_user()
    page_id = CreateMicrosite(g1).execute()
    GrantRole(editor, g1, "editor").execute()
    with schema_context("test_a"):
        image, doc = make_image("Ảnh Tết"), make_document("Kế hoạch 18/KH-CĐN")
        body = (
            f'<p>Tin</p><embed embedtype="image" id="{image.pk}" format="fullwidth" alt="x"/>'
            f'<p><a linktype="document" id="{doc.pk}">Kế hoạch</a></p>'
        )
        # Rich text references are rewritten by the transfer: a Q&A answer is rich text.
        article = QuestionPage(
            title="Tết Sum vầy 2026",
            question="Ai được nhận quà?",
            answer=body,
            topic=Topic.objects.get(slug="phuc-loi-cham-lo-doi-song"),
        )
        Page.objects.get(pk=page_id).add_child(instance=article)
        article.save_revision().publish()
        old_url = article.relative_url(article.get_site())
    admin_a = make_user()
    GrantRole(admin_a, org_tree["a"], "admin").execute()
    tenant = PromoteMicrosite(
        g1, schema_name="test_h_g1", domain="g1.test", actor=admin_a
    ).execute()
    g1.refresh_from_db()
    assert g1.tenant == tenant and g1.microsite_page_id is None
    with schema_context("test_h_g1"):
        from wagtail.documents.models import Document
        from wagtail.images.models import Image

        copied = QuestionPage.objects.get(title="Tết Sum vầy 2026")
        assert copied.live and copied.get_parent().title == g1.name
        new_image = Image.objects.get(title="Ảnh Tết")
        new_doc = Document.objects.get(title="Kế hoạch 18/KH-CĐN")
        assert f'id="{new_image.pk}"' in copied.answer and f'id="{new_doc.pk}"' in copied.answer
        with new_image.file.open("rb") as fh:
            assert fh.read() == png_bytes()
        new_url = copied.relative_url(copied.get_site())
    with schema_context("test_a"):
        assert not Page.objects.filter(pk=page_id).exists()
        redirect = Redirect.objects.get(old_path=Redirect.normalise_path(old_url))
        assert redirect.redirect_link == f"http://g1.test{new_url}"
    response = Client(HTTP_HOST="a.test").get(old_url)
    assert response.status_code in (301, 302)
    assert response["Location"] == f"http://g1.test{new_url}"
    assert _groups(editor, "test_h_g1") == {"Biên tập viên"}
    assert _groups(editor, "test_a") == set()
    assert OrganizationEvent.objects.get(action=EventAction.PROMOTE).payload["images"] == 1


def test_fold_tenant_back_keeps_its_urls(org_tree, tenant_a):
    from wagtail.models import Page, Site

    ua2 = org_tree["ua2"]
    tenant = ProvisionTenant(ua2, schema_name="test_h_kcn2", domain="kcn2.test").execute()
    editor = make_user()
    GrantRole(editor, ua2, "editor").execute()
    CreateMicrosite(org_tree["g3"]).execute()  # hosted by the KCN tenant
    with schema_context("test_h_kcn2"):
        article = make_article("Tin khu công nghiệp")
        path = article.relative_url(article.get_site())
    assert Client(HTTP_HOST="kcn2.test").get(path).status_code == 200
    page_id = FoldTenant(ua2).execute()
    ua2 = Organization.objects.get(pk=ua2.pk)
    tenant.refresh_from_db()
    assert ua2.tenant is None and ua2.microsite_host == tenant_a and not tenant.is_active
    assert Domain.objects.get(domain="kcn2.test").tenant == tenant_a
    with schema_context("test_a"):
        root = Page.objects.get(pk=page_id)
        assert root.get_children().filter(title="Tin khu công nghiệp").exists()
        assert Site.objects.get(hostname="kcn2.test").root_page_id == page_id
        g3 = Organization.objects.get(code="XG3")
        assert g3.microsite_host == tenant_a
        assert Page.objects.get(pk=g3.microsite_page_id).title == g3.name
    response = Client(HTTP_HOST="kcn2.test").get(path)
    assert response.status_code == 200 and "Tin khu công nghiệp" in response.content.decode()
    assert _groups(editor, "test_a") == {"Biên tập viên – XUA2"}


def test_promote_microsite_rewrites_every_reference_of_its_pages(org_tree, tenant_a):
    """Cover image, StreamField images, documents and page choosers, rich-text links inside
    and outside the microsite, topics, tags and gallery images all point at the copies."""
    from wagtail.models import Page

    from cms.models import GalleryImage, GalleryPage, Topic

    g1 = org_tree["g1"]
    page_id = CreateMicrosite(g1).execute()
    with schema_context("test_a"):
        root = Page.objects.get(pk=page_id).specific
        outside = make_article("Tin của LĐLĐ tỉnh")
        image, cover = make_image("Ảnh bìa Tết"), make_image("Ảnh chợ Tết")
        document = make_document("Kế hoạch 18/KH-CĐN")
        sibling = make_article("Thông báo lịch nghỉ Tết", parent=root)
        wages = Topic.objects.get(slug="tien-luong")
        article = make_article(
            "Chợ Tết Công đoàn",
            parent=root,
            cover_image=cover,
            body=[
                {"type": "image", "value": {"image": image.pk, "caption": "Chợ", "credit": ""}},
                {
                    "type": "document_link",
                    "value": {"document": document.pk, "official_document": None, "label": ""},
                },
                {
                    "type": "paragraph",
                    "value": f'<p><a linktype="page" id="{sibling.pk}">lịch nghỉ</a> và '
                    f'<a linktype="page" id="{outside.pk}">tin tỉnh</a></p>',
                },
            ],
        )
        article.topics.set([wages])
        article.tags.add("tết", "phúc lợi")
        article.save_revision().publish()
        gallery = GalleryPage(title="Ảnh Chợ Tết")
        gallery.gallery_images = [GalleryImage(image=image, caption="Gian hàng 0 đồng")]
        root.add_child(instance=gallery)
        gallery.save_revision().publish()
    admin_a = make_user()
    GrantRole(admin_a, org_tree["a"], "admin").execute()
    PromoteMicrosite(g1, schema_name="test_h_g1s", domain="g1s.test", actor=admin_a).execute()
    with schema_context("test_h_g1s"):
        from wagtail.documents.models import Document
        from wagtail.images.models import Image

        from cms.models import ArticlePage

        copied = ArticlePage.objects.get(title="Chợ Tết Công đoàn")
        new_image = Image.objects.get(title="Ảnh bìa Tết")
        new_sibling = ArticlePage.objects.get(title="Thông báo lịch nghỉ Tết")
        assert copied.live
        assert copied.cover_image == Image.objects.get(title="Ảnh chợ Tết")
        assert copied.body[0].value["image"].pk == new_image.pk
        assert copied.body[1].value["document"] == Document.objects.get(title=document.title)
        html = copied.body[2].value.source
        assert f'<a id="{new_sibling.pk}" linktype="page">lịch nghỉ</a>' in html
        assert f'id="{outside.pk}"' not in html and 'href="http://a.test/' in html
        assert [t.slug for t in copied.topics.all()] == ["tien-luong"]
        assert sorted(copied.tags.names()) == ["phúc lợi", "tết"]
        new_gallery = GalleryPage.objects.get(title="Ảnh Chợ Tết")
        assert [(g.image_id, g.caption) for g in new_gallery.gallery_images.all()] == [
            (new_image.pk, "Gian hàng 0 đồng")
        ]
        revision_body = copied.get_latest_revision().as_object().body
        assert revision_body[0].value["image"].pk == new_image.pk
