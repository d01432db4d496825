"""``/media/``: tenant media served only through a view that checks (docs/security.md).

Files of each tenant live under ``MEDIA_ROOT/<schema>/`` and their URLs are
``/media/<schema>/<path>``. This view is the only route to them, in every setting:

* ``documents/...`` never: documents are served by Wagtail's ``/documents/<id>/<name>``
  view, which applies collection privacy (``WAGTAILDOCS_SERVE_METHOD = "serve_view"``);
* ``original_images/...`` and ``images/...`` (renditions) only when the image's collection
  has no view restriction the request fails (login, groups, password), like documents;
* ``avatar_images/...`` (Wagtail admin avatars) as they are;
* anything else, another tenant's schema, or a path that escapes the folder: 404.

Restricted files are sent with ``Cache-Control: private, no-store``; public ones may be cached
by a CDN (content-hashed public renditions, ``public/images/...``, for a year). With
``MEDIA_ACCEL_REDIRECT_PREFIX`` set, the file itself is handed to nginx (``X-Accel-Redirect``
to an ``internal`` location) after the check.

On object storage (``CONGDOAN_STORAGE=s3``, cms/storage.py) the same checks apply; the file
is streamed from the private bucket, or, with ``CONGDOAN_S3_PRIVATE_REDIRECT_SECONDS`` > 0,
the answer is a redirect to a presigned URL of the tenant's own key that expires that soon.
"""

from __future__ import annotations

import mimetypes
import posixpath

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import connection
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.views.decorators.http import require_safe
from wagtail import hooks

from cms.storage import IMMUTABLE_CACHE, PUBLIC_PREFIX

PUBLIC_CACHE = "public, max-age=86400"
PRIVATE_CACHE = "private, no-store"


def _clean(path: str) -> str:
    if "\\" in path or "\x00" in path:
        raise Http404
    cleaned = posixpath.normpath(path)
    if cleaned != path or cleaned.startswith(("/", "..")) or "/../" in f"/{cleaned}/":
        raise Http404
    return cleaned


def _collection_for(path: str):
    """The collection whose privacy governs ``path``, or None if the file is not served."""
    from wagtail.images import get_image_model

    Image = get_image_model()
    if path.startswith("original_images/"):
        image = Image.objects.filter(file=path).select_related("collection").first()
        if image is None:
            raise Http404
        return image.collection
    if path.startswith(("images/", f"{PUBLIC_PREFIX}images/")):
        Rendition = Image.get_rendition_model()
        rendition = Rendition.objects.filter(file=path).select_related("image__collection").first()
        if rendition is None:
            raise Http404
        return rendition.image.collection
    if path.startswith("avatar_images/"):
        return None
    raise Http404  # documents/ and anything unknown


@require_safe
def serve_media(request, schema: str, path: str) -> HttpResponse:
    if schema != connection.schema_name:
        raise Http404
    path = _clean(path)
    collection = _collection_for(path)
    restricted = False
    if collection is not None:
        restrictions = list(collection.get_view_restrictions())
        if any(not r.accept_request(request) for r in restrictions):
            raise Http404
        restricted = bool(restrictions)
    content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    accel = getattr(settings, "MEDIA_ACCEL_REDIRECT_PREFIX", "")
    redirect_seconds = getattr(default_storage, "private_redirect_seconds", 0)
    redirect = bool(redirect_seconds) and not path.startswith(PUBLIC_PREFIX)
    if redirect:
        if not default_storage.exists(path):
            raise Http404
        response = HttpResponseRedirect(default_storage.signed_url(path, redirect_seconds))
    elif accel and not hasattr(default_storage, "signed_url"):
        if not default_storage.exists(path):
            raise Http404
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = f"{accel.rstrip('/')}/{schema}/{path}"
    else:
        try:
            response = FileResponse(default_storage.open(path, "rb"), content_type=content_type)
        except FileNotFoundError:
            raise Http404 from None
    if restricted or redirect:
        # A presigned URL is a short-lived credential: no cache may keep the redirect.
        response["Cache-Control"] = PRIVATE_CACHE
    elif path.startswith(PUBLIC_PREFIX):
        response["Cache-Control"] = IMMUTABLE_CACHE
    else:
        response["Cache-Control"] = PUBLIC_CACHE
    response["X-Content-Type-Options"] = "nosniff"
    if restricted:
        response["Vary"] = "Cookie"
    return response


@hooks.register("before_serve_page")
def refuse_expired_page(page, request, serve_args, serve_kwargs):
    """A page past its ``expire_at`` is gone at once, before the expiry job unpublishes it."""
    if page.expire_at is not None and page.expire_at <= timezone.now():
        raise Http404
