"""An organisation's feed: its own published pages merged with the shares that reached it.

Runs in the schema of the tenant that holds the organisation's content. Own pages go through
the API's ``Visibility`` (live, public, gone live, unexpired, no view restriction) and are
limited to the organisation's content root (the tenant's site minus hosted microsites, or
the microsite's subtree). Shares are those ``scope.inbound_q`` resolves, minus the ones the
organisation hid or adapted into a local page (that page is its own content).

One statement merges both (``UNION ALL``), orders by pinned, date, kind, id, applies the
keyset cursor and the page size, and counts the whole feed with a window function. Two
more fetch the page's rows. Covers of own pages cost up to three more. The number of
statements does not depend on the page size.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime

from django.db import connection
from django.db.models import Exists, F, FilteredRelation, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, Length, Substr
from django.utils import timezone

from hierarchy.models import Organization
from sharing.models import Share
from sharing.permissions import active_tenant
from sharing.scope import Receiver, inbound_q, receiver_by_code
from sharing.snapshot import COVER_SPEC, _plain

OWN, INHERITED, ALL = "own", "inherited", "all"


class FeedError(Exception):
    """A request the feed refuses (message in Vietnamese, safe to show)."""


@dataclass
class FeedEntry:
    key: str
    origin: str
    page_id: int | None
    share_id: int | None
    title: str
    standfirst: str
    url: str | None
    path: str | None
    date: datetime
    cover_url: str | None
    body: object
    page_type: str
    revision_id: int | None
    mandatory: bool
    pinned: bool
    expires_at: datetime | None
    correction: str
    corrected_at: datetime | None
    source: Organization
    issuer: Organization
    cursor: str = ""


@dataclass
class FeedPage:
    entries: list[FeedEntry]
    total: int
    has_next: bool
    has_previous: bool


def encode_cursor(pinned: bool, date: datetime, src: int, pk: int) -> str:
    raw = json.dumps([int(pinned), date.isoformat(), src, pk], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        pinned, date, src, pk = json.loads(base64.urlsafe_b64decode(padded.encode()))
        return bool(pinned), datetime.fromisoformat(date), int(src), int(pk)
    except (ValueError, TypeError, json.JSONDecodeError) as exc:
        raise FeedError("Con trỏ phân trang (after) không hợp lệ.") from exc


def resolve_receiver(code: str | None) -> Receiver:
    """The organisation asked for, which must publish on the current tenant's site."""
    tenant = active_tenant()
    if tenant is None:
        raise FeedError("Dòng tin chỉ có trên trang của một đơn vị.")
    receiver = receiver_by_code(code) if code else receiver_by_code(tenant_id=tenant.pk)
    if receiver is None:
        if code:
            raise FeedError(f"Không tìm thấy đơn vị có mã {code!r}.")
        raise FeedError("Trang này chưa gắn với đơn vị nào trong cây tổ chức.")
    if receiver.hosting_tenant_id() != tenant.pk:
        raise FeedError(f"Nội dung của {receiver.org.name} không đăng trên trang này.")
    return receiver


class Feed:
    def __init__(self, receiver: Receiver, visibility, site, *, scope=ALL, filters=None):
        self.receiver = receiver
        self.org = receiver.org
        self.visibility = visibility
        self.site = site
        self.scope = scope
        self.filters = filters or {}
        self.now = visibility.now if visibility is not None else timezone.now()

    # --- the two parts ---------------------------------------------------------------------

    def own_pages(self):
        """Own pages (a queryset of ``Page``), or None when there are none to show."""
        from wagtail.models import Page

        org, tenant = self.org, active_tenant()
        if self.filters.get("mandatory"):
            return None
        qs = self.visibility.pages(Page.objects.all()).filter(first_published_at__isnull=False)
        if org.tenant_id == tenant.pk:
            root = self.site.root_page
            microsite_roots = Page.objects.filter(
                pk__in=Organization.objects.filter(
                    microsite_host_id=tenant.pk, microsite_page_id__isnull=False
                ).values("microsite_page_id"),
                path=Substr(OuterRef("path"), 1, Length("path")),
            )
            qs = qs.filter(path__startswith=root.path).exclude(pk=root.pk)
            qs = qs.filter(~Exists(microsite_roots))
        elif org.microsite_host_id == tenant.pk and org.microsite_page_id:
            root_path = Page.objects.filter(pk=org.microsite_page_id).values("path")
            qs = qs.filter(path__startswith=Subquery(root_path)).exclude(pk=org.microsite_page_id)
        else:
            return None
        page_type = self.filters.get("page_type")
        if page_type:
            app_label, _, model = page_type.lower().partition(".")
            qs = qs.filter(content_type__app_label=app_label, content_type__model=model)
        return qs.order_by()

    def shares(self):
        org = self.org
        qs = (
            Share.objects.filter(inbound_q(self.receiver, self.now))
            .alias(mine=FilteredRelation("receipts", condition=Q(receipts__organization_id=org.pk)))
            .filter(Q(mine__hidden__isnull=True) | Q(mine__hidden=False))
            .filter(mine__fork_page_id__isnull=True)
        )
        if self.filters.get("mandatory") is not None:
            qs = qs.filter(mandatory=self.filters["mandatory"])
        if self.filters.get("page_type"):
            qs = qs.filter(snapshot__page_type=self.filters["page_type"].lower())
        return qs.order_by()

    # --- the merged, paged statement -------------------------------------------------------

    def _union(self) -> tuple[str, list]:
        parts, params = [], []
        own = self.own_pages() if self.scope in (OWN, ALL) else None
        if own is not None:
            sql, p = own.values_list("id", "first_published_at").query.sql_with_params()
            parts.append(f"SELECT 0 AS src, o.id, o.d, false AS pinned FROM ({sql}) AS o(id, d)")
            params += p
        if self.scope in (INHERITED, ALL):
            shares = self.shares().annotate(is_pinned=Coalesce(F("mine__pinned"), Value(False)))
            sql, p = shares.values_list("id", "published_at", "is_pinned").query.sql_with_params()
            parts.append(f"SELECT 1 AS src, s.id, s.d, s.pinned FROM ({sql}) AS s(id, d, pinned)")
            params += p
        if not parts:
            return "", []
        return " UNION ALL ".join(parts), params

    def page(self, first: int, after: str | None = None) -> FeedPage:
        union, params = self._union()
        if not union:
            return FeedPage([], 0, False, False)
        keyset, key_params = "", []
        if after:
            keyset = "WHERE (t.pinned, t.d, t.src, t.id) < (%s, %s, %s, %s)"
            key_params = list(decode_cursor(after))
        sql = f"""
            SELECT t.src, t.id, t.d, t.pinned, t.total FROM (
                SELECT u.*, count(*) OVER () AS total FROM ({union}) u) t
            {keyset}
            ORDER BY t.pinned DESC, t.d DESC, t.src DESC, t.id DESC
            LIMIT %s
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *key_params, first + 1])
            rows = cursor.fetchall()
            if rows:
                total = rows[0][4]
            else:
                cursor.execute(f"SELECT count(*) FROM ({union}) u", params)
                total = cursor.fetchone()[0]
        has_next = len(rows) > first
        rows = rows[:first]
        entries = self._entries(rows)
        return FeedPage(entries, total, has_next, bool(after))

    # --- rows -> entries -------------------------------------------------------------------

    def _entries(self, rows) -> list[FeedEntry]:
        page_ids = [r[1] for r in rows if r[0] == 0]
        share_ids = [r[1] for r in rows if r[0] == 1]
        shares = (
            {
                s.pk: s
                for s in Share.objects.filter(pk__in=share_ids).select_related(
                    "source_org", "issuer"
                )
            }
            if share_ids
            else {}
        )
        pages = self._own_entries(page_ids) if page_ids else {}
        entries = []
        for src, pk, date, pinned, _total in rows:
            entry = pages.get(pk) if src == 0 else self._share_entry(shares.get(pk), pinned)
            if entry is None:
                continue
            entry.cursor = encode_cursor(pinned, date, src, pk)
            entries.append(entry)
        return entries

    def _share_entry(self, share: Share | None, pinned: bool) -> FeedEntry | None:
        if share is None:
            return None
        snap = share.snapshot
        return FeedEntry(
            key=f"share:{share.pk}",
            origin=INHERITED,
            page_id=None,
            share_id=share.pk,
            title=snap.get("title") or share.title,
            standfirst=snap.get("standfirst") or "",
            url=snap.get("url"),
            path=snap.get("path"),
            date=share.published_at,
            cover_url=snap.get("cover_url"),
            body=snap.get("body"),
            page_type=snap.get("page_type") or "",
            revision_id=share.revision_id,
            mandatory=share.mandatory,
            pinned=bool(pinned),
            expires_at=share.expires_at,
            correction=share.correction,
            corrected_at=share.corrected_at,
            source=share.source_org,
            issuer=share.issuer,
        )

    def _own_entries(self, page_ids: list[int]) -> dict[int, FeedEntry]:
        from wagtail.models import Page

        pages = list(
            Page.objects.filter(pk__in=page_ids).select_related("live_revision", "content_type")
        )
        site = self.site
        root_url = (site.root_url or "").rstrip("/")
        root_len = len(site.root_page.url_path) - 1
        contents = {p.pk: (p.live_revision.content if p.live_revision else {}) for p in pages}
        covers = self._covers(contents)
        entries = {}
        for page in pages:
            content = contents[page.pk]
            path = page.url_path[root_len:] if page.url_path else None
            ct = page.content_type
            cover_id = content.get("cover_image") or content.get("image")
            entries[page.pk] = FeedEntry(
                key=f"page:{page.pk}",
                origin=OWN,
                page_id=page.pk,
                share_id=None,
                title=page.title,
                standfirst=_plain(
                    content.get("standfirst") or content.get("intro") or page.search_description
                ),
                url=(root_url + path) if path else None,
                path=path,
                date=page.first_published_at,
                cover_url=covers.get(cover_id) if isinstance(cover_id, int) else None,
                body=content.get("body"),
                page_type=f"{ct.app_label}.{ct.model}",
                revision_id=page.live_revision_id,
                mandatory=False,
                pinned=False,
                expires_at=page.expire_at,
                correction="",
                corrected_at=None,
                source=self.org,
                issuer=self.org,
            )
        return entries

    def _covers(self, contents: dict) -> dict[int, str]:
        ids = {
            c.get("cover_image") or c.get("image")
            for c in contents.values()
            if isinstance(c.get("cover_image") or c.get("image"), int)
        }
        if not ids:
            return {}
        from wagtail.images import get_image_model

        images = self.visibility.media(get_image_model().objects.filter(pk__in=ids))
        root_url = (self.site.root_url or "").rstrip("/")
        out = {}
        for image in images.prefetch_renditions(COVER_SPEC):
            try:
                url = image.get_rendition(COVER_SPEC).url
            except Exception:  # unreadable source file: no cover rather than no feed
                continue
            out[image.pk] = root_url + url if url.startswith("/") else url
        return out
