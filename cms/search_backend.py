"""Wagtail's PostgreSQL search backend with the Vietnamese rules of ``cms.search``.

Every search and autocomplete through Wagtail (the admin's page search and choosers,
``Page.objects.search()``, ``cms.search.search_pages``) matches each word as typed or folded
(pages index a folded copy of their text), and ranks matches of the query as typed (accents
included) first, then phrase matches, then ``ts_rank``.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery, SearchVectorExact
from django.db.models import Case, FloatField, Value, When
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from cms.search import (
    EXACT_BONUS,
    PHRASE_BONUS,
    accent_insensitive,
    map_query,
    normalise_query,
    plain_words,
)
from congdoan.text import fold


class _VietnameseCompilerMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.exact_query = map_query(self.query, normalise_query)
        self.folded_query = map_query(self.exact_query, fold)
        self.query = accent_insensitive(self.exact_query)

    def _combined(self, vectors):
        combined = vectors[0][0]
        for vector, _boost in vectors[1:]:
            combined = combined._combine(vector, "||", False)
        return combined

    def _build_rank_expression(self, vectors, config):
        rank = super()._build_rank_expression(vectors, config)
        combined = self._combined(vectors)
        bonus = Case(
            When(
                SearchVectorExact(combined, self.build_tsquery(self.exact_query, config=config)),
                then=Value(EXACT_BONUS),
            ),
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
