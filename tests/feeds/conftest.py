"""Fixtures of the feed and sitemap tests.

``feed_world``: the sharing tests' organisation tree (TLD → A = tenant test_a, B = tenant
test_b; A → UA1 → G1 with a microsite in A), pages in A (public, draft, login-restricted,
expired, under G1's microsite, one tagged with a topic) and shares that reach G1 and A, plus
ones that must never show (retracted, hidden, meant for B only). B has a page of its own.
"""

from __future__ import annotations

import datetime
import json
import re
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.etree import ElementTree

import feedparser
import jsonschema
import pytest
from django.utils import timezone
from django_tenants.utils import schema_context

from sharing.actions import HideShare, PinShare, RetractShare, SharePage
from sharing.scope import ScopeSpec
from tests.factories import make_article
from tests.hierarchy.factories import org_tree  # noqa: F401
from tests.sharing.factories import make_share, microsite

SCHEMA = json.loads((Path(__file__).parent / "jsonfeed-1.1.schema.json").read_text())
ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")

# Vietnamese titles with every kind of mark, plus characters XML must escape.
TITLE_A = "Hội nghị Ban Chấp hành LĐLĐ tỉnh A: lương, thưởng & <phúc lợi> “Tết Sum vầy”"
TITLE_TOPIC = "Tăng lương tối thiểu vùng từ 1/7: người lao động được gì?"


def _topic(name):
    from cms.models import Topic

    return Topic.objects.get_or_create(name=name)[0]


@pytest.fixture
def feed_world(org_tree, tenant_a, tenant_b):  # noqa: F811
    from wagtail.models import Page, PageViewRestriction

    from cms.models import ArticlePage
    from tests.factories import home_page

    t = org_tree
    g1 = microsite(t["g1"])
    now = timezone.now()
    with schema_context(tenant_a.schema_name):
        a_news = make_article(TITLE_A, standfirst="Sa-pô: Đoàn viên được hỗ trợ 500.000 đồng.")
        draft = make_article("Bản nháp chưa đăng", publish=False, live=False)
        secret = make_article("Tin nội bộ chỉ cho thành viên")
        PageViewRestriction.objects.create(page=secret, restriction_type="login")
        expired = make_article("Tin đã hết hạn")
        Page.objects.filter(pk=expired.pk).update(expire_at=now - datetime.timedelta(1))
        topical = ArticlePage(title=TITLE_TOPIC, standfirst="Mức tăng 7,2%.")
        home_page().add_child(instance=topical)
        topic = _topic("Tiền lương")
        topical.topics.set([topic])
        topical.save_revision().publish()
        root = Page.objects.get(pk=g1.microsite_page_id)
        g1_news = make_article("Tết Sum vầy tại Công ty May Việt Tiến", parent=root)
        shared_a = SharePage(a_news, ScopeSpec(root=t["ua1"]), actor=None).execute()
    with schema_context(tenant_b.schema_name):
        b_news = make_article("Chỉ có ở tỉnh B: Đại hội Công đoàn xã Đông Hòa")
        _topic("Tiền lương")
    shares = {
        "a": shared_a,
        "federation": make_share(t["tld"], title="Hướng dẫn 18/HD-TLĐ về Tháng Công nhân"),
        "directive": make_share(t["tld"], mandatory=True, title="Chỉ đạo 28/7 của Đoàn Chủ tịch"),
        "pinned": make_share(t["a"], title="Kế hoạch 20/11"),
        "hidden": make_share(t["a"], title="Tin bị ẩn ở cơ sở"),
        "retracted": make_share(t["tld"], title="Tin đã thu hồi"),
        "elsewhere": make_share(t["b"], title="Chỉ cho tỉnh B"),
    }
    RetractShare(shares["retracted"], actor=None).execute()
    PinShare(shares["pinned"], g1, actor=None).execute()
    HideShare(shares["hidden"], g1, actor=None).execute()
    return {
        "t": t,
        "g1": g1,
        "topic": topic,
        "shares": shares,
        "pages": {
            "a": a_news,
            "draft": draft,
            "secret": secret,
            "expired": expired,
            "topical": topical,
            "g1": g1_news,
            "b": b_news,
        },
    }


NEVER = (
    "Bản nháp chưa đăng",
    "Tin nội bộ chỉ cho thành viên",
    "Tin đã hết hạn",
    "Tin bị ẩn ở cơ sở",
    "Tin đã thu hồi",
)


def get(client, url, **headers):
    return client.get(url, **{f"HTTP_{k.upper().replace('-', '_')}": v for k, v in headers.items()})


# --- validation of the three formats -------------------------------------------------------


def check_rss(body: bytes) -> feedparser.FeedParserDict:
    """RSS 2.0 as a reader parses it (no bozo), plus the elements the specification requires:
    channel title/link/description; each item a title, link, non-permalink guid and an RFC 822
    pubDate."""
    parsed = feedparser.parse(body)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    root = ElementTree.fromstring(body)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    for name in ("title", "link", "description", "language", "lastBuildDate"):
        assert (channel.findtext(name) or "").strip(), name
    parsedate_to_datetime(channel.findtext("lastBuildDate"))
    for item in channel.findall("item"):
        assert item.findtext("title") and item.findtext("link").startswith("http")
        assert item.find("guid").get("isPermaLink") == "false"
        assert parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None
    return parsed


def check_atom(body: bytes) -> feedparser.FeedParserDict:
    """Atom 1.0 (RFC 4287) as a reader parses it (no bozo), plus the RFC's requirements: the
    feed's id, title, updated, author and self link; each entry's id, title, updated (RFC
    3339) and alternate link."""
    parsed = feedparser.parse(body)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    root = ElementTree.fromstring(body)
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert (root.findtext(f"{ATOM}{name}") or "").strip(), name
    assert RFC3339.match(root.findtext(f"{ATOM}updated"))
    assert root.find(f"{ATOM}author/{ATOM}name") is not None
    assert root.find(f"{ATOM}link[@rel='self']") is not None
    ids = []
    for entry in root.findall(f"{ATOM}entry"):
        ids.append(entry.findtext(f"{ATOM}id"))
        assert entry.findtext(f"{ATOM}title")
        assert RFC3339.match(entry.findtext(f"{ATOM}updated"))
        assert entry.find(f"{ATOM}link[@rel='alternate']").get("href").startswith("http")
    assert len(ids) == len(set(ids)), "entry ids must be unique"
    return parsed


def check_json(body: bytes) -> dict:
    """JSON Feed 1.1 against its JSON Schema (dates checked as RFC 3339). feedparser 6 reads
    no JSON Feed, so the schema (written from the specification) is the check here."""
    document = json.loads(body.decode("utf-8"))
    jsonschema.validate(document, SCHEMA, format_checker=jsonschema.FormatChecker())
    for item in document["items"]:
        assert RFC3339.match(item["date_published"]) and item["url"].startswith("http")
    ids = [item["id"] for item in document["items"]]
    assert len(ids) == len(set(ids)), "item ids must be unique"
    return document
