"""Related objects (cover images, linked documents, topics, child rows) that are visible.

A relation is resolved from what the optimizer prefetched through ``prefetch(...)`` (one
statement for a whole list, filtered by the request's Visibility) or, when the parent did
not come through such a queryset (a draft built from a revision, a page a StreamField block
points at), by a filtered look-up. A plain attribute access is never trusted: it would load
a private image or a draft page straight from the foreign key.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from django.db.models import Expression, F, Model, Prefetch, QuerySet, TextField, Value
from django.db.models.fields.related import ForeignKey
from taggit.managers import TaggableManager

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


class RelatedJSON(Expression):
    """A many-to-many relation of the row (``topics``) or its tags as a JSON array of
    ``columns``, computed in the row's own statement: one correlated sub-select instead of
    a second statement and a queryset per row. The relation is looked up on the model of the
    query being compiled, so one hint serves every page type that has the field."""

    output_field = TextField()

    def __init__(self, field_name: str, columns: tuple[str, ...]):
        super().__init__()
        self.field_name, self.columns = field_name, columns
        self.pk = F("pk")

    def get_source_expressions(self):
        return [self.pk]

    def set_source_expressions(self, expressions):
        (self.pk,) = expressions

    def as_sql(self, compiler, connection):
        pk, params = compiler.compile(self.pk)
        field = compiler.query.model._meta.get_field(self.field_name)
        if isinstance(field, TaggableManager):
            through = field.through._meta
            table, source = through.db_table, through.get_field("content_object").column
            target_column = through.get_field("tag").column
            target = field.related_model._meta
        else:
            table, source = field.m2m_db_table(), field.m2m_column_name()
            target_column, target = field.m2m_reverse_name(), field.related_model._meta
        quote = connection.ops.quote_name
        values = ", ".join(f"cgd_t.{quote(target.get_field(c).column)}" for c in self.columns)
        order = ", ".join(
            f"cgd_t.{quote(target.get_field(name.lstrip('-')).column)}"
            + (" DESC" if name.startswith("-") else "")
            for name in (target.ordering or [target.pk.name])
        )
        sql = (
            f"(SELECT coalesce(json_agg(json_build_array({values}) ORDER BY {order}), '[]') "
            f"FROM {quote(table)} cgd_m JOIN {quote(target.db_table)} cgd_t "
            f"ON cgd_t.{quote(target.pk.column)} = cgd_m.{quote(target_column)} "
            f"WHERE cgd_m.{quote(source)} = {pk})"
        )
        return sql, params


def json_attr(name: str) -> str:
    return f"gql_{name}_json"


def related_json(name: str, columns: tuple[str, ...]) -> dict:
    """An optimizer ``annotate`` hint for ``RelatedJSON``."""
    return {json_attr(name): lambda info: RelatedJSON(name, columns)}


def json_rows(root, name: str) -> list | None:
    """The rows ``related_json`` attached to ``root``, or None when it was not annotated."""
    raw = root.__dict__.get(json_attr(name))
    if raw is None:
        return None
    return json.loads(raw) if isinstance(raw, str) else raw
