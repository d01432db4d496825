"""Media types: images (with their renditions), documents and their collections.

Every type here filters its querysets through the request's ``Visibility`` in
``get_queryset`` (images and documents in private collections are never shown), which
strawberry-django runs for top-level lists, nested relations and the optimizer's prefetches
alike.
"""

from __future__ import annotations

import datetime
import json
from enum import Enum

import strawberry
import strawberry_django
from django.db.models import Expression, F, Func, OuterRef, QuerySet, Subquery, TextField
from django.utils.dateparse import parse_datetime
from wagtail.documents.models import Document
from wagtail.images.models import Filter, Image
from wagtail.models import Collection

from cms.renditions import filter_spec_for, rendition_names, rendition_specs
from graphql_api.content.relations import MARK, json_attr, prefetch, related_one
from graphql_api.content.visibility import request_of, visibility_for


def absolute_url(info, url: str | None) -> str | None:
    """Media and document URLs as absolute URLs on the tenant's host (frontends live on
    other origins); URLs that are already absolute (object storage) are kept."""
    if not url:
        return None
    if "://" in url:
        return url
    request = request_of(info)
    if request is None:
        return url
    base = getattr(request, "_congdoan_base_url", None)
    if base is None:
        base = request._congdoan_base_url = request.build_absolute_uri("/").rstrip("/")
    return base + url if url.startswith("/") else request.build_absolute_uri(url)


@strawberry_django.type(Collection, name="Collection", description="Thư mục ảnh/tài liệu.")
class CollectionType:
    id: strawberry.ID
    name: str

    @classmethod
    def get_queryset(cls, queryset: QuerySet, info, **kwargs) -> QuerySet:
        return visibility_for(info).collections(queryset)


def _collections(info) -> QuerySet:
    return visibility_for(info).collections(Collection.objects.all())


def collection_field():
    def resolver(root, info: strawberry.Info) -> CollectionType | None:
        return related_one(root, "collection", info, _collections)

    return strawberry_django.field(
        resolver=resolver,
        only=["collection"],
        prefetch_related=[prefetch("collection", _collections)],
        description="Thư mục chứa tệp (null ở thư mục gốc).",
    )


RenditionSize = strawberry.enum(
    Enum("RenditionSize", {name.upper(): name for name in rendition_names()}),
    description="Kích thước ảnh được phép (settings.CMS_RENDITIONS); không nhận kích thước khác.",
)

# Everything a rendition look-up reads from the image row.
RENDITION_FIELDS = [
    "file",
    "file_hash",
    "width",
    "height",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
]


class _RenditionsJSON(Expression):
    """The image's existing renditions of the allowed sizes as a JSON array, computed in the
    image's own statement (Django's prefetch would cost a second statement per list)."""

    output_field = TextField()

    def __init__(self):
        super().__init__()
        self.image_id = F("id")

    def get_source_expressions(self):
        return [self.image_id]

    def set_source_expressions(self, expressions):
        (self.image_id,) = expressions

    def as_sql(self, compiler, connection):
        column, params = compiler.compile(self.image_id)
        table = Image.get_rendition_model()._meta.db_table
        sql = (
            "(SELECT coalesce(json_agg(json_build_array(cgd_r.id, cgd_r.filter_spec, "
            "cgd_r.file, cgd_r.width, cgd_r.height, cgd_r.focal_point_key)), '[]') "
            f"FROM {table} cgd_r WHERE cgd_r.image_id = {column} AND cgd_r.filter_spec = ANY(%s))"
        )
        return sql, [*params, list(rendition_specs().values())]


RENDITIONS_ATTR = "gql_renditions"


def with_renditions(queryset: QuerySet) -> QuerySet:
    """Images with their allowed renditions attached (see ``rendition_of``)."""
    return queryset.annotate(**{RENDITIONS_ATTR: _RenditionsJSON()})


# The image columns a page's statement carries for an image field (``image_in_row``): every
# column an ``Image`` field of the schema reads, in the model's column order.
_ROW_COLUMNS = {
    "id",
    "collection_id",
    "title",
    "file",
    "description",
    "width",
    "height",
    "created_at",
    *RENDITION_FIELDS,
}


def _row_columns() -> list[str]:
    return [f.attname for f in Image._meta.concrete_fields if f.attname in _ROW_COLUMNS]


def image_in_row(name: str, loader) -> dict:
    """An optimizer ``annotate`` hint: the visible image the foreign key ``name`` points at,
    with its renditions of the allowed sizes, as one JSON array computed in the row's own
    statement (a correlated sub-select through ``loader(info)``, so the visibility rules
    apply). A prefetch would cost a second statement and Django's prefetch machinery per list;
    ``image_from_row`` turns the array back into an ``Image``."""

    def hint(info):
        columns = [F(column) for column in _row_columns()]
        row = Func(
            *columns, _RenditionsJSON(), function="json_build_array", output_field=TextField()
        )
        images = loader(info).filter(pk=OuterRef(name)).annotate(cgd_row=row)
        return Subquery(images.values("cgd_row"), output_field=TextField())

    return {json_attr(name): hint}


NOT_IN_ROW = object()


def image_from_row(root, name: str):
    """The image ``image_in_row`` attached to ``root`` (None when there is none or it is not
    visible), or ``NOT_IN_ROW`` when ``root`` was loaded without the hint."""
    attr = json_attr(name)
    if attr not in root.__dict__:
        return NOT_IN_ROW
    raw = root.__dict__[attr]
    if raw is None:
        return None
    *values, renditions = json.loads(raw) if isinstance(raw, str) else raw
    columns = _row_columns()
    at = columns.index("created_at")
    if isinstance(values[at], str):
        values[at] = parse_datetime(values[at])
    image = Image.from_db(root._state.db, columns, values)
    image.__dict__[RENDITIONS_ATTR] = renditions
    setattr(image, MARK, True)
    return image


def _attach_renditions(image: Image) -> None:
    raw = image.__dict__.get(RENDITIONS_ATTR)
    if raw is None or "prefetched_renditions" in image.__dict__:
        return
    rendition_model = Image.get_rendition_model()
    image.prefetched_renditions = [
        rendition_model(
            id=rid,
            image=image,
            filter_spec=spec,
            file=file,
            width=w,
            height=h,
            focal_point_key=key,
        )
        for rid, spec, file, w, h, key in (json.loads(raw) if isinstance(raw, str) else raw)
    ]


# One Filter per allowed size: a Filter parses its spec into operations once (Wagtail's
# parsing via inspect costs ~0.1 ms, which per image would dominate a feed).
_FILTERS: dict[str, Filter] = {}


def rendition_filter(name: str) -> Filter:
    spec = filter_spec_for(name)
    found = _FILTERS.get(spec)
    if found is None:
        found = _FILTERS[spec] = Filter(spec=spec)
    return found


def prefetched_rendition(image: Image, name: str) -> tuple[str, int, int] | None:
    """(file, width, height) of the named rendition from the JSON the image's statement
    carried (``with_renditions``), or None when it was not annotated or lacks that size."""
    raw = image.__dict__.get(RENDITIONS_ATTR)
    if raw is None or "prefetched_renditions" in image.__dict__:
        return None
    spec = rendition_filter(name)
    key = spec.get_cache_key(image)
    for _rid, row_spec, file, width, height, row_key in (
        json.loads(raw) if isinstance(raw, str) else raw
    ):
        if row_spec == spec.spec and row_key == key:
            return file, width, height
    return None


_URL_PREFIX: dict[str, str] = {}


def _rendition_url(file: str) -> str:
    """``Rendition.url`` of a stored file name without building the model: the storage's
    URL of the name (the storage's prefix is computed once per tenant schema)."""
    from django.db import connection

    storage = Image.get_rendition_model()._meta.get_field("file").storage
    schema = connection.schema_name
    prefix = _URL_PREFIX.get(schema)
    if prefix is None:
        probe = storage.url("x")
        prefix = _URL_PREFIX[schema] = probe[:-1] if probe.endswith("/x") else ""
    if not prefix or not file.isascii() or any(c in file for c in "?#% "):
        return storage.url(file)
    return prefix + file


def rendition_of(image: Image, name: str):
    """The named rendition: from the prefetched ones when present, else created now."""
    spec = rendition_filter(name)
    _attach_renditions(image)
    found = image.find_existing_renditions(spec)
    return found[spec] if spec in found else image.get_rendition(spec)


@strawberry.type(name="Rendition", description="Một kích thước của ảnh.")
class RenditionType:
    url: str = strawberry.field(description="Địa chỉ tuyệt đối của tệp ảnh.")
    width: int
    height: int


@strawberry_django.type(Image, name="Image", description="Ảnh (ngoài thư mục riêng tư).")
class ImageType:
    id: strawberry.ID
    title: str
    description: str = strawberry_django.field(description="Mô tả thay thế (alt) của ảnh.")
    width: int
    height: int
    created_at: datetime.datetime
    collection = collection_field()

    @strawberry_django.field(
        only=["focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height"],
        description="Tâm ảnh do biên tập viên chọn (x, y, rộng, cao; điểm ảnh), nếu có.",
    )
    def focal_point(self, root: Image) -> list[int] | None:
        if root.focal_point_x is None:
            return None
        return [
            root.focal_point_x,
            root.focal_point_y,
            root.focal_point_width,
            root.focal_point_height,
        ]

    @strawberry_django.field(
        only=RENDITION_FIELDS,
        annotate={RENDITIONS_ATTR: lambda info: _RenditionsJSON()},
        description="Ảnh ở một kích thước cho phép (tạo lần đầu khi cần, sau đó dùng lại).",
    )
    def rendition(self, root: Image, info: strawberry.Info, size: RenditionSize) -> RenditionType:  # type: ignore[valid-type]
        found = prefetched_rendition(root, size.value)
        if found is not None:  # from the image's statement: no model instances, no look-up
            file, width, height = found
            return RenditionType(
                url=absolute_url(info, _rendition_url(file)), width=width, height=height
            )
        rendition = rendition_of(root, size.value)
        return RenditionType(
            url=absolute_url(info, rendition.url), width=rendition.width, height=rendition.height
        )

    @strawberry_django.field(
        only=RENDITION_FIELDS,
        annotate={RENDITIONS_ATTR: lambda info: _RenditionsJSON()},
        description="Giá trị srcset cho thẻ <img>: “url 640w, url 1600w” theo các kích thước.",
    )
    def src_set(self, root: Image, info: strawberry.Info, sizes: list[RenditionSize]) -> str:  # type: ignore[valid-type]
        parts, widths = [], set()
        for size in dict.fromkeys(sizes):  # each size once, however often it is asked for
            rendition = rendition_of(root, size.value)
            # Sizes wider than the original give its own width again: a srcset with one width
            # twice is invalid (browsers drop the whole attribute), so each width once.
            if rendition.width in widths:
                continue
            widths.add(rendition.width)
            parts.append(f"{absolute_url(info, rendition.url)} {rendition.width}w")
        return ", ".join(parts)

    @classmethod
    def get_queryset(cls, queryset: QuerySet, info, **kwargs) -> QuerySet:
        return visibility_for(info).media(queryset)


@strawberry_django.type(Document, name="Document", description="Tệp tài liệu đính kèm.")
class DocumentType:
    id: strawberry.ID
    title: str
    created_at: datetime.datetime
    collection = collection_field()

    @strawberry_django.field(only=["file_size"], description="Kích thước tệp (byte).")
    def file_size(self, root: Document) -> int | None:
        return root.file_size

    @strawberry_django.field(only=["file"], description="Phần mở rộng của tệp, ví dụ pdf.")
    def file_extension(self, root: Document) -> str:
        return root.file_extension

    @strawberry_django.field(only=["file"], description="Địa chỉ tải tệp (tuyệt đối).")
    def url(self, root: Document, info: strawberry.Info) -> str | None:
        return absolute_url(info, root.url)

    @classmethod
    def get_queryset(cls, queryset: QuerySet, info, **kwargs) -> QuerySet:
        return visibility_for(info).media(queryset)
