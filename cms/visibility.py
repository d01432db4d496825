"""What may leave the platform without a preview token: live, public, unexpired content only.

The one place these rules live. The GraphQL API (``graphql_api.content.visibility`` installs
one ``Visibility`` per request and runs every queryset through it) and the delivery feeds and
sitemaps (``delivery.feeds``, ``delivery.sitemaps``) use the same class, so a page is public
in all of them or in none. View restrictions (login, password, groups) and private
collections are excluded by ``NOT EXISTS`` sub-queries inside the same SQL statement, so
visibility costs no extra statement and can never read a stale cache (nothing about
restrictions is cached).

A request may be scoped to a hosted microsite (``graphql_api.content.scope``): then only the
pages under the microsite's root page are visible and URL paths are relative to that root.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import BooleanField, Expression, F, Q, QuerySet
from django.utils import timezone
from wagtail.models import Site


@dataclass(frozen=True)
class Root:
    """The page URL paths are relative to: the site's home page or a microsite's root."""

    page_id: int | None
    path: str | None  # treebeard path; None: the whole tree below the tenant's root node
    url_path: str  # Wagtail url_path of that page, e.g. "/trang-chu/"
    organization: dict | None = None  # code, name, short_name, kind of a microsite's owner


class _NoViewRestriction(Expression):
    """``NOT EXISTS`` a view restriction on the row's page (or collection) or an ancestor.

    Written as SQL around the compiled outer column, because Django's ``Exists`` with
    ``OuterRef`` costs about 0.7 ms to compile for every queryset that reaches a resolver;
    the outer column is still compiled by Django, so table aliases stay correct."""

    output_field = BooleanField()
    conditional = True
    template = ""

    def __init__(self, column: str):
        super().__init__()
        self.column = F(column)

    def get_source_expressions(self):
        return [self.column]

    def set_source_expressions(self, expressions):
        (self.column,) = expressions

    def as_sql(self, compiler, connection):
        column_sql, params = compiler.compile(self.column)
        return self.template.format(column=column_sql), params


class NoPageViewRestriction(_NoViewRestriction):
    template = (
        "NOT EXISTS (SELECT 1 FROM wagtailcore_pageviewrestriction cgd_r "
        "JOIN wagtailcore_page cgd_p ON cgd_p.id = cgd_r.page_id "
        "WHERE cgd_p.path = substring({column}, 1, length(cgd_p.path)))"
    )


class NoCollectionViewRestriction(_NoViewRestriction):
    # ``column`` is the row's collection id (images, documents) or its own id (collections).
    template = (
        "NOT EXISTS (SELECT 1 FROM wagtailcore_collectionviewrestriction cgd_r "
        "JOIN wagtailcore_collection cgd_c ON cgd_c.id = cgd_r.collection_id "
        "JOIN wagtailcore_collection cgd_o ON cgd_o.id = {column} "
        "WHERE cgd_c.path = substring(cgd_o.path, 1, length(cgd_c.path)))"
    )


class Visibility:
    """The visibility rules of one request (or of one root field, when it is scoped)."""

    def __init__(self, request=None, scope: Root | None = None, organization: str | None = None):
        self.request = request
        self.scope = scope
        self.organization = organization
        self.now = timezone.now()
        self._root: Root | None = None
        self.cache: dict = {}  # per-request look-ups (rich text link targets, ...)

    @property
    def root(self) -> Root:
        if self._root is None:
            self._root = self._resolve_root()
        return self._root

    def _resolve_root(self) -> Root:
        return self.scope if self.scope is not None else site_root(self.request)

    def live_q(self, prefix: str = "") -> Q:
        now = self.now
        return Q(
            Q(**{f"{prefix}live": True}),
            Q(**{f"{prefix}depth__gt": 1}),
            Q(**{f"{prefix}expire_at__isnull": True}) | Q(**{f"{prefix}expire_at__gt": now}),
            Q(**{f"{prefix}go_live_at__isnull": True}) | Q(**{f"{prefix}go_live_at__lte": now}),
        )

    def pages(self, queryset: QuerySet) -> QuerySet:
        """Live, gone live, unexpired, without a view restriction on the page or an ancestor,
        and under the root (the site's home page, or the microsite's root when scoped)."""
        queryset = queryset.filter(self.live_q(), NoPageViewRestriction("path"))
        root = self.root
        if root.path is not None:
            queryset = queryset.filter(path__startswith=root.path)
        elif root.url_path != "/":
            queryset = queryset.filter(url_path__startswith=root.url_path)
        return queryset

    def media(self, queryset: QuerySet) -> QuerySet:
        """Images or documents outside private collections."""
        return queryset.filter(NoCollectionViewRestriction("collection_id"))

    def collections(self, queryset: QuerySet) -> QuerySet:
        """Collections that are neither private nor inside a private collection."""
        return queryset.filter(NoCollectionViewRestriction("id"), depth__gt=1)

    def relative_url_path(self, url_path: str) -> str:
        """``/trang-chu/tin-tuc/bai-a/`` -> ``/tin-tuc/bai-a/`` (relative to the root)."""
        base = self.root.url_path
        if url_path.startswith(base):
            return "/" + url_path[len(base) :]
        return url_path

    def absolute_url_path(self, relative: str) -> str:
        """The inverse of ``relative_url_path``: a frontend's path to a Wagtail url_path."""
        relative = "/" + relative.strip("/") + "/" if relative.strip("/") else "/"
        return self.root.url_path.rstrip("/") + relative


def site_root(request) -> Root:
    """The home page of the request's Wagtail site, from Wagtail's cached site root paths
    (no query once cached; Wagtail drops the cache when sites or their pages change)."""
    paths = Site.get_site_root_paths()
    if not paths:
        return Root(page_id=None, path=None, url_path="/")
    chosen = paths[0]
    if request is not None and len(paths) > 1:
        host = request.get_host().split(":")[0]
        for candidate in paths:
            if candidate.root_url.split("://", 1)[-1].split(":")[0] == host:
                chosen = candidate
                break
    return Root(page_id=None, path=None, url_path=chosen.root_path)
