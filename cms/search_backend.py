"""Wagtail's PostgreSQL search backend with the Vietnamese rules of ``cms.search``.

Every search and autocomplete through Wagtail (the admin's page search and choosers,
``Page.objects.search()``, ``cms.search.search_pages``) matches each word as typed or folded
(pages index a folded copy of their text), and ranks matches of the query as typed (accents
included) first, then phrase matches, then ``ts_rank``.

Cost: a ranked search scores every matching row (840 of 1,000 articles for "cong doan"), so
each expression per row counts. The title tiers test the page's vector against the query
with every lexeme labelled ``:A`` (``title_query``), which means the same as testing the
title-only vector ``ts_filter(body, '{a}')`` but does not build that vector three times per
row; the vector itself is stored in the row, not in TOAST (``cms`` migration 0002).
"""

from __future__ import annotations

from django.contrib.postgres.search import (
    SearchQuery,
    SearchQueryField,
    SearchRank,
    SearchVectorExact,
)
from django.db.models import BooleanField, Case, F, FloatField, Func, Value, When
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from cms.search import (
    EXACT_BONUS,
    PHRASE_BONUS,
    TITLE_BONUS,
    TITLE_EXACT_BONUS,
    TITLE_PHRASE_BONUS,
    accent_insensitive,
    map_query,
    normalise_query,
    plain_words,
)
from congdoan.text import fold

# Every quoted lexeme of a tsquery's text form ('it''s' escapes a quote by doubling it).
_LEXEME = r"('(?:[^']|'')*')"


class TitleQuery(Func):
    """``query`` restricted to lexemes at weight A (the title): ``'cong' & 'doan'`` becomes
    ``'cong':A & 'doan':A``. ``vector @@ title_query`` is ``ts_filter(vector, '{a}') @@
    query`` (phrases included: positions are filtered by weight) without filtering the
    vector per row; the rewrite of constants is folded once at planning."""

    template = "regexp_replace((%(expressions)s)::text, %(pattern)s, '\\1:A', 'g')::tsquery"
    output_field = SearchQueryField()

    def as_sql(self, compiler, connection, **extra):
        sql, params = super().as_sql(compiler, connection, pattern="%s", **extra)
        return sql, (*params, _LEXEME)


class Matches(Func):
    """``vector @@ query`` for a query expression that is not a ``SearchQuery``."""

    template = "(%(expressions)s)"
    arg_joiner = " @@ "
    output_field = BooleanField()


class _VietnameseCompilerMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.exact_query = map_query(self.query, normalise_query)
        self.folded_query = map_query(self.exact_query, fold)
        self.query = accent_insensitive(self.exact_query)

    def get_index_vectors(self, search_query):
        from wagtail.models import Page

        from cms.models import BasePage

        model = self.queryset.model
        if isinstance(self, PostgresAutocompleteQueryCompiler) or not issubclass(model, Page):
            return super().get_index_vectors(search_query)
        if model is Page or issubclass(model, BasePage):
            # Pages index their title again (lower-cased and folded, weight A) in the body
            # vector: searching that one GIN-indexed column avoids concatenating title || body
            # for every row.
            return [(F("index_entries__body"), 1.0)]
        return super().get_index_vectors(search_query)

    def _is_page_search(self) -> bool:
        from wagtail.models import Page

        from cms.models import BasePage

        model = self.queryset.model
        return model is Page or (isinstance(model, type) and issubclass(model, BasePage))

    def _combined(self, vectors):
        combined = vectors[0][0]
        for vector, _boost in vectors[1:]:
            combined = combined._combine(vector, "||", False)
        return combined

    def _build_rank_expression(self, vectors, config):
        # One ts_rank per vector over the whole query: Wagtail's default computes one per
        # word and per alternative (8 for "lương tối thiểu vùng" with folded forms).
        tsquery = self.build_tsquery(self.query, config=config)
        rank = None
        for vector, boost in vectors:
            term = SearchRank(vector, tsquery, weights=self.sql_weights) * boost
            rank = term if rank is None else rank + term
        combined = self._combined(vectors)
        exact_tsquery = self.build_tsquery(self.exact_query, config=config)
        bonus = Case(
            When(SearchVectorExact(combined, exact_tsquery), then=Value(EXACT_BONUS)),
            default=Value(0.0),
            output_field=FloatField(),
        )
        titles = False
        if self._is_page_search() and not isinstance(self, PostgresAutocompleteQueryCompiler):
            # Pages index their title alone at weight A (``BasePage.search_title``): a match
            # there (as typed, then with any accents) outranks a match in the text only.
            titles = True
            bonus = bonus + Case(
                When(
                    Matches(combined, TitleQuery(exact_tsquery)),
                    then=Value(TITLE_EXACT_BONUS),
                ),
                default=Value(0.0),
                output_field=FloatField(),
            )
            bonus = bonus + Case(
                When(Matches(combined, TitleQuery(tsquery)), then=Value(TITLE_BONUS)),
                default=Value(0.0),
                output_field=FloatField(),
            )
        words = plain_words(self.folded_query)
        if len(words) > 1:
            phrase = SearchQuery(" ".join(words), search_type="phrase", config=config)
            bonus = bonus + Case(
                When(SearchVectorExact(combined, phrase), then=Value(PHRASE_BONUS)),
                default=Value(0.0),
                output_field=FloatField(),
            )
            if titles:
                bonus = bonus + Case(
                    When(
                        Matches(combined, TitleQuery(phrase)),
                        then=Value(TITLE_PHRASE_BONUS),
                    ),
                    default=Value(0.0),
                    output_field=FloatField(),
                )
        return bonus + rank


class VietnameseSearchQueryCompiler(_VietnameseCompilerMixin, PostgresSearchQueryCompiler):
    pass


class VietnameseAutocompleteQueryCompiler(
    _VietnameseCompilerMixin, PostgresAutocompleteQueryCompiler
):
    pass


class VietnameseSearchBackend(PostgresSearchBackend):
    query_compiler_class = VietnameseSearchQueryCompiler
    autocomplete_query_compiler_class = VietnameseAutocompleteQueryCompiler


SearchBackend = VietnameseSearchBackend
