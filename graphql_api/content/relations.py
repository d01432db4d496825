"""Related objects (cover images, linked documents, topics, child rows) that are visible.

A relation is resolved from what the optimizer prefetched through ``prefetch(...)`` (one
statement for a whole list, filtered by the request's Visibility) or, when the parent did
not come through such a queryset (a draft built from a revision, a page a StreamField block
points at), by a filtered look-up. A plain attribute access is never trusted: it would load
a private image or a draft page straight from the foreign key.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import Model, Prefetch, QuerySet, Value
from django.db.models.fields.related import ForeignKey

from graphql_api.content.visibility import visibility_for

MARK = "congdoan_visible"
Loader = Callable[[object], QuerySet]  # info -> visible queryset of the related model


def marked(queryset: QuerySet) -> QuerySet:
    return queryset.annotate(**{MARK: Value(True)})


def many_attr(name: str) -> str:
    return f"_gql_{name}"


def prefetch(name: str, loader: Loader, *, many: bool = False) -> Callable:
    """An optimizer hint: ``Prefetch(name)`` through the visible queryset ``loader(info)``.

    Many-valued relations are prefetched into a plain list attribute (``to_attr``): Django
    otherwise builds a related manager queryset per parent object, which for modelcluster's
    many-to-many and tag managers costs more than the statement itself."""

    def hint(info) -> Prefetch:
        queryset = marked(loader(info))
        if many:
            return Prefetch(name, queryset=queryset, to_attr=many_attr(name))
        return Prefetch(name, queryset=queryset)

    return hint


def related_one(root: Model, name: str, info, loader: Loader):
    """The object a foreign key points at, if visible."""
    field = root._meta.get_field(name)
    assert isinstance(field, ForeignKey)
    if field.is_cached(root):
        cached = field.get_cached_value(root)
        if cached is None or getattr(cached, MARK, False):
            return cached
    pk = getattr(root, field.attname)
    if pk is None:
        return None
    return loader(info).filter(pk=pk).first()


def related_many(root: Model, name: str, info, loader: Loader) -> list:
    """The visible objects of a many-to-many or child relation, in the loader's order."""
    prefetched = getattr(root, many_attr(name), None)
    if prefetched is not None and all(getattr(obj, MARK, False) for obj in prefetched):
        return prefetched
    # Not prefetched (or an in-memory draft whose relations come from its revision).
    ids = [obj.pk for obj in getattr(root, name).all()]
    if not ids:
        return []
    found = {obj.pk: obj for obj in loader(info).filter(pk__in=ids)}
    return [found[pk] for pk in ids if pk in found]


def visible_pages(model) -> Loader:
    return lambda info: visibility_for(info).pages(model._default_manager.all())


def visible_media(model, prepare: Callable[[QuerySet], QuerySet] | None = None) -> Loader:
    def loader(info):
        queryset = visibility_for(info).media(model._default_manager.all())
        return prepare(queryset) if prepare else queryset

    return loader
