"""Small factories for tests: accounts, pages, images and documents in the active schema."""

import io
import itertools

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.models import Site

_seq = itertools.count(1)


def make_user(email=None, **extra):
    email = email or f"user{next(_seq)}@example.vn"
    return get_user_model().objects.create_user(email=email, password="mat-khau-123", **extra)


def home_page():
    return Site.objects.get(is_default_site=True).root_page.specific


def make_article(title="Bài viết thử", parent=None, publish=True, **fields):
    from cms.models import ArticlePage

    parent = parent or home_page()
    article = ArticlePage(title=title, **fields)
    parent.add_child(instance=article)
    revision = article.save_revision()
    if publish:
        revision.publish()
    article.refresh_from_db()
    return article


def png_bytes(color=(200, 30, 30), size=(32, 24)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def make_image(title="Ảnh thử"):
    from wagtail.images.models import Image

    image = Image(title=title, file=ImageFile(io.BytesIO(png_bytes()), name="anh-thu.png"))
    image.save()
    return image


def make_document(title="Văn bản thử"):
    from wagtail.documents.models import Document

    document = Document(title=title)
    document.file.save("van-ban.txt", ContentFile(b"18/KH-CDN"), save=False)
    document.save()
    return document


def align_ids(tenants, *models):
    """Make the next id of each model equal in every tenant, so that objects created next
    share ids across schemas (sequences are not rolled back between tests)."""
    from django.db import connection
    from django_tenants.utils import schema_context

    for model in models:
        table = model._meta.db_table
        nexts = []
        for tenant in tenants:
            with schema_context(tenant.schema_name), connection.cursor() as cursor:
                cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")
                nexts.append(cursor.fetchone()[0])
        target = max(nexts)
        for tenant in tenants:
            with schema_context(tenant.schema_name), connection.cursor() as cursor:
                cursor.execute(
                    "SELECT setval(pg_get_serial_sequence(%s, 'id'), %s, false)", [table, target]
                )
