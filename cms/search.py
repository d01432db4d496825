"""Vietnamese full text search over a tenant's Wagtail search index.

How it works
------------
* **Index.** Every page stores its searchable text twice in Wagtail's index table (in the
  tenant's own schema): lower-cased as written and accent-folded (``congdoan.text.fold``:
  "đ" -> "d", marks stripped) — see ``BasePage.search_heading`` / ``search_content``. The
  embedded PostgreSQL has no ``unaccent``, so folding happens in Python.
* **Matching.** The query is NFC-normalised and lower-cased; each word matches as typed or
  folded, and the folded form meets the folded copy, so "cong doan" finds "Công đoàn" and
  "lương" also finds "lượng" (both are "luong"). Words are ANDed; text in double quotes is a
  phrase (words adjacent, in order).
* **Ranking.** Score tiers, highest first: the page matches the query *as typed, accents
  included* (a query "lương" puts pages containing "lương" above pages containing only
  "lượng"); its **title** matches as typed; its title matches with any accents; the words
  appear as a phrase (in the title first); then PostgreSQL's ``ts_rank`` (title, then lead,
  weigh more than the body); then the most recently created. So a page whose title answers
  the query comes before pages that only mention the words in their text
  (``bench/bench_search_relevance.py`` measures it: nDCG@10 over labelled queries).
* **Typos.** When nothing matches, words that match no page at all ("vugn", "vayy") are
  dropped and the rest is searched again, so one mistyped word does not empty the result.

``search_pages`` returns an ordinary QuerySet (annotated with ``search_rank``) so callers can
filter, count and paginate it; the Wagtail admin uses the same rules through
``cms.search_backend``.
"""

from __future__ import annotations

import re
from functools import partial

from django.db.models import F
from wagtail.search.backends import get_search_backend
from wagtail.search.query import MATCH_NONE, And, Boost, Not, Or, Phrase, PlainText
from wagtail.search.utils import parse_query_string

from cms import search_sql
from congdoan.text import fold, nfc

MAX_QUERY_LENGTH = 200
# Score tiers added to ts_rank (which stays well below 10) so that ordering is:
# exact-accent match > title match as typed > title match > phrase match (title phrase
# first) > the rest.
EXACT_BONUS = 100.0
TITLE_EXACT_BONUS = 40.0
TITLE_BONUS = 20.0
PHRASE_BONUS = 10.0
TITLE_PHRASE_BONUS = 5.0


# PostgreSQL's parser reads "18/kh-cđn" as a file path and splits it oddly: slashes are
# spaces on both sides (index and query), so document numbers match word by word.
_SLASHES = re.compile(r"[/\\]+")


def index_text(text: str) -> str:
    """Text as both the index and queries see it: NFC, lower-case, slashes as spaces."""
    return _SLASHES.sub(" ", nfc(text or "").lower())


def normalise_query(text: str) -> str:
    """``index_text`` with single spaces, at most ``MAX_QUERY_LENGTH`` characters."""
    return " ".join(index_text(text).split())[:MAX_QUERY_LENGTH]


def folded_query(text: str) -> str:
    return fold(normalise_query(text))


def map_query(query, transform):
    """Apply ``transform`` to the text of every PlainText/Phrase node of a Wagtail query."""
    if isinstance(query, PlainText):
        return PlainText(transform(query.query_string), operator=query.operator)
    if isinstance(query, Phrase):
        return Phrase(transform(query.query_string))
    if isinstance(query, Not):
        return Not(map_query(query.subquery, transform))
    if isinstance(query, Boost):
        return Boost(map_query(query.subquery, transform), query.boost)
    if isinstance(query, (And, Or)):
        return type(query)([map_query(sub, transform) for sub in query.subqueries])
    return query


def split_words(text: str) -> list[str]:
    """Words as Wagtail's PostgreSQL backend splits them (on spaces and hyphens)."""
    return [word for word in re.split(r"[\s\-]+", text) if word]


def accent_insensitive(query):
    """Rewrite a (normalised) query so each word matches as typed OR folded: "lương" becomes
    ``'lương' | 'luong'``. Pages index a folded copy of their text, so the folded form finds
    them whatever the accents; models without a folded copy (images, documents) still match
    the word as typed."""
    if isinstance(query, PlainText):
        alternatives = []
        for word in split_words(query.query_string):
            forms = list(dict.fromkeys([word, fold(word)]))
            alternatives.append(
                PlainText(forms[0]) if len(forms) == 1 else Or([PlainText(f) for f in forms])
            )
        if not alternatives:
            return query
        if len(alternatives) == 1:
            return alternatives[0]
        return Or(alternatives) if query.operator == "or" else And(alternatives)
    if isinstance(query, Phrase):
        forms = list(dict.fromkeys([query.query_string, fold(query.query_string)]))
        return Phrase(forms[0]) if len(forms) == 1 else Or([Phrase(f) for f in forms])
    if isinstance(query, Not):
        return Not(accent_insensitive(query.subquery))
    if isinstance(query, Boost):
        return Boost(accent_insensitive(query.subquery), query.boost)
    if isinstance(query, (And, Or)):
        return type(query)([accent_insensitive(sub) for sub in query.subqueries])
    return query


def plain_words(query) -> list[str]:
    """The words of the unquoted parts of a query, in order."""
    if isinstance(query, PlainText):
        return split_words(query.query_string)
    if isinstance(query, And):
        return [word for sub in query.subqueries for word in plain_words(sub)]
    return []


def parse(text: str, operator: str = "and"):
    """A Wagtail query object for ``text`` ("quoted" parts are phrases); MATCH_NONE when
    nothing is left to search for."""
    _filters, query = parse_query_string(
        normalise_query(text), operator=operator, zero_terms=MATCH_NONE
    )
    return query


def search_pages(query: str, queryset=None, *, operator: str = "and", lazy_fallback: bool = False):
    """Pages of the active tenant matching ``query``, best first.

    ``queryset`` defaults to live, public pages; pass e.g. ``ArticlePage.objects.live()`` to
    narrow it. The result is a QuerySet annotated with ``search_rank``; an empty query gives
    an empty QuerySet.

    When nothing matches, the typo fallback (``typo_fallback``) searches again without the
    words that match no page. By default that is decided here, at the cost of one more
    statement for every search; with ``lazy_fallback`` the result carries the fallback
    instead (``FALLBACK_ATTR`` on its ``query``, kept by Django's clones) for a caller that
    fetches first and falls back only on an empty first page (the API's connection does).
    """
    from wagtail.models import Page

    if queryset is None:
        queryset = Page.objects.live().public()
    parsed = parse(query, operator)
    if parsed is MATCH_NONE:
        return queryset.none()
    results = _search(queryset, parsed)
    if (
        isinstance(parsed, PlainText)
        and operator == "and"
        and len(split_words(parsed.query_string)) > 1
    ):
        fallback = partial(typo_fallback, queryset, parsed)
        if lazy_fallback:
            setattr(results.query, FALLBACK_ATTR, fallback)
            return results
        if not results.exists():
            retry = fallback()
            if retry is not None:
                return retry
    return results


# The attribute of a lazily searched QuerySet's ``query`` holding its typo fallback.
FALLBACK_ATTR = "congdoan_search_fallback"


def typo_fallback(queryset, parsed):
    """``queryset`` searched for the words of ``parsed`` that match some page on their own,
    when some (not all, not none) do; None otherwise."""
    words = split_words(parsed.query_string)
    known = [w for w in words if _search(queryset, PlainText(w)).exists()]
    if known and len(known) < len(words):
        return _search(queryset, PlainText(" ".join(known)))
    return None


def _search(queryset, parsed):
    """``queryset`` matching ``parsed``, annotated with ``search_rank``, best first. Page
    searches use the SQL compiled once per query shape (``cms.search_sql``); anything else
    goes through Wagtail's query compiler (``cms.search_backend``), which gives the same
    statement."""
    if _is_page_model(queryset.model):
        compiled = search_sql.expressions(queryset, parsed, F("index_entries__body"))
        if compiled is not None:
            match, rank = compiled
            # The match first: it makes the index join, which the rank then reuses.
            return (
                queryset.filter(match)
                .annotate(search_rank=rank)
                .order_by(F("search_rank").desc(), "-pk")
            )
    backend = get_search_backend()
    compiler = backend.query_compiler_class(queryset, parsed, order_by_relevance=True)
    return compiler.search(
        compiler.get_config(backend), None, None, score_field="search_rank", backend=backend
    )


def _is_page_model(model) -> bool:
    """Page models search the index entry's body vector alone (``cms.search_backend``)."""
    from wagtail.models import Page

    from cms.models import BasePage

    return model is Page or (isinstance(model, type) and issubclass(model, BasePage))
