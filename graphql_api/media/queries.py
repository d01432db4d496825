"""``image`` and ``document``: one image or document by id (none in a private collection)."""

from __future__ import annotations

import strawberry
import strawberry_django
from django.db import connection
from wagtail.documents.models import Document
from wagtail.images.models import Image

from delivery import collector, tags
from graphql_api.content.filters import parse_id
from graphql_api.media.types import DocumentType, ImageType


@strawberry.type
class MediaQuery:
    @strawberry_django.field(description="Một ảnh theo ID (ảnh trong thư mục riêng tư: null).")
    def image(self, id: strawberry.ID) -> ImageType | None:
        pk = parse_id(id, "ảnh")
        collector.add(tags.image(connection.schema_name, pk))
        return Image.objects.filter(pk=pk)

    @strawberry_django.field(description="Một tệp tài liệu theo ID.")
    def document(self, id: strawberry.ID) -> DocumentType | None:
        pk = parse_id(id, "tài liệu")
        collector.add(tags.document(connection.schema_name, pk))
        return Document.objects.filter(pk=pk)
