"""Copy a page subtree with everything it references from one tenant's Wagtail into another's.

Tenant schemas cannot reference each other's rows, so content is copied with new ids and
every reference is rewritten: foreign keys and many-to-many links of the page and of its
inline objects (gallery images, venues, key messages, form fields...), ids inside StreamField
blocks (image, document, page and snippet choosers, rich text nested in structs, lists and
streams), rich-text embeds and links, tags, and snippets such as topics (matched by slug in
the target, created there when missing). Images and documents the content uses are copied
with their files. A reference to a page outside the copied subtree becomes a plain link to
that page's old public URL in rich text, and is cleared in choosers and foreign keys.

StreamField content is walked by ``cms.streamfield``. The org tree's operations (promoting a
microsite, folding, merging) call :func:`read_subtree` and :func:`write_subtree`; listeners
of ``cms.signals.content_relocated`` follow the pages to their new ids.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import models
from django.db.models import Q
from django.utils.html import escape
from django_tenants.utils import schema_context

from cms import streamfield
from cms.signals import content_relocated

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
    children: dict[str, tuple[type, list[dict]]] = field(default_factory=dict)
    m2m: dict[str, list[int]] = field(default_factory=dict)
    tags: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Transfer:
    source_schema: str = ""
    pages: list[PageCopy] = field(default_factory=list)
    images: dict[int, tuple[dict, str, bytes]] = field(default_factory=dict)
    documents: dict[int, tuple[dict, str, bytes]] = field(default_factory=dict)
    # snippet model -> old id -> field values
    snippets: dict[type, dict[int, dict]] = field(default_factory=lambda: defaultdict(dict))
    # public URLs of pages referenced from the subtree but outside it
    outside_urls: dict[int, str] = field(default_factory=dict)
    page_map: dict[int, int] = field(default_factory=dict)
    image_map: dict[int, int] = field(default_factory=dict)
    document_map: dict[int, int] = field(default_factory=dict)
    snippet_map: dict[type, dict[int, int]] = field(default_factory=lambda: defaultdict(dict))


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


def _kind(model) -> str | None:
    """What a reference to ``model`` is, for copying: image, document, page or snippet."""
    from wagtail.models import Page

    image_model, document_model = _media_models()
    if model is None:
        return None
    if issubclass(model, image_model):
        return "image"
    if issubclass(model, document_model):
        return "document"
    if issubclass(model, Page):
        return "page"
    if model._meta.app_label == "cms":
        return "snippet"
    return None


def _walk_values(model, values: dict, visit) -> dict:
    """Pass every reference held in ``values`` (attname -> raw value of ``model``'s own
    fields) through ``visit`` and return the rewritten values."""
    from wagtail.fields import RichTextField, StreamField

    out = dict(values)
    for f in _own_fields(model):
        value = values.get(f.attname)
        if value is None or f.attname not in values:
            continue
        if isinstance(f, StreamField):
            out[f.attname] = streamfield.walk(f.stream_block, value, visit)
        elif isinstance(f, RichTextField):
            out[f.attname] = visit("richtext", value, None) if value else value
        elif isinstance(f, models.ForeignKey):
            kind = _kind(f.related_model)
            if kind:
                out[f.attname] = visit(kind, value, f.related_model)
    return out


def _raw_values(obj, fields) -> dict:
    """Own field values of ``obj`` as plain data (StreamFields as their raw JSON list)."""
    from wagtail.fields import StreamField

    values = {}
    for f in fields:
        value = getattr(obj, f.attname)
        if isinstance(f, StreamField):
            value = f.stream_block.get_prep_value(value) if value is not None else None
        values[f.attname] = value
    return values


def _child_relations(model):
    """Inline objects that belong to the page's content (not Wagtail's own, not tags)."""
    from modelcluster.models import get_all_child_relations
    from taggit.models import ItemBase
    from wagtail.models import Page

    return [
        rel
        for rel in get_all_child_relations(model)
        if rel.model is not Page and not issubclass(rel.related_model, ItemBase)
    ]


def _m2m_fields(model):
    from modelcluster.fields import ParentalManyToManyField

    return [
        f
        for f in model._meta.get_fields()
        if isinstance(f, ParentalManyToManyField) and _kind(f.related_model)
    ]


def _rich_text_refs(html: str, record) -> None:
    for tag in _EMBED.findall(html):
        if 'embedtype="image"' in tag and (m := _ID.search(tag)):
            record("image", int(m.group(1)), None)
    for tag in _LINK.findall(html):
        if (m := _ID.search(tag)) is None:
            continue
        if 'linktype="document"' in tag:
            record("document", int(m.group(1)), None)
        elif 'linktype="page"' in tag:
            record("page", int(m.group(1)), None)


def read_subtree(schema: str, root_id: int) -> Transfer:
    """Read the pages under (and including) ``root_id`` in ``schema`` and what they use."""
    from modelcluster.contrib.taggit import ClusterTaggableManager
    from wagtail.models import Page, Site

    image_model, document_model = _media_models()
    transfer = Transfer(source_schema=schema)
    used: dict[str, set[int]] = {"image": set(), "document": set(), "page": set()}
    snippet_ids: dict[type, set[int]] = defaultdict(set)

    def record(kind, value, model):
        if kind == "richtext":
            _rich_text_refs(value, record)
        elif kind == "snippet":
            snippet_ids[model].add(int(value))
        else:
            used[kind].add(int(value))
        return value

    with schema_context(schema):
        site = Site.objects.get(is_default_site=True)
        root = Page.objects.get(pk=root_id)
        ids_by_path = {}
        for page in root.get_descendants(inclusive=True).order_by("path").specific():
            model = type(page)
            ids_by_path[page.path] = page.pk
            values = {name: getattr(page, name) for name in PAGE_FIELDS}
            values.update(_raw_values(page, _own_fields(model)))
            _walk_values(model, values, record)
            copy = PageCopy(
                model=model,
                values=values,
                live=page.live,
                old_id=page.pk,
                old_url=page.relative_url(site) or page.url_path,
                parent_old_id=ids_by_path.get(page.path[: -page.steplen]),
            )
            for rel in _child_relations(model):
                child_model = rel.related_model
                fields = [f for f in _own_fields(child_model) if f.name != rel.field.name]
                rows = [
                    _raw_values(o, fields) for o in getattr(page, rel.get_accessor_name()).all()
                ]
                for row in rows:
                    _walk_values(child_model, row, record)
                copy.children[rel.get_accessor_name()] = (child_model, rows)
            for f in _m2m_fields(model):
                ids = list(getattr(page, f.name).values_list("pk", flat=True))
                for pk in ids:
                    record(_kind(f.related_model), pk, f.related_model)
                copy.m2m[f.name] = ids
            for f in model._meta.get_fields():
                if isinstance(f, ClusterTaggableManager):
                    copy.tags[f.name] = list(getattr(page, f.name).names())
            transfer.pages.append(copy)
        for page in Page.objects.filter(pk__in=used["page"] - set(ids_by_path.values())):
            transfer.outside_urls[page.pk] = page.get_full_url() or ""
        for model, ids in snippet_ids.items():
            fields = [f for f in model._meta.concrete_fields if not f.primary_key]
            for obj in model.objects.filter(pk__in=ids):
                transfer.snippets[model][obj.pk] = _raw_values(obj, fields)
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


def _rewrite(html: str, transfer: Transfer, *, final: bool) -> str:
    """Rich text with ids mapped to the target's; with ``final``, links to pages outside
    the copied subtree become plain links to their old public URLs."""

    def fix(tag: str, mapping: dict[int, int]) -> str:
        m = _ID.search(tag)
        if m and int(m.group(1)) in mapping:
            return tag[: m.start(1)] + str(mapping[int(m.group(1))]) + tag[m.end(1) :]
        return tag

    def embed(match):
        tag = match.group(0)
        return fix(tag, transfer.image_map) if 'embedtype="image"' in tag else tag

    def link(match):
        tag = match.group(0)
        if 'linktype="document"' in tag:
            return fix(tag, transfer.document_map)
        if 'linktype="page"' in tag:
            m = _ID.search(tag)
            if m and int(m.group(1)) in transfer.page_map:
                return fix(tag, transfer.page_map)
            if final:
                url = transfer.outside_urls.get(int(m.group(1))) if m else ""
                return f'<a href="{escape(url)}">' if url else "<a>"
        return tag

    return _LINK.sub(link, _EMBED.sub(embed, html))


def _visitor(transfer: Transfer, *, final: bool):
    def visit(kind, value, model):
        if kind == "richtext":
            return _rewrite(value, transfer, final=final)
        if kind == "image":
            return transfer.image_map.get(int(value))
        if kind == "document":
            return transfer.document_map.get(int(value))
        if kind == "page":
            return transfer.page_map.get(int(value))
        return transfer.snippet_map[model].get(int(value))

    return visit


def _write_snippets(transfer: Transfer) -> None:
    """Match each snippet by one of its unique fields (a topic's slug or name) in the active
    schema; create it when the target has none."""
    for model, rows in transfer.snippets.items():
        unique = [f.attname for f in model._meta.concrete_fields if f.unique and not f.primary_key]
        for old_id, values in rows.items():
            match = None
            if unique:
                q = Q()
                for name in unique:
                    q |= Q(**{name: values[name]})
                match = model.objects.filter(q).first()
            if match is None:
                match = model.objects.create(**values)
            transfer.snippet_map[model][old_id] = match.pk


def _apply_relations(page, copy: PageCopy, visit) -> None:
    """Inline objects, many-to-many links and tags of ``copy`` onto ``page`` (saved with it).
    An inline object whose required reference points outside the copy is left out."""
    for accessor, (child_model, rows) in copy.children.items():
        required = [
            f.attname
            for f in _own_fields(child_model)
            if isinstance(f, models.ForeignKey) and not f.null and _kind(f.related_model)
        ]
        objects = []
        for row in rows:
            values = _walk_values(child_model, row, visit)
            if all(values.get(name) is not None for name in required if name in values):
                objects.append(child_model(**values))
        setattr(page, accessor, objects)
    for name, ids in copy.m2m.items():
        related = type(page)._meta.get_field(name).related_model
        new_ids = [visit(_kind(related), pk, related) for pk in ids]
        setattr(page, name, list(related.objects.filter(pk__in=[i for i in new_ids if i])))
    for name, tags in copy.tags.items():
        getattr(page, name).set(tags)


def write_subtree(
    schema: str, transfer: Transfer, root_page_id: int, *, copy_root: bool = True
) -> None:
    """Write ``transfer`` into ``schema``: its root's fields onto page ``root_page_id``
    (the target's home page; left as it is with ``copy_root=False``, when the pages join an
    existing site), every other page below it, with new ids throughout."""
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
        _write_snippets(transfer)
        # Pass 1 creates every page (references to pages not created yet left empty), so
        # that pass 2 can point every reference at its final id.
        early = _visitor(transfer, final=False)
        created = []
        for copy in transfer.pages:
            if copy.parent_old_id is None and not copy_root:
                transfer.page_map[copy.old_id] = root_page_id
                continue
            values = _walk_values(copy.model, copy.values, early)
            if copy.parent_old_id is None:
                page = Page.objects.get(pk=root_page_id).specific
                fields = {"title", "seo_title", "search_description"} | {
                    f.attname for f in _own_fields(type(page))
                }
                for name, value in values.items():
                    if name in fields and hasattr(page, name):
                        setattr(page, name, value)
                page.save()
            else:
                parent = Page.objects.get(pk=transfer.page_map[copy.parent_old_id])
                page = copy.model(**values)
                parent.add_child(instance=page)
            transfer.page_map[copy.old_id] = page.pk
            created.append((copy, page.pk))
        final = _visitor(transfer, final=True)
        for copy, page_id in created:
            # Fresh from the database: adding children changed the tree columns.
            page = Page.objects.get(pk=page_id).specific
            values = _walk_values(copy.model, copy.values, final)
            for f in _own_fields(type(page)):
                if f.attname in values:
                    setattr(page, f.attname, values[f.attname])
            if type(page) is copy.model:
                _apply_relations(page, copy, final)
            page.draft_title = page.title
            page.save()
            revision = page.save_revision()
            if copy.live:
                revision.publish()
    content_relocated.send(
        sender=Transfer,
        source_schema=transfer.source_schema,
        target_schema=schema,
        page_map=dict(transfer.page_map),
    )
