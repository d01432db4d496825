"""RSS 2.0, Atom 1.0 and JSON Feed 1.1 of a tenant, an organisation or a topic.

What a feed lists is decided by ``sharing.feed.Feed``, the same code behind the GraphQL
``feed`` field, run with ``cms.visibility.Visibility`` (the API's visibility rules): an
organisation's own live, public, unexpired pages merged with the shares that reached it,
pinned first, newest first. Nothing here re-states a visibility or sharing rule.

* tenant feed: the feed of the organisation the tenant *is* (``feed`` without an argument);
* organisation feed: ``feed(organization: code)`` for an organisation publishing on this
  tenant's site (the tenant itself or a microsite it hosts);
* topic feed: the tenant organisation's own pages tagged with a topic (shares carry no topic).

A ``Channel`` is built once (one to four statements, whatever the number of items) and
rendered to any of the three formats. RSS and Atom go through Django's syndication writers
(``django.utils.feedgenerator``: correct escaping, RFC 822 and RFC 3339 dates); Django has no
JSON Feed writer, so ``render_json`` writes JSON Feed 1.1 from the same channel (docs/feeds.md).
"""

from __future__ import annotations

import datetime
import io
import json
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, rfc3339_date

from cms.visibility import Visibility
from congdoan.text import nfc
from delivery import tags
from sharing.feed import ALL, OWN, Feed, FeedError, public_origin, resolve_receiver, site_root

# Deterministic "last updated" of a feed without items, so its bytes (and ETag) are stable.
EMPTY_FEED_DATE = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
MANDATORY_CATEGORY = "Chỉ đạo bắt buộc"


class NotFound(Exception):
    """The feed asked for does not exist here (message in Vietnamese, safe to show)."""


@dataclass
class Item:
    guid: str
    title: str
    url: str
    summary: str
    published: datetime.datetime
    updated: datetime.datetime
    author: str
    image: str | None = None
    categories: list[str] = field(default_factory=list)


@dataclass
class Channel:
    title: str
    link: str
    description: str
    author: str
    items: list[Item]
    tags: list[str]
    # The first item to expire (a share's or a page's expiry): no copy may outlive it, as
    # nothing is written (so nothing invalidated) when it passes.
    expires_at: datetime.datetime | None = None

    @property
    def updated(self) -> datetime.datetime:
        return max((i.updated for i in self.items), default=EMPTY_FEED_DATE)


# --- building channels -------------------------------------------------------------------


def _site(request):
    site = site_root(*public_origin(request))
    if site is None:
        raise NotFound("Trang này chưa có trang chủ nên chưa có dòng tin.")
    return site


def _receiver(code: str | None):
    try:
        return resolve_receiver(code)
    except FeedError as exc:
        raise NotFound(str(exc)) from exc


def _item(entry, site) -> Item:
    schema = connection.schema_name
    guid = (
        f"urn:congdoan:share:{entry.share_id}"
        if entry.share_id
        else f"urn:congdoan:{schema}:page:{entry.page_id}"
    )
    updated = max(entry.date, entry.corrected_at or entry.date)
    title = nfc(entry.title)
    summary = nfc(entry.standfirst)
    if entry.correction:
        summary = f"{summary}\n\nĐính chính: {nfc(entry.correction)}".strip()
    return Item(
        guid=guid,
        title=title,
        url=entry.url or site.root_url,
        summary=summary,
        published=entry.date,
        updated=updated,
        author=nfc(entry.source.name),
        image=entry.cover_url,
        categories=[MANDATORY_CATEGORY] if entry.mandatory else [],
    )


def _channel(request, receiver, *, title, description, scope=ALL, filters=None, extra_tags=()):
    site = _site(request)
    feed = Feed(receiver, Visibility(request), site, scope=scope, filters=filters)
    try:
        page = feed.page(settings.FEEDS_ITEMS)
    except FeedError as exc:
        raise NotFound(str(exc)) from exc
    schema = connection.schema_name
    # The tags the GraphQL feed records (graphql_api.sharing.queries.record_feed): tenant;
    # pages(schema), as a newly published page enters the feed; every ancestor's subtree (a
    # share scoped at any of them reaches it) and every organisation of the chain (receipts,
    # includes, renames, restructuring); each page and share shown.
    channel_tags = [tags.tenant(schema), tags.pages(schema)]
    channel_tags += tags.subtrees(receiver.org.path)
    channel_tags += [tags.org(org.pk) for org in receiver.chain]
    channel_tags += list(extra_tags)
    for entry in page.entries:
        channel_tags.append(
            tags.share(entry.share_id) if entry.share_id else tags.page(schema, entry.page_id)
        )
    return Channel(
        title=nfc(title),
        link=site.root_url,
        description=nfc(description),
        author=nfc(receiver.org.name),
        items=[_item(entry, site) for entry in page.entries],
        tags=tags.unique(channel_tags),
        expires_at=min((e.expires_at for e in page.entries if e.expires_at), default=None),
    )


def tenant_channel(request) -> Channel:
    """The feed of the organisation this tenant is: its pages and what reached it."""
    receiver = _receiver(None)
    org = receiver.org
    return _channel(
        request,
        receiver,
        title=org.name,
        description=f"Tin mới của {org.name} và nội dung cấp trên chia sẻ xuống.",
    )


def org_channel(request, code: str) -> Channel:
    """The GraphQL ``feed(organization: code)``: an organisation publishing on this site."""
    receiver = _receiver(code)
    org = receiver.org
    return _channel(
        request,
        receiver,
        title=org.name,
        description=f"Tin mới của {org.name} và nội dung cấp trên chia sẻ xuống.",
    )


def topic_channel(request, slug: str) -> Channel:
    """The tenant organisation's own pages tagged with topic ``slug``."""
    from cms.models import Topic

    topic = Topic.objects.filter(slug=slug.strip().lower()).only("pk", "name", "slug").first()
    if topic is None:
        raise NotFound(f"Không có chủ đề nào có đường dẫn {slug!r} trên trang này.")
    receiver = _receiver(None)
    return _channel(
        request,
        receiver,
        title=f"{topic.name} – {receiver.org.name}",
        description=f"Nội dung về chủ đề “{topic.name}” của {receiver.org.name}.",
        scope=OWN,
        filters={"topic": topic.pk},
        extra_tags=[tags.topic(connection.schema_name, topic.slug)],
    )


# --- rendering ---------------------------------------------------------------------------


class _StableDates:
    """Django's writers stamp a feed without items with the current time; use a fixed date
    so the same content always gives the same bytes (and ETag)."""

    def latest_post_date(self):
        return self.feed["updated"]


class RssFeed(_StableDates, Rss201rev2Feed):
    pass


class AtomFeed(_StableDates, Atom1Feed):
    pass


def _syndication(cls, channel: Channel, feed_url: str) -> bytes:
    feed = cls(
        title=channel.title,
        link=channel.link,
        description=channel.description,
        language="vi",
        feed_url=feed_url,
        author_name=channel.author,
        feed_guid=feed_url,
        ttl=str(max(1, settings.FEEDS_MAX_AGE // 60)),
        updated=channel.updated,
    )
    for item in channel.items:
        feed.add_item(
            title=item.title,
            link=item.url,
            description=item.summary,
            unique_id=item.guid,
            unique_id_is_permalink=False,
            pubdate=item.published,
            updateddate=item.updated,
            author_name=item.author,
            categories=item.categories,
        )
    out = io.StringIO()
    feed.write(out, "utf-8")
    return out.getvalue().encode("utf-8")


def render_rss(channel: Channel, feed_url: str) -> bytes:
    return _syndication(RssFeed, channel, feed_url)


def render_atom(channel: Channel, feed_url: str) -> bytes:
    return _syndication(AtomFeed, channel, feed_url)


def render_json(channel: Channel, feed_url: str) -> bytes:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1), UTF-8 without escapes."""
    items = []
    for item in channel.items:
        data = {
            "id": item.guid,
            "url": item.url,
            "title": item.title,
            "content_text": item.summary or item.title,
            "date_published": rfc3339_date(item.published),
            "date_modified": rfc3339_date(item.updated),
            "authors": [{"name": item.author}],
            "language": "vi",
        }
        if item.summary:
            data["summary"] = item.summary
        if item.image:
            data["image"] = item.image
        if item.categories:
            data["tags"] = item.categories
        items.append(data)
    document = {
        "version": JSON_FEED_VERSION,
        "title": channel.title,
        "home_page_url": channel.link,
        "feed_url": feed_url,
        "description": channel.description,
        "language": "vi",
        "authors": [{"name": channel.author}],
        "items": items,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# File name in the URL -> (renderer, Content-Type).
FORMATS = {
    "rss.xml": (render_rss, "application/rss+xml; charset=utf-8"),
    "atom.xml": (render_atom, "application/atom+xml; charset=utf-8"),
    "feed.json": (render_json, "application/feed+json; charset=utf-8"),
}
