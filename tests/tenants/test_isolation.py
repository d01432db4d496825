"""Two tenants' pages, images, documents, search results, cached values and media files are
isolated from each other."""

from django.conf import settings
from django.core.cache import cache
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from tests.factories import align_ids, make_article, make_document, make_image


def test_pages_are_isolated_even_with_the_same_id(tenant_a, tenant_b, in_tenant):
    align_ids([tenant_a, tenant_b], Page)
    with in_tenant(tenant_a):
        article_a = make_article("Tin riêng của tỉnh A")
    with in_tenant(tenant_b):
        article_b = make_article("Tin riêng của tỉnh B")
        assert article_b.pk == article_a.pk  # each schema counts its own ids
        titles_b = set(Page.objects.values_list("title", flat=True))
    with in_tenant(tenant_a):
        titles_a = set(Page.objects.values_list("title", flat=True))
    assert "Tin riêng của tỉnh A" in titles_a and "Tin riêng của tỉnh A" not in titles_b
    assert "Tin riêng của tỉnh B" in titles_b and "Tin riêng của tỉnh B" not in titles_a


def test_images_and_documents_are_isolated(tenant_a, tenant_b, in_tenant):
    with in_tenant(tenant_a):
        image = make_image("Ảnh hội nghị tỉnh A")
        document = make_document("Kế hoạch 18/KH-CĐN tỉnh A")
        image_path, document_path = image.file.path, document.file.path
    with in_tenant(tenant_b):
        assert not Image.objects.filter(title="Ảnh hội nghị tỉnh A").exists()
        assert not Document.objects.filter(title__contains="18/KH-CĐN").exists()
    media_a = str(settings.MEDIA_ROOT / tenant_a.schema_name)
    assert image_path.startswith(media_a) and document_path.startswith(media_a)


def test_search_results_are_isolated(tenant_a, tenant_b, in_tenant):
    with in_tenant(tenant_a):
        make_article("Hội thi công nhân giỏi nghề xylophonica", body="<p>xylophonica</p>")
        found_a = list(Page.objects.live().search("xylophonica"))
    with in_tenant(tenant_b):
        found_b = list(Page.objects.live().search("xylophonica"))
    assert [p.title for p in found_a] == ["Hội thi công nhân giỏi nghề xylophonica"]
    assert found_b == []


def test_cached_values_are_isolated(tenant_a, tenant_b, in_tenant):
    with in_tenant(tenant_a):
        cache.set("trang-chu", "của tỉnh A")
    with in_tenant(tenant_b):
        assert cache.get("trang-chu") is None
        cache.set("trang-chu", "của tỉnh B")
    with in_tenant(tenant_a):
        assert cache.get("trang-chu") == "của tỉnh A"


def test_each_host_serves_its_own_site(tenant_a, tenant_b, client_for, in_tenant):
    with in_tenant(tenant_a):
        make_article("Bài chỉ có ở A", slug="bai-chi-co-o-a")
    assert client_for(tenant_a).get("/bai-chi-co-o-a/").status_code == 200
    assert client_for(tenant_b).get("/bai-chi-co-o-a/").status_code == 404


def test_unknown_host_is_not_served(db, client):
    assert client.get("/", HTTP_HOST="khong-ton-tai.test").status_code == 404
