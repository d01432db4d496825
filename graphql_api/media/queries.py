"""``image`` and ``document``: one image or document by id (none in a private collection)."""

from __future__ import annotations

import strawberry
import strawberry_django
from wagtail.documents.models import Document
from wagtail.images.models import Image

from graphql_api.content.filters import parse_id
from graphql_api.media.types import DocumentType, ImageType


@strawberry.type
class MediaQuery:
    @strawberry_django.field(description="Một ảnh theo ID (ảnh trong thư mục riêng tư: null).")
    def image(self, id: strawberry.ID) -> ImageType | None:
        return Image.objects.filter(pk=parse_id(id, "ảnh"))

    @strawberry_django.field(description="Một tệp tài liệu theo ID.")
    def document(self, id: strawberry.ID) -> DocumentType | None:
        return Document.objects.filter(pk=parse_id(id, "tài liệu"))
