"""Rich text for frontends: Wagtail's stored links rewritten to what a frontend can use.

Wagtail stores internal links as ``<a linktype="page" id="5">`` and
``<a linktype="document" id="3">``. Here a page link becomes
``<a href="/tin-tuc/bai-a/" data-page-id="5" data-page-type="ArticlePage">`` (a path relative
to the site, or microsite, root: the frontend routes it) and a document link the document's
absolute URL. A link to a page or document the visitor may not see (draft, private, outside
the microsite) loses its target: ``<a>`` stays, without ``href``, so the text still reads.

Targets are resolved in bulk and cached for the request, so a StreamField with many
paragraphs costs at most one statement for pages and one for documents.
"""

from __future__ import annotations

import html as html_lib
import re

from wagtail.documents.models import Document
from wagtail.models import Page
from wagtail.rich_text.rewriters import FIND_A_TAG, extract_attrs

from graphql_api.content.specific import model_for_content_type
from graphql_api.content.types import page_type_name_for_class
from graphql_api.content.visibility import Visibility
from graphql_api.media.types import absolute_url

_ID = re.compile(r"^\d+$")


class RichTextLinks:
    """The link targets of one request (cached on its ``Visibility``)."""

    def __init__(self, visibility: Visibility, info):
        self.visibility = visibility
        self.info = info
        self.pages: dict[int, tuple[str, str] | None] = {}
        self.documents: dict[int, str | None] = {}

    @classmethod
    def of(cls, info, visibility: Visibility) -> RichTextLinks:
        found = visibility.cache.get("richtext")
        if found is None:
            found = visibility.cache["richtext"] = cls(visibility, info)
        return found

    def missing(self, sources) -> tuple[set[int], set[int]]:
        """Ids of the pages and documents linked from ``sources`` not resolved yet."""
        page_ids, document_ids = set(), set()
        for source in sources:
            for match in FIND_A_TAG.finditer(source or ""):
                attrs = extract_attrs(match.group(1))
                target = attrs.get("id", "")
                if not _ID.match(target):
                    continue
                if attrs.get("linktype") == "page":
                    page_ids.add(int(target))
                elif attrs.get("linktype") == "document":
                    document_ids.add(int(target))
        return page_ids - self.pages.keys(), document_ids - self.documents.keys()

    def remember(self, page_ids=(), pages=(), document_ids=(), documents=()) -> None:
        """Record the visible ones among looked-up ids (the others link nowhere)."""
        self.pages.update(dict.fromkeys(page_ids))
        for page in pages:
            model = model_for_content_type(page.content_type_id)
            self.pages[page.pk] = (
                self.visibility.relative_url_path(page.url_path),
                page_type_name_for_class(model or Page),
            )
        self.documents.update(dict.fromkeys(document_ids))
        for document in documents:
            self.documents[document.pk] = absolute_url(self.info, document.url)

    def preload(self, sources) -> None:
        page_ids, document_ids = self.missing(sources)
        pages = documents = ()
        if page_ids:
            queryset = self.visibility.pages(Page.objects.filter(pk__in=page_ids))
            pages = queryset.only("id", "url_path", "content_type_id")
        if document_ids:
            queryset = self.visibility.media(Document.objects.filter(pk__in=document_ids))
            documents = queryset.only("id", "file", "title")
        self.remember(page_ids, pages, document_ids, documents)

    def render(self, source: str | None) -> str:
        """``source`` (Wagtail's stored rich text) with its links rewritten."""
        if not source:
            return ""
        self.preload([source])

        def replace(match: re.Match) -> str:
            attrs = extract_attrs(match.group(1))
            kind, target = attrs.get("linktype"), attrs.get("id", "")
            if kind is None:
                return match.group(0)
            if kind == "page" and _ID.match(target) and self.pages.get(int(target)):
                path, type_name = self.pages[int(target)]
                return (
                    f'<a href="{html_lib.escape(path)}" data-page-id="{target}" '
                    f'data-page-type="{type_name}">'
                )
            if kind == "document" and _ID.match(target) and self.documents.get(int(target)):
                return f'<a href="{html_lib.escape(self.documents[int(target)])}">'
            return "<a>"

        return FIND_A_TAG.sub(replace, source)


def render_rich_text(info, visibility: Visibility, source) -> str:
    source = getattr(source, "source", source)  # RichText objects carry the stored HTML
    return RichTextLinks.of(info, visibility).render(source)
