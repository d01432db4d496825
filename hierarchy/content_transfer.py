"""Copy a page subtree with the images and documents it uses from one tenant's Wagtail into
another's (tenant schemas cannot reference each other's rows, so content is copied with new
ids and the references are rewritten).

Covered: every page type (concrete fields of the specific model), foreign keys to images and
documents, and rich-text embeds/links to images, documents and pages of the subtree. Child
relations of pages (inline objects, tags) and ids inside StreamField blocks are not rewritten.
Image and document files are copied into the target tenant's media directory.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import models
from django_tenants.utils import schema_context

# Page fields copied onto the new page; the rest (tree position, revisions, locks, locale,
# translation key, content type) belong to the target tenant.
PAGE_FIELDS = [
    "title",
    "slug",
    "seo_title",
    "show_in_menus",
    "search_description",
    "owner_id",
    "go_live_at",
    "expire_at",
]
IMAGE_FIELDS = [
    "title",
    "width",
    "height",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
    "uploaded_by_user_id",
]
DOCUMENT_FIELDS = ["title", "uploaded_by_user_id"]
_EMBED = re.compile(r"<embed\b[^>]*>")
_LINK = re.compile(r"<a\b[^>]*>")
_ID = re.compile(r'\bid="(\d+)"')


@dataclass
class PageCopy:
    model: type
    values: dict
    live: bool
    old_id: int
    old_url: str
    parent_old_id: int | None


@dataclass
class Transfer:
    pages: list[PageCopy] = field(default_factory=list)
    images: dict[int, tuple[dict, str, bytes]] = field(default_factory=dict)
    documents: dict[int, tuple[dict, str, bytes]] = field(default_factory=dict)
    page_map: dict[int, int] = field(default_factory=dict)
    image_map: dict[int, int] = field(default_factory=dict)
    document_map: dict[int, int] = field(default_factory=dict)


def _media_models():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    return get_image_model(), get_document_model()


def _own_fields(model):
    from wagtail.models import Page

    return [
        f
        for f in model._meta.concrete_fields
        if f.model is not Page
        and not f.primary_key
        and not getattr(f, "parent_link", False)
        and not (isinstance(f, models.OneToOneField) and f.remote_field.parent_link)
    ]


def _rich_text_ids(html: str, kinds: dict[str, set]) -> None:
    for tag in _EMBED.findall(html):
        if 'embedtype="image"' in tag and (m := _ID.search(tag)):
            kinds["image"].add(int(m.group(1)))
    for tag in _LINK.findall(html):
        if 'linktype="document"' in tag and (m := _ID.search(tag)):
            kinds["document"].add(int(m.group(1)))


def read_subtree(schema: str, root_id: int) -> Transfer:
    """Read the pages under (and including) ``root_id`` in ``schema`` and the media they use."""
    from wagtail.fields import RichTextField
    from wagtail.models import Page, Site

    image_model, document_model = _media_models()
    transfer = Transfer()
    with schema_context(schema):
        site = Site.objects.get(is_default_site=True)
        root = Page.objects.get(pk=root_id)
        ids_by_path = {}
        used = {"image": set(), "document": set()}
        for page in root.get_descendants(inclusive=True).order_by("path").specific():
            ids_by_path[page.path] = page.pk
            values = {name: getattr(page, name) for name in PAGE_FIELDS}
            for f in _own_fields(type(page)):
                value = getattr(page, f.attname)
                values[f.attname] = value
                if isinstance(f, RichTextField) and value:
                    _rich_text_ids(value, used)
                elif isinstance(f, models.ForeignKey) and value is not None:
                    if f.related_model is image_model:
                        used["image"].add(value)
                    elif f.related_model is document_model:
                        used["document"].add(value)
            transfer.pages.append(
                PageCopy(
                    model=type(page),
                    values=values,
                    live=page.live,
                    old_id=page.pk,
                    old_url=page.relative_url(site) or page.url_path,
                    parent_old_id=ids_by_path.get(page.path[: -page.steplen]),
                )
            )
        for image in image_model.objects.filter(pk__in=used["image"]):
            with image.file.open("rb") as fh:
                transfer.images[image.pk] = (
                    {n: getattr(image, n) for n in IMAGE_FIELDS},
                    image.file.name.rsplit("/", 1)[-1],
                    fh.read(),
                )
        for doc in document_model.objects.filter(pk__in=used["document"]):
            with doc.file.open("rb") as fh:
                transfer.documents[doc.pk] = (
                    {n: getattr(doc, n) for n in DOCUMENT_FIELDS},
                    doc.file.name.rsplit("/", 1)[-1],
                    fh.read(),
                )
    return transfer


def _rewrite(html: str, transfer: Transfer) -> str:
    def fix(tag: str, kind: str, mapping: dict[int, int]) -> str:
        m = _ID.search(tag)
        if m and int(m.group(1)) in mapping:
            return tag[: m.start(1)] + str(mapping[int(m.group(1))]) + tag[m.end(1) :]
        return tag

    def embed(match):
        tag = match.group(0)
        return fix(tag, "image", transfer.image_map) if 'embedtype="image"' in tag else tag

    def link(match):
        tag = match.group(0)
        if 'linktype="document"' in tag:
            return fix(tag, "document", transfer.document_map)
        if 'linktype="page"' in tag:
            return fix(tag, "page", transfer.page_map)
        return tag

    return _LINK.sub(link, _EMBED.sub(embed, html))


def write_subtree(
    schema: str, transfer: Transfer, root_page_id: int, *, copy_root: bool = True
) -> None:
    """Write ``transfer`` into ``schema``: its root's fields onto page ``root_page_id``
    (the target's home page; left as it is with ``copy_root=False``, when the pages join an
    existing site), every other page below it, with new ids throughout."""
    from wagtail.fields import RichTextField
    from wagtail.models import Page

    image_model, document_model = _media_models()
    with schema_context(schema):
        for old_id, (values, name, data) in transfer.images.items():
            image = image_model(**values)
            image.file = ImageFile(io.BytesIO(data), name=name)
            image.save()
            transfer.image_map[old_id] = image.pk
        for old_id, (values, name, data) in transfer.documents.items():
            doc = document_model(**values)
            doc.file.save(name, ContentFile(data), save=False)
            doc.save()
            transfer.document_map[old_id] = doc.pk
        # Every page id is known before rich text is rewritten, so create first, then fix.
        created = []
        for copy in transfer.pages:
            if copy.parent_old_id is None and not copy_root:
                transfer.page_map[copy.old_id] = root_page_id
                continue
            if copy.parent_old_id is None:
                page = Page.objects.get(pk=root_page_id).specific
                fields = {"title", "seo_title", "search_description"} | {
                    f.attname for f in _own_fields(type(page))
                }
                for name, value in copy.values.items():
                    if name in fields and hasattr(page, name):
                        setattr(page, name, value)
                page.save()
            else:
                parent = Page.objects.get(pk=transfer.page_map[copy.parent_old_id])
                page = copy.model(**copy.values)
                parent.add_child(instance=page)
            transfer.page_map[copy.old_id] = page.pk
            created.append((copy, page))
        for copy, page in created:
            # Fresh from the database: adding children changed the tree columns.
            page = Page.objects.get(pk=page.pk).specific
            for f in _own_fields(type(page)):
                value = getattr(page, f.attname)
                if isinstance(f, RichTextField) and value:
                    setattr(page, f.attname, _rewrite(value, transfer))
                elif isinstance(f, models.ForeignKey) and value is not None:
                    if f.related_model is image_model:
                        setattr(page, f.attname, transfer.image_map.get(value))
                    elif f.related_model is document_model:
                        setattr(page, f.attname, transfer.document_map.get(value))
            page.draft_title = page.title
            page.save()
            revision = page.save_revision()
            if copy.live:
                revision.publish()
