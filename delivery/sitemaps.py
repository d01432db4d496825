"""A tenant's sitemap index and its sitemap files (https://www.sitemaps.org/protocol.html).

Every page the API would show (``cms.visibility.Visibility``: live, public, gone live,
unexpired, no view restriction, under the site's home page) is listed once, by its public
URL on the tenant's site, in tree order, ``SITEMAP_URLS_PER_FILE`` (50,000, the protocol's
maximum) per file. ``lastmod`` is the page's last publication. The index names each file with
the latest ``lastmod`` among its pages; it costs one statement whatever the number of pages
(a window function numbers the pages and groups them by file), and a file costs one.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass
from xml.sax.saxutils import XMLGenerator

from django.conf import settings
from django.db import connection
from django.db.models.functions import Coalesce
from django.utils.feedgenerator import rfc3339_date
from wagtail.models import Page

from cms.visibility import Visibility
from delivery import tags
from sharing.feed import public_origin, site_root

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"


class NotFound(Exception):
    """No such sitemap file here (message in Vietnamese, safe to show)."""


@dataclass
class Sitemap:
    body: bytes
    tags: list[str]
    expires_at: datetime.datetime | None = None  # the first listed page to expire


def _pages(request):
    site = site_root(*public_origin(request))
    if site is None:
        raise NotFound("Trang này chưa có trang chủ nên chưa có sơ đồ trang.")
    visibility = Visibility(request)
    pages = visibility.pages(Page.objects.all()).annotate(
        lastmod=Coalesce("last_published_at", "first_published_at")
    )
    return site, visibility, pages


def _tags() -> list[str]:
    """A sitemap lists every public page: any publish, unpublish or move in the tenant
    (``pages``) changes it; per-page tags would not fit in a CDN header for 50,000 URLs."""
    schema = connection.schema_name
    return [tags.tenant(schema), tags.pages(schema)]


def _write(root: str, rows) -> bytes:
    out = io.StringIO()
    xml = XMLGenerator(out, "utf-8", short_empty_elements=True)
    xml.startDocument()
    xml.startElement(root, {"xmlns": NAMESPACE})
    child = "url" if root == "urlset" else "sitemap"
    for loc, lastmod in rows:
        xml.startElement(child, {})
        xml.startElement("loc", {})
        xml.characters(loc)
        xml.endElement("loc")
        if lastmod is not None:
            xml.startElement("lastmod", {})
            xml.characters(rfc3339_date(lastmod))
            xml.endElement("lastmod")
        xml.endElement(child)
    xml.endElement(root)
    xml.endDocument()
    return out.getvalue().encode("utf-8")


def file_url(request, number: int) -> str:
    return request.build_absolute_uri(f"/sitemaps/{number}.xml")


def sitemap_index(request) -> Sitemap:
    """One ``<sitemap>`` per file (at least one), with the newest ``lastmod`` of its pages."""
    _site, _visibility, pages = _pages(request)
    size = max(1, settings.SITEMAP_URLS_PER_FILE)
    query = pages.order_by().values_list("path", "lastmod", "expire_at").query
    sql, params = query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"""SELECT n, max(lastmod), min(expire_at) FROM (
                    SELECT (row_number() OVER (ORDER BY p.path) - 1) / %s + 1 AS n,
                           p.lastmod, p.expire_at
                    FROM ({sql}) AS p(path, lastmod, expire_at)) numbered
                GROUP BY n ORDER BY n""",
            [size, *params],
        )
        files = cursor.fetchall() or [(1, None, None)]
    rows = [(file_url(request, n), lastmod) for n, lastmod, _ in files]
    expiring = min((e for *_, e in files if e), default=None)
    return Sitemap(_write("sitemapindex", rows), _tags(), expiring)


def sitemap_file(request, number: int) -> Sitemap:
    """File ``number`` (from 1): the pages at positions (number-1)*size .. number*size-1."""
    site, visibility, pages = _pages(request)
    size = max(1, settings.SITEMAP_URLS_PER_FILE)
    if number < 1:
        raise NotFound(f"Không có sơ đồ trang số {number}.")
    start = (number - 1) * size
    listed = pages.order_by("path").values_list("url_path", "lastmod", "expire_at")
    rows = list(listed[start : start + size])
    if not rows and number > 1:
        raise NotFound(f"Không có sơ đồ trang số {number}: sơ đồ trang này ít tệp hơn.")
    root_url = site.root_url.rstrip("/")
    urls = [
        (root_url + visibility.relative_url_path(url_path), lastmod)
        for url_path, lastmod, _ in rows
    ]
    expiring = min((e for *_, e in rows if e), default=None)
    return Sitemap(_write("urlset", urls), _tags(), expiring)
