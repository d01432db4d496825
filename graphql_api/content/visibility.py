"""What may leave the API without a preview token: live, public, unexpired content only.

Every queryset that reaches a resolver (top-level, nested, optimizer-built) goes through a
``Visibility`` via the types' ``get_queryset``; nothing else decides what is visible. The
restriction look-ups are made once per request, so statement counts do not grow with the
number of nested lists.
"""

from __future__ import annotations

from functools import cached_property

from django.db.models import Q, QuerySet
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

_ATTR = "_congdoan_visibility"


class Visibility:
    def __init__(self, scope_root: Page | None = None):
        self.scope_root = scope_root
        self.now = timezone.now()

    @cached_property
    def restricted_paths(self) -> list[str]:
        return list(PageViewRestriction.objects.values_list("page__path", flat=True))

    @cached_property
    def private_collection_ids(self) -> list[int]:
        paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
        if not paths:
            return []
        condition = Q()
        for path in paths:
            condition |= Q(path__startswith=path)
        return list(Collection.objects.filter(condition).values_list("id", flat=True))

    def pages(self, queryset: QuerySet) -> QuerySet:
        """Live, already gone live, unexpired, no view restriction on the page or an ancestor,
        and inside the microsite scope when the request has one."""
        queryset = queryset.filter(
            Q(live=True),
            Q(expire_at__isnull=True) | Q(expire_at__gt=self.now),
            Q(go_live_at__isnull=True) | Q(go_live_at__lte=self.now),
        )
        for path in self.restricted_paths:
            queryset = queryset.exclude(path__startswith=path)
        if self.scope_root is not None:
            queryset = queryset.filter(path__startswith=self.scope_root.path)
        return queryset

    def page_is_visible(self, page: Page) -> bool:
        return self.pages(Page.objects.filter(pk=page.pk)).exists()

    def media(self, queryset: QuerySet) -> QuerySet:
        """Images or documents outside private collections."""
        private = self.private_collection_ids
        return queryset.exclude(collection_id__in=private) if private else queryset


def visibility_for(request) -> Visibility:
    """The request's Visibility (created on first use; scope set by the view)."""
    found = getattr(request, _ATTR, None)
    if found is None:
        found = Visibility()
        setattr(request, _ATTR, found)
    return found


def set_scope(request, scope_root: Page | None) -> None:
    setattr(request, _ATTR, Visibility(scope_root))
