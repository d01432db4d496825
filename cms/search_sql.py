"""The ranked search's SQL compiled once per query *shape*, the words as parameters.

Building the ranked statement in Python costs more than running it: Wagtail's query compiler
builds ~40 Django expressions (the match, the exact-accent, title and phrase tiers,
``ts_rank``), Django resolves and copies them, then compiles them (11 ms against 3 ms for
PostgreSQL to plan and run the statement, docs/benchmarks.md). Yet two queries with the same
shape — the same tree of words, phrases, ANDs, and the same words having an accent-folded
form — give the same SQL; only the words differ, and only inside parameters.

So for each shape the two expressions ``cms.search`` needs (the match condition and the rank)
are built and compiled once, with placeholder words (``zzw0zz`` / ``zzwà0zz`` whose folded
form is ``zzwa0zz``) and a placeholder for the index vector column. A query of that shape
then gets the cached SQL, each parameter rebuilt by putting its own words (and their folded
forms) where the placeholders were: :class:`Compiled` is one Django expression whose SQL is
that text. Queries whose words would need escaping inside a ``tsquery`` (``'`` or ``\\``),
or whose shape is unusual (``OR``, ``NOT``, boosts), take the uncached path; both paths
produce the same SQL and parameters (``tests/cms/test_search_sql.py`` checks it).

The index join's content type ids are kept per schema too (``descendant_content_types``).
"""

from __future__ import annotations

import re
import threading

from django.contrib.postgres.search import SearchVectorExact, SearchVectorField
from django.db import connection
from django.db.models import BooleanField, Expression, FloatField
from modelsearch import abstract_models
from wagtail.search.query import And, Phrase, PlainText

from congdoan.text import fold

# Placeholder words: ``zzw{i}zz`` for a word without a distinct folded form, ``zzwà{i}zz``
# (folded: ``zzwa{i}zz``) for one with it. Lower-case, NFC and unchanged by the query's
# normalisation, so the compiler treats them like the words they stand for.
_SENTINEL = re.compile(r"zzw(à|a)?(\d+)zz")
_COLUMN = "__cgd_search_vector__"
_MAX_SHAPES = 512
_SHAPES: dict[tuple, tuple[tuple, tuple]] = {}
_LOCK = threading.Lock()


# The index join's condition lists the content types of the searched model and its
# descendants. modelsearch reads them through Django's content type cache, which
# django-tenants empties at every schema switch: one statement per search request. They are
# kept here per schema instead (like ``graphql_api.content.specific``: a model's content type
# id never changes within a schema).
_DESCENDANT_TYPES: dict[tuple[str, type], list[int]] = {}
_descendant_types = abstract_models.get_descendants_content_types_pks


def descendant_content_types(model) -> list[int]:
    key = (connection.schema_name, model)
    found = _DESCENDANT_TYPES.get(key)
    if found is None:
        found = _DESCENDANT_TYPES[key] = list(_descendant_types(model))
    return found


abstract_models.get_descendants_content_types_pks = descendant_content_types


class _Column(Expression):
    """The index vector column's place in the compiled template."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        return _COLUMN, []


class Compiled(Expression):
    """A search expression whose SQL was compiled for the query's shape: ``sql`` with the
    vector column (``vector``, resolved by Django so the index join exists) in place of the
    placeholder, and the query's own parameters."""

    def __init__(self, vector, sql: str, params: tuple, output_field):
        super().__init__(output_field=output_field)
        self.vector, self.sql, self.params = vector, sql, params

    def get_source_expressions(self):
        return [self.vector]

    def set_source_expressions(self, exprs):
        (self.vector,) = exprs

    def as_sql(self, compiler, connection):
        column, column_params = compiler.compile(self.vector)
        if column_params:  # a plain column has none; never expected otherwise
            raise ValueError("search vector with parameters")
        return self.sql.replace(_COLUMN, column), list(self.params)


def _words_ok(word: str) -> bool:
    return bool(word) and "'" not in word and "\\" not in word and "zzw" not in word


def shape_of(parsed) -> tuple[tuple, list[str]] | None:
    """(shape key, words in placeholder order) of a parsed, normalised query; None when the
    query must take the uncached path."""
    from cms.search import split_words

    words: list[str] = []

    def visit(node):
        if isinstance(node, PlainText):
            parts = split_words(node.query_string)
            if not parts or not all(map(_words_ok, parts)):
                raise LookupError
            flags = []
            for part in parts:
                flags.append(fold(part) != part)
                words.append(part)
            return ("t", node.operator, tuple(flags))
        if isinstance(node, Phrase):
            text = node.query_string
            if not _words_ok(text) or text != " ".join(split_words(text)):
                raise LookupError
            words.append(text)
            return ("p", fold(text) != text)
        if type(node) is And:
            return ("and", tuple(visit(sub) for sub in node.subqueries))
        raise LookupError

    try:
        return visit(parsed), words
    except LookupError:
        return None


def _placeholders(shape, counter):
    kind = shape[0]
    if kind == "t":
        parts = []
        for accented in shape[2]:
            i = next(counter)
            parts.append(f"zzwà{i}zz" if accented else f"zzw{i}zz")
        return PlainText(" ".join(parts), operator=shape[1])
    if kind == "p":
        i = next(counter)
        return Phrase(f"zzwà{i}zz" if shape[1] else f"zzw{i}zz")
    return And([_placeholders(sub, counter) for sub in shape[1]])


def _template(param):
    """A parameter as (constant, value) or (template, text with placeholders)."""
    if isinstance(param, str) and _SENTINEL.search(param):
        return (False, param)
    return (True, param)


def compile_expressions(queryset, parsed) -> tuple[tuple[str, list], tuple[str, list]]:
    """(SQL, params) of the match condition and of the rank for ``parsed``, built by
    Wagtail's query compiler (``cms.search_backend``), the vector column as a placeholder."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    compiler = backend.query_compiler_class(queryset, parsed, order_by_relevance=True)
    config = compiler.get_config(backend)
    search_query = compiler.build_tsquery(compiler.query, config=config)
    vector = _Column()
    rank = compiler._build_rank_expression([(vector, 1.0)], config)
    match = SearchVectorExact(vector, search_query)
    query = queryset.model._default_manager.none().query
    sql_compiler = query.get_compiler(using=queryset.db)
    return tuple(
        sql_compiler.compile(expression.resolve_expression(query)) for expression in (match, rank)
    )


def _compile(queryset, shape) -> tuple:
    """The shape's templates: its expressions compiled for placeholder words."""
    from itertools import count

    compiled = compile_expressions(queryset, _placeholders(shape, count()))
    return tuple((sql, tuple(_template(p) for p in params)) for sql, params in compiled)


def _fill(templates: tuple, words: list[str]) -> tuple:
    folded = [fold(word) for word in words]

    def replace(match: re.Match) -> str:
        i = int(match.group(2))
        return folded[i] if match.group(1) == "a" else words[i]

    return tuple(
        value if constant else _SENTINEL.sub(replace, value) for constant, value in templates
    )


def cached_sql(queryset, parsed) -> tuple[tuple[str, tuple], tuple[str, tuple]] | None:
    """(SQL, params) of the match condition and of the rank from the shape's cache (compiled
    on first use), or None when the query takes the uncached path."""
    found = shape_of(parsed)
    if found is None:
        return None
    shape, words = found
    key = (queryset.model, queryset.db, shape)
    compiled = _SHAPES.get(key)
    if compiled is None:
        compiled = _compile(queryset, shape)
        with _LOCK:
            if len(_SHAPES) >= _MAX_SHAPES:
                _SHAPES.clear()
            _SHAPES[key] = compiled
    return tuple((sql, _fill(params, words)) for sql, params in compiled)


def expressions(queryset, parsed, vector):
    """(match condition, rank) as :class:`Compiled` expressions over ``vector`` (an ``F`` of
    the index vector), or None when the query takes the uncached path."""
    found = cached_sql(queryset, parsed)
    if found is None:
        return None
    (match_sql, match_params), (rank_sql, rank_params) = found
    match = Compiled(vector, match_sql, match_params, BooleanField())
    rank = Compiled(vector, rank_sql, rank_params, FloatField())
    return match, rank
