"""An organisation's feed: its own published pages merged with the shares that reached it.

Runs in the schema of the tenant that holds the organisation's content. Own pages go through
``cms.visibility.Visibility`` (live, public, gone live, unexpired, no view restriction), the
rules the API and the delivery feeds share, and are
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
from urllib.parse import urlsplit

from django.db import connection
from django.db.models import Exists, OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.utils import timezone

from cms import page_fields
from hierarchy.models import Organization
from sharing.models import Receipt, Share
from sharing.permissions import active_tenant
from sharing.scope import Receiver, inbound_sql, receiver_by_code
from sharing.snapshot import COVER_SPEC, _plain

OWN, INHERITED, ALL = "own", "inherited", "all"
# Navigation pages (homes, sections) list content; they are not content of the feed.
NAVIGATION_PAGE_TYPES = [("cms", "homepage"), ("cms", "sectionpage")]
SHARE_TABLE = Share._meta.db_table
RECEIPT_TABLE = Receipt._meta.db_table


class FeedError(Exception):
    """A request the feed refuses (message in Vietnamese, safe to show)."""


@dataclass(frozen=True)
class OrgRef:
    code: str
    name: str
    short_name: str
    level: int


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
    source: OrgRef
    issuer: OrgRef
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


DETAIL_COLUMNS = """
    sh.snapshot, sh.title, sh.revision_id, sh.mandatory, sh.expires_at, sh.correction,
    sh.corrected_at, so.code, so.name, so.short_name, so.level,
    io.code, io.name, io.short_name, io.level,
    p.title, p.url_path, p.expire_at, p.search_description, p.live_revision_id,
    rv.content, ct.app_label, ct.model"""


# Positions in a result row: src, id, d, pinned, total, then the share's 15 columns, then
# the page's 8.
SHARE_COLS = slice(5, 20)
PAGE_COLS = slice(20, 28)


def detail_joins() -> str:
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, Revision

    org = Organization._meta.db_table
    return f"""
        LEFT JOIN {SHARE_TABLE} sh ON page.src = 1 AND sh.id = page.id
        LEFT JOIN {org} so ON so.id = sh.source_org_id
        LEFT JOIN {org} io ON io.id = sh.issuer_id
        LEFT JOIN {Page._meta.db_table} p ON page.src = 0 AND p.id = page.id
        LEFT JOIN {Revision._meta.db_table} rv ON rv.id = p.live_revision_id
        LEFT JOIN {ContentType._meta.db_table} ct ON ct.id = p.content_type_id"""


def _json(value):
    return json.loads(value) if isinstance(value, str | bytes) else value


def _stream_json(value):
    """Revisions store a StreamField as a JSON string: return it as JSON."""
    if isinstance(value, str) and value.startswith("["):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _share_entry(pk, date, cols) -> FeedEntry:
    (snap, title, revision, mandatory, expires, correction, corrected, *orgs) = cols
    snap = _json(snap) or {}
    return FeedEntry(
        key=f"share:{pk}",
        origin=INHERITED,
        page_id=None,
        share_id=pk,
        title=snap.get("title") or title,
        standfirst=snap.get("standfirst") or "",
        url=snap.get("url"),
        path=snap.get("path"),
        date=date,
        cover_url=snap.get("cover_url"),
        body=snap.get("body"),
        page_type=snap.get("page_type") or "",
        revision_id=revision,
        mandatory=mandatory,
        pinned=False,
        expires_at=expires,
        correction=correction,
        corrected_at=corrected,
        source=OrgRef(*orgs[:4]),
        issuer=OrgRef(*orgs[4:8]),
    )


def _own_entry(pk, date, cols, content, covers, me) -> FeedEntry:
    title, _url_path, expire, description, revision, _content, app, model = cols
    cover_id = page_fields.cover_image_id(content)
    return FeedEntry(
        key=f"page:{pk}",
        origin=OWN,
        page_id=pk,
        share_id=None,
        title=title,
        standfirst=_plain(page_fields.summary(content) or description),
        url=None,
        path=None,
        date=date,
        cover_url=covers.get(cover_id) if cover_id is not None else None,
        body=_stream_json(content.get("body")),
        page_type=f"{app}.{model}",
        revision_id=revision,
        mandatory=False,
        pinned=False,
        expires_at=expire,
        correction="",
        corrected_at=None,
        source=me,
        issuer=me,
    )


@dataclass(frozen=True)
class SiteRoot:
    """The tenant site's home: its ``url_path`` and its public root URL; ``scheme`` and
    ``port`` are those the platform is served on (from the request), when known."""

    root_path: str
    root_url: str
    scheme: str | None = None
    port: str | None = None

    def public(self, url: str | None) -> str | None:
        return on_origin(url, self.scheme, self.port)

    def public_deep(self, value, old_root: str, new_root: str):
        """``value`` (snapshot body: HTML strings in lists/dicts) with ``old_root/`` links
        rewritten to ``new_root/``."""
        if isinstance(value, str):
            return value.replace(old_root + "/", new_root + "/") if old_root in value else value
        if isinstance(value, list):
            return [self.public_deep(v, old_root, new_root) for v in value]
        if isinstance(value, dict):
            return {k: self.public_deep(v, old_root, new_root) for k, v in value.items()}
        return value


def origin_of(url: str | None) -> str:
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def on_origin(url: str | None, scheme: str | None, port: str | None) -> str | None:
    """``url`` on the scheme and port the platform is served on.

    Wagtail builds absolute URLs from ``Site.port`` (80 for every provisioned site), so a
    platform served on another port (``hanoi.localhost:8000``, or 443 behind a proxy) would
    get links without it. All tenants are served by the same application on the same port,
    so the request's scheme and port apply to every tenant's host."""
    if not url or not scheme or not port:
        return url
    parts = urlsplit(url)
    if not parts.hostname:
        return url
    default = (scheme, str(port)) in (("http", "80"), ("https", "443"))
    netloc = parts.hostname if default else f"{parts.hostname}:{port}"
    return parts._replace(scheme=scheme, netloc=netloc).geturl()


def public_origin(request) -> tuple[str, str, str]:
    """(hostname, scheme, port) the client used, from the Host header as
    ``build_absolute_uri`` reads it (``SERVER_PORT`` is the app server's port, not the one
    behind a proxy)."""
    from django.http.request import split_domain_port

    hostname, port = split_domain_port(request.get_host())
    scheme = request.scheme
    return hostname, scheme, port or ("443" if scheme == "https" else "80")


def site_root(
    hostname: str | None = None, scheme: str | None = None, port: str | None = None
) -> SiteRoot | None:
    """From Wagtail's cached site root paths (no statement once cached): the site serving
    ``hostname``, else the one with the shortest root path (the tenant's home). Give the
    request's ``scheme`` and ``port`` to get URLs on them (``on_origin``)."""
    from wagtail.models import Site

    roots = Site.get_site_root_paths()
    if not roots:
        return None
    chosen = None
    if hostname:
        chosen = next((r for r in roots if f"//{hostname}" in (r.root_url or "")), None)
    chosen = chosen or min(roots, key=lambda r: len(r.root_path))
    root_url = on_origin(chosen.root_url or "", scheme, port)
    return SiteRoot(root_path=chosen.root_path, root_url=root_url, scheme=scheme, port=port)


def topic_q(topic_id: int):
    """Pages of any type that carries ``topics`` (articles, documents, campaigns...) tagged
    with the topic: one ``IN`` sub-query per page type's link table, inside the statement."""
    from django.db.models import Q
    from wagtail.models import get_page_models

    q = Q(pk__in=[])
    for model in get_page_models():
        field = next((f for f in model._meta.local_many_to_many if f.name == "topics"), None)
        if field is None:
            continue
        through = field.remote_field.through
        q |= Q(
            pk__in=through.objects.filter(**{field.m2m_reverse_field_name(): topic_id}).values(
                field.m2m_field_name()
            )
        )
    return q


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
            root_path = self.site.root_path
            microsite_roots = Page.objects.filter(
                pk__in=Organization.objects.filter(
                    microsite_host_id=tenant.pk, microsite_page_id__isnull=False
                ).values("microsite_page_id"),
                path=Substr(OuterRef("path"), 1, Length("path")),
            )
            qs = qs.filter(url_path__startswith=root_path).exclude(url_path=root_path)
            qs = qs.filter(~Exists(microsite_roots))
        elif org.microsite_host_id == tenant.pk and org.microsite_page_id:
            root_path = Page.objects.filter(pk=org.microsite_page_id).values("path")
            qs = qs.filter(path__startswith=Subquery(root_path)).exclude(pk=org.microsite_page_id)
        else:
            return None
        for app_label, model in NAVIGATION_PAGE_TYPES:
            qs = qs.exclude(content_type__app_label=app_label, content_type__model=model)
        page_type = self.filters.get("page_type")
        if page_type:
            app_label, _, model = page_type.lower().partition(".")
            qs = qs.filter(content_type__app_label=app_label, content_type__model=model)
        topic = self.filters.get("topic")
        if topic is not None:
            qs = qs.filter(topic_q(topic))
        return qs.order_by()

    def shares_sql(self) -> tuple[str, list]:
        """Shares that reached the organisation, minus those it hid or forked: (src 1, id,
        date, pinned) rows. Hand-written SQL (``scope.inbound_sql``): building the same
        through the ORM cost more than running it."""
        where, params = inbound_sql(self.receiver, self.now)
        extra = ""
        if self.filters.get("mandatory") is not None:
            extra += " AND s.mandatory = %s"
            params.append(bool(self.filters["mandatory"]))
        if self.filters.get("page_type"):
            extra += " AND s.snapshot ->> 'page_type' = %s"
            params.append(self.filters["page_type"].lower())
        sql = f"""SELECT 1 AS src, s.id, s.published_at AS d, coalesce(r.pinned, false) AS pinned
            FROM {SHARE_TABLE} s
            LEFT JOIN {RECEIPT_TABLE} r ON r.share_id = s.id AND r.organization_id = %s
            WHERE {where}{extra}
              AND (r.id IS NULL OR (NOT r.hidden AND r.fork_page_id IS NULL))"""
        return sql, [self.org.pk, *params]

    # --- the merged, paged statement -------------------------------------------------------

    def _union(self) -> tuple[str, list]:
        parts, params = [], []
        own = self.own_pages() if self.scope in (OWN, ALL) else None
        if own is not None:
            sql, p = own.values_list("id", "first_published_at").query.sql_with_params()
            parts.append(f"SELECT 0 AS src, o.id, o.d, false AS pinned FROM ({sql}) AS o(id, d)")
            params += p
        if self.scope in (INHERITED, ALL):
            sql, p = self.shares_sql()
            parts.append(sql)
            params += p
        if not parts:
            return "", []
        return " UNION ALL ".join(parts), params

    def page(self, first: int, after: str | None = None) -> FeedPage:
        """One statement: the merged, ordered, counted page with every field it shows."""
        union, params = self._union()
        if not union:
            return FeedPage([], 0, False, False)
        keyset, key_params = "", []
        if after:
            keyset = "WHERE (t.pinned, t.d, t.src, t.id) < (%s, %s, %s, %s)"
            key_params = list(decode_cursor(after))
        order = "pinned DESC, {0}d DESC, {0}src DESC, {0}id DESC"
        sql = f"""
            WITH page AS (
                SELECT t.src, t.id, t.d, t.pinned, t.total FROM (
                    SELECT u.*, count(*) OVER () AS total FROM ({union}) u) t
                {keyset}
                ORDER BY t.{order.format("t.")}
                LIMIT %s)
            SELECT page.src, page.id, page.d, page.pinned, page.total, {DETAIL_COLUMNS}
            FROM page {detail_joins()}
            ORDER BY page.{order.format("page.")}
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
        return FeedPage(self._entries(rows[:first]), total, has_next, bool(after))

    # --- rows -> entries -------------------------------------------------------------------

    def _entries(self, rows) -> list[FeedEntry]:
        own = [row for row in rows if row[0] == 0]
        contents = {row[1]: _json(row[PAGE_COLS][5]) or {} for row in own}
        covers = self._covers(contents) if contents else {}
        root_url = self.site.root_url.rstrip("/")
        root_len = len(self.site.root_path) - 1
        me = OrgRef(self.org.code, self.org.name, self.org.short_name, self.org.level)
        entries = []
        for row in rows:
            src, pk, date, pinned = row[:4]
            if src == 1:
                entry = _share_entry(pk, date, row[SHARE_COLS])
                self._share_urls_on_origin(entry)

            else:
                entry = _own_entry(pk, date, row[PAGE_COLS], contents[pk], covers, me)
                url_path = row[PAGE_COLS][1]
                entry.path = url_path[root_len:] if url_path else None
                entry.url = (root_url + entry.path) if entry.path else None
            entry.pinned = bool(pinned)
            entry.cursor = encode_cursor(pinned, date, src, pk)
            entries.append(entry)
        return entries

    def _share_urls_on_origin(self, entry: FeedEntry) -> None:
        """Snapshot URLs (built where the page was shared, from its Site) on the port and
        scheme of this request."""
        old_root = origin_of(entry.url)
        if not old_root or not self.site.port:
            return
        new_root = origin_of(self.site.public(entry.url))
        if new_root == old_root:
            return
        entry.url = new_root + entry.url[len(old_root) :]
        if entry.cover_url and entry.cover_url.startswith(old_root + "/"):
            entry.cover_url = new_root + entry.cover_url[len(old_root) :]
        entry.body = self.site.public_deep(entry.body, old_root, new_root)

    def _covers(self, contents: dict) -> dict[int, str]:
        ids = {page_fields.cover_image_id(c) for c in contents.values()} - {None}
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
