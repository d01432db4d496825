"""Turn base ``Page`` rows into their specific classes in one statement per page type, with
the optimizer's hints (only/select/prefetch) for that type's selection applied.

Wagtail's ``.specific()`` does the same grouping but without the optimizer, so nested fields
of each specific page (cover image, topics, ...) would cost a statement per page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from strawberry_django.optimizer import optimizer
from wagtail.models import Page

# (schema, content type id) -> model class. django-tenants empties Django's own content type
# cache on every tenant switch (ids may differ between schemas), which would cost a
# statement per request; this cache is keyed by schema instead.
_MODELS: dict[tuple[str, int], type | None] = {}
_IDS: dict[tuple[str, type], int] = {}


def model_for_content_type(content_type_id: int) -> type | None:
    key = (connection.schema_name, content_type_id)
    if key not in _MODELS:
        _MODELS[key] = ContentType.objects.get_for_id(content_type_id).model_class()
    return _MODELS[key]


def content_type_id_for(model: type) -> int:
    key = (connection.schema_name, model)
    if key not in _IDS:
        _IDS[key] = ContentType.objects.get_for_model(model).pk
    return _IDS[key]


def load_specific(pages: Iterable[Page], info, *, optimize: bool = True) -> list[Page]:
    """The specific instances of ``pages`` in the same order (pages already specific, or
    whose class is ``Page`` itself, are kept as they are). ``optimize=False`` when ``info``
    is not the field that returns the pages (its selection would mislead the optimizer)."""
    pages = list(pages)
    by_model: dict[type[Page], list[int]] = defaultdict(list)
    found: dict[int, Page] = {}
    for page in pages:
        model = model_for_content_type(page.content_type_id)
        if model is None or isinstance(page, model):
            found[page.pk] = page
        else:
            by_model[model].append(page.pk)
    extension = optimizer.get() if optimize else None
    for model, ids in by_model.items():
        queryset = model._default_manager.filter(pk__in=ids)
        if extension is not None:
            queryset = extension.optimize(queryset, info=info)
        for page in queryset:
            found[page.pk] = page
    return [found[page.pk] for page in pages if page.pk in found]
