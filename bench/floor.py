"""The floor of the GraphQL benchmark: plain Django views returning the same bytes as the
API's feed, detail and search queries (bench/bench_graphql.py checks it byte for byte), each
from one hand-written SQL statement plus ``json.dumps``: no ORM models, no GraphQL.

It applies the same visibility rules as the API (live, gone live, unexpired, no view
restriction on the page or an ancestor, under the site's home page; images outside private
collections) and rewrites rich-text page links the same way. The only state it reuses
between requests is what the API reuses too: Wagtail's cached site root paths and the
content type ids of the page models.
"""

from __future__ import annotations

import html
import json
import re

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from wagtail.models import Site

VISIBLE = """
    {p}.live AND {p}.depth > 1
    AND ({p}.expire_at IS NULL OR {p}.expire_at > now())
    AND ({p}.go_live_at IS NULL OR {p}.go_live_at <= now())
    AND {p}.url_path LIKE %(root)s
    AND NOT EXISTS (
        SELECT 1 FROM wagtailcore_pageviewrestriction v
        JOIN wagtailcore_page vp ON vp.id = v.page_id
        WHERE vp.path = substring({p}.path, 1, length(vp.path)))
"""
PUBLIC_IMAGE = """NOT EXISTS (
        SELECT 1 FROM wagtailcore_collectionviewrestriction cr
        JOIN wagtailcore_collection cc ON cc.id = cr.collection_id
        JOIN wagtailcore_collection co ON co.id = {i}.collection_id
        WHERE cc.path = substring(co.path, 1, length(cc.path)))"""

FEED_SQL = f"""
WITH chosen AS (
    SELECT p.id, count(*) OVER () AS total,
           row_number() OVER (ORDER BY a.published_on DESC NULLS LAST,
                              p.first_published_at DESC NULLS LAST, p.id DESC) AS n
      FROM wagtailcore_page p
      JOIN cms_articlepage a ON a.page_ptr_id = p.id
     WHERE {VISIBLE.format(p="p")}
     ORDER BY n
     LIMIT %(size)s OFFSET %(offset)s)
SELECT p.id, p.title, p.url_path, a.author, a.standfirst,
       coalesce(a.published_on, (p.first_published_at AT TIME ZONE %(tz)s)::date)
           AS published_on,
       a.reading_minutes, i.id AS image_id, i.title AS image_title,
       r.file AS rendition_file, r.width, r.height,
       (SELECT coalesce(json_agg(json_build_object('name', t.name, 'slug', t.slug)
                                 ORDER BY t.sort_order, t.name), '[]')
          FROM cms_articlepage_topics x JOIN cms_topic t ON t.id = x.topic_id
         WHERE x.articlepage_id = p.id) AS topics,
       (SELECT coalesce(json_agg(json_build_object('name', g.name) ORDER BY g.id), '[]')
          FROM cms_articlepagetag y JOIN taggit_tag g ON g.id = y.tag_id
         WHERE y.content_object_id = p.id) AS tags,
       chosen.total
  FROM chosen
  JOIN wagtailcore_page p ON p.id = chosen.id
  JOIN cms_articlepage a ON a.page_ptr_id = p.id
  LEFT JOIN wagtailimages_image i ON i.id = a.cover_image_id AND {PUBLIC_IMAGE.format(i="i")}
  LEFT JOIN wagtailimages_rendition r ON r.image_id = i.id AND r.filter_spec = %(spec)s
 ORDER BY chosen.n
"""

DETAIL_SQL = f"""
SELECT p.id, p.title, p.url_path, a.author, a.standfirst, a.body,
       coalesce(a.published_on, (p.first_published_at AT TIME ZONE %(tz)s)::date)
           AS published_on,
       i.id AS image_id, r.file AS rendition_file, r.width, r.height,
       (SELECT coalesce(json_agg(json_build_object('name', t.name)
                                 ORDER BY t.sort_order, t.name), '[]')
          FROM cms_articlepage_topics x JOIN cms_topic t ON t.id = x.topic_id
         WHERE x.articlepage_id = p.id) AS topics,
       (SELECT coalesce(json_agg(json_build_object('name', g.name) ORDER BY g.id), '[]')
          FROM cms_articlepagetag y JOIN taggit_tag g ON g.id = y.tag_id
         WHERE y.content_object_id = p.id) AS tags,
       (SELECT coalesce(json_object_agg(bi.id, br.file), '{{}}')
          FROM wagtailimages_image bi
          LEFT JOIN wagtailimages_rendition br
            ON br.image_id = bi.id AND br.filter_spec = %(content)s
         WHERE bi.id IN (SELECT (b -> 'value' ->> 'image')::int
                           FROM jsonb_array_elements(a.body) b WHERE b ->> 'type' = 'image')
           AND {PUBLIC_IMAGE.format(i="bi")}) AS body_images,
       (SELECT coalesce(json_object_agg(lp.id, json_build_array(lp.url_path, ct.app_label,
                                                                ct.model)), '{{}}')
          FROM wagtailcore_page lp JOIN django_content_type ct ON ct.id = lp.content_type_id
         WHERE lp.id IN (SELECT (regexp_matches(b ->> 'value',
                                                '<a[^>]*linktype="page"[^>]*id="(\\d+)"',
                                                'g'))[1]::int
                           FROM jsonb_array_elements(a.body) b
                          WHERE b ->> 'type' = 'paragraph')
           AND {VISIBLE.format(p="lp")}) AS links
  FROM wagtailcore_page p
  JOIN cms_articlepage a ON a.page_ptr_id = p.id
  LEFT JOIN wagtailimages_image i ON i.id = a.cover_image_id AND {PUBLIC_IMAGE.format(i="i")}
  LEFT JOIN wagtailimages_rendition r ON r.image_id = i.id AND r.filter_spec = %(hero)s
 WHERE {VISIBLE.format(p="p")} AND p.id = %(id)s
"""

JSON_COLUMNS = {"topics", "tags", "body", "body_images", "links"}
A_TAG = re.compile(r"<a(\b[^>]*)>")
ATTR = re.compile(r'([\w-]+)="([^"]*)"')


def _rows(sql: str, params) -> list[dict]:
    """Rows as dicts; json columns decoded (Django's psycopg set-up leaves them as text)."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        names = [column.name for column in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    for row in rows:
        for name in JSON_COLUMNS & row.keys():
            if isinstance(row[name], str):
                row[name] = json.loads(row[name])
    return rows


def _root() -> str:
    """The default site's home page url_path (Wagtail's cached site root paths)."""
    paths = Site.get_site_root_paths()
    return paths[0].root_path if paths else "/"


def _relative(root: str, url_path: str) -> str:
    return "/" + url_path[len(root) :] if url_path.startswith(root) else url_path


def _media(host: str, file: str | None) -> str | None:
    if not file:
        return None
    return f"http://{host}{settings.MEDIA_URL}{connection.schema_name}/{file}"


def _params(root: str, **extra) -> dict:
    return {"root": root + "%", "tz": settings.TIME_ZONE, **extra}


def _dumps(payload) -> bytes:
    """What strawberry's Django view writes: compact separators, ASCII escapes."""
    return json.dumps(payload, separators=(",", ":")).encode()


def feed(size: int, offset: int, host: str) -> bytes:
    root = _root()
    params = _params(root, spec=settings.CMS_RENDITIONS["card"], size=size, offset=offset)
    rows = _rows(FEED_SQL, params)
    edges = [
        {
            "node": {
                "id": str(row["id"]),
                "title": row["title"],
                "urlPath": _relative(root, row["url_path"]),
                "author": row["author"],
                "standfirst": row["standfirst"],
                "publishedOn": row["published_on"].isoformat() if row["published_on"] else None,
                "readingMinutes": row["reading_minutes"],
                "coverImage": None
                if row["image_id"] is None
                else {
                    "title": row["image_title"],
                    "rendition": {
                        "url": _media(host, row["rendition_file"]),
                        "width": row["width"],
                        "height": row["height"],
                    },
                },
                "topics": row["topics"],
                "tags": row["tags"],
            }
        }
        for row in rows
    ]
    total = rows[0]["total"] if rows else 0
    return _dumps({"data": {"articles": {"totalCount": total, "edges": edges}}})


def _rewrite_links(source: str, links: dict, root: str) -> str:
    def replace(match: re.Match) -> str:
        attrs = dict(ATTR.findall(match.group(1)))
        kind, target = attrs.get("linktype"), attrs.get("id", "")
        if kind is None:
            return match.group(0)
        if kind == "page" and target in links:
            url_path, app_label, model = links[target]
            type_name = apps.get_model(app_label, model).__name__
            path = html.escape(_relative(root, url_path))
            return f'<a href="{path}" data-page-id="{target}" data-page-type="{type_name}">'
        return "<a>"

    return A_TAG.sub(replace, source)


def _block(block: dict, images: dict, links: dict, root: str, host: str) -> dict | None:
    kind, value = block.get("type"), block.get("value")
    if kind == "paragraph":
        return {"__typename": "ParagraphBlock", "html": _rewrite_links(value or "", links, root)}
    if not isinstance(value, dict):
        return None
    if kind == "image":
        key = str(value.get("image"))
        image = {"rendition": {"url": _media(host, images[key])}} if key in images else None
        return {"__typename": "ImageBlock", "caption": value.get("caption") or "", "image": image}
    if kind == "quote":
        return {
            "__typename": "QuoteBlock",
            "text": value.get("text") or "",
            "attribution": value.get("attribution") or "",
        }
    if kind == "table":
        rows = [
            {"cells": ["" if cell is None else str(cell) for cell in row]}
            for row in value.get("data") or []
        ]
        return {"__typename": "TableBlock", "rows": rows}
    names = {
        "heading": "HeadingBlock",
        "embed": "EmbedBlock",
        "document_link": "DocumentLinkBlock",
        "fact_box": "FactBoxBlock",
        "call_to_action": "CallToActionBlock",
    }
    return {"__typename": names[kind]} if kind in names else None


def detail(page_id: int, host: str) -> bytes:
    root = _root()
    specs = settings.CMS_RENDITIONS
    params = _params(root, content=specs["content"], hero=specs["hero"], id=page_id)
    rows = _rows(DETAIL_SQL, params)
    if not rows:
        return _dumps({"data": {"page": None}})
    row = rows[0]
    blocks = (
        _block(block, row["body_images"], row["links"], root, host)
        for block in row["body"] or []
        if isinstance(block, dict)
    )
    page = {
        "id": str(row["id"]),
        "title": row["title"],
        "urlPath": _relative(root, row["url_path"]),
        "author": row["author"],
        "standfirst": row["standfirst"],
        "publishedOn": row["published_on"].isoformat() if row["published_on"] else None,
        "coverImage": None
        if row["image_id"] is None
        else {
            "rendition": {
                "url": _media(host, row["rendition_file"]),
                "width": row["width"],
                "height": row["height"],
            }
        },
        "topics": row["topics"],
        "tags": row["tags"],
        "body": [block for block in blocks if block is not None],
    }
    return _dumps({"data": {"page": page}})


def search(text: str, size: int) -> bytes:
    """The ranked statement ``cms.search`` builds for ``text`` (accent-insensitive, exact
    accents and title matches first), run raw for the ``size`` best hits."""
    from wagtail.models import Page

    from cms.search import _search, parse

    root = _root()
    pages = Page.objects.live().public().filter(depth__gt=1, url_path__startswith=root)
    queryset = _search(pages, parse(text)).values("id", "title", "url_path")
    sql, params = queryset[:size].query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    edges = [
        {"node": {"id": str(pk), "title": title, "urlPath": _relative(root, url_path)}}
        for pk, title, url_path in rows
    ]
    return _dumps({"data": {"search": {"edges": edges}}})


def _respond(body: bytes) -> HttpResponse:
    return HttpResponse(body, content_type="application/json")


def feed_view(request):
    size, offset = int(request.GET.get("n", "20")), int(request.GET.get("offset", "0"))
    return _respond(feed(size, offset, request.get_host()))


def detail_view(request):
    return _respond(detail(int(request.GET["id"]), request.get_host()))


def search_view(request):
    return _respond(search(request.GET["q"], int(request.GET.get("n", "20"))))
