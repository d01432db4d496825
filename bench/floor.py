"""The floor of the GraphQL benchmark: the same results as the API's feed, detail and search
queries, each from one hand-written SQL statement plus ``json.dumps`` (no ORM, no GraphQL).
Used in-process and behind the same HTTP worker (bench/urls_bench.py)."""

from __future__ import annotations

import json

from django.conf import settings
from django.db import connection
from django.http import HttpResponse

VISIBLE = """
    p.live AND p.depth > 1
    AND (p.expire_at IS NULL OR p.expire_at > now())
    AND (p.go_live_at IS NULL OR p.go_live_at <= now())
    AND NOT EXISTS (
        SELECT 1 FROM wagtailcore_pageviewrestriction v
        JOIN wagtailcore_page vp ON vp.id = v.page_id
        WHERE vp.path = substring(p.path, 1, length(vp.path)))
"""

FEED_SQL = f"""
SELECT p.id, p.title, p.url_path, a.author, a.standfirst, a.published_on, a.reading_minutes,
       i.title AS image_title, r.file AS rendition_file, r.width, r.height,
       (SELECT coalesce(json_agg(json_build_object('name', t.name, 'slug', t.slug)
                                 ORDER BY t.sort_order, t.name), '[]')
          FROM cms_articlepage_topics x JOIN cms_topic t ON t.id = x.topic_id
         WHERE x.articlepage_id = p.id) AS topics,
       (SELECT coalesce(json_agg(json_build_object('name', g.name) ORDER BY g.name), '[]')
          FROM cms_articlepagetag y JOIN taggit_tag g ON g.id = y.tag_id
         WHERE y.content_object_id = p.id) AS tags,
       count(*) OVER () AS total
  FROM wagtailcore_page p
  JOIN cms_articlepage a ON a.page_ptr_id = p.id
  LEFT JOIN wagtailimages_image i ON i.id = a.cover_image_id
  LEFT JOIN wagtailimages_rendition r ON r.image_id = i.id AND r.filter_spec = %s
 WHERE {VISIBLE}
 ORDER BY a.published_on DESC NULLS LAST, p.first_published_at DESC NULLS LAST, p.id DESC
 LIMIT %s
"""

DETAIL_SQL = f"""
SELECT p.id, p.title, p.url_path, a.author, a.standfirst, a.published_on, a.body,
       r.file AS rendition_file, r.width, r.height,
       (SELECT coalesce(json_agg(json_build_object('name', t.name)), '[]')
          FROM cms_articlepage_topics x JOIN cms_topic t ON t.id = x.topic_id
         WHERE x.articlepage_id = p.id) AS topics,
       (SELECT coalesce(json_agg(json_build_object('name', g.name)), '[]')
          FROM cms_articlepagetag y JOIN taggit_tag g ON g.id = y.tag_id
         WHERE y.content_object_id = p.id) AS tags,
       (SELECT coalesce(json_object_agg(br.image_id, br.file), '{{}}')
          FROM wagtailimages_rendition br
         WHERE br.filter_spec = %s AND br.image_id IN (
               SELECT (b -> 'value' ->> 'image')::int FROM jsonb_array_elements(a.body) b
                WHERE b ->> 'type' = 'image')) AS body_renditions
  FROM wagtailcore_page p
  JOIN cms_articlepage a ON a.page_ptr_id = p.id
  LEFT JOIN wagtailimages_rendition r ON r.image_id = a.cover_image_id AND r.filter_spec = %s
 WHERE {VISIBLE} AND p.url_path = %s
"""


def _media(request_host: str, file: str | None) -> str | None:
    if not file:
        return None
    return f"http://{request_host}{settings.MEDIA_URL}{connection.schema_name}/{file}"


JSON_COLUMNS = {"topics", "tags", "body", "body_renditions"}


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


def feed(size: int, host: str) -> bytes:
    rows = _rows(FEED_SQL, [settings.CMS_RENDITIONS["card"], size])
    edges = [
        {
            "node": {
                "id": str(row["id"]),
                "title": row["title"],
                "urlPath": row["url_path"],
                "author": row["author"],
                "standfirst": row["standfirst"],
                "publishedOn": row["published_on"].isoformat() if row["published_on"] else None,
                "readingMinutes": row["reading_minutes"],
                "coverImage": {
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
    payload = {"data": {"articles": {"totalCount": total, "edges": edges}}}
    return json.dumps(payload, ensure_ascii=False).encode()


def detail(url_path: str, host: str) -> bytes:
    specs = settings.CMS_RENDITIONS
    rows = _rows(DETAIL_SQL, [specs["content"], specs["hero"], url_path])
    if not rows:
        return b'{"data": {"page": null}}'
    row = rows[0]
    renditions = row["body_renditions"]
    body = []
    for block in row["body"] or []:
        value = block.get("value")
        if block.get("type") == "image" and isinstance(value, dict):
            file = renditions.get(str(value.get("image")))
            value = {**value, "image": {"rendition": {"url": _media(host, file)}}}
        body.append({"type": block.get("type"), "id": block.get("id"), "value": value})
    page = {
        "id": str(row["id"]),
        "title": row["title"],
        "author": row["author"],
        "standfirst": row["standfirst"],
        "publishedOn": row["published_on"].isoformat() if row["published_on"] else None,
        "coverImage": {"rendition": {"url": _media(host, row["rendition_file"])}},
        "topics": row["topics"],
        "tags": row["tags"],
        "body": body,
    }
    return json.dumps({"data": {"page": page}}, ensure_ascii=False).encode()


def search(text: str, size: int) -> bytes:
    """The statement ``cms.search.search_pages`` builds (ranked, accent-insensitive) for the
    ``size`` best hits, run as one raw statement."""
    from wagtail.models import Page

    from cms.search import search_pages

    queryset = search_pages(text, Page.objects.live().public()).values("id", "title", "url_path")
    sql, params = queryset[:size].query.sql_with_params()
    rows = _rows(sql, params)
    edges = [
        {"node": {"id": str(r["id"]), "title": r["title"], "urlPath": r["url_path"]}} for r in rows
    ]
    return json.dumps({"data": {"search": {"edges": edges}}}, ensure_ascii=False).encode()


def _respond(body: bytes) -> HttpResponse:
    return HttpResponse(body, content_type="application/json")


def feed_view(request):
    return _respond(feed(int(request.GET.get("n", "20")), request.get_host()))


def detail_view(request):
    return _respond(detail(request.GET["path"], request.get_host()))


def search_view(request):
    return _respond(search(request.GET["q"], int(request.GET.get("n", "20"))))
