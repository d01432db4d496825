"""Signed, expiring preview tokens: the only way a draft leaves the API.

A token names the tenant schema, the page and the revision; it is signed with the project's
secret key and expires after ``PREVIEW_TOKEN_SECONDS``. Wagtail's preview opens the tenant's
frontend preview URL with such a token (``preview_url_for``).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.db import connection

SALT = "congdoan.graphql.preview"


class PreviewTokenError(Exception):
    pass


@dataclass(frozen=True)
class PreviewGrant:
    page_id: int
    revision_id: int


def issue_token(page_id: int, revision_id: int) -> str:
    payload = {"s": connection.schema_name, "p": page_id, "r": revision_id}
    return signing.dumps(payload, salt=SALT, compress=True)


def read_token(token: str) -> PreviewGrant:
    try:
        payload = signing.loads(token, salt=SALT, max_age=settings.PREVIEW_TOKEN_SECONDS)
    except signing.SignatureExpired as exc:
        raise PreviewTokenError("Mã xem trước đã hết hạn.") from exc
    except signing.BadSignature as exc:
        raise PreviewTokenError("Mã xem trước không hợp lệ.") from exc
    if payload.get("s") != connection.schema_name:
        raise PreviewTokenError("Mã xem trước không thuộc đơn vị này.")
    return PreviewGrant(page_id=int(payload["p"]), revision_id=int(payload["r"]))


def preview_url_for(page, revision, base_url: str) -> str:
    """``base_url`` with ``token``, ``id`` and ``type`` (the page's GraphQL type) added."""
    from graphql_api.content.types import page_type_name

    token = issue_token(page.pk, revision.pk if revision is not None else 0)
    separator = "&" if "?" in base_url else "?"
    query = urlencode({"token": token, "id": page.pk, "type": page_type_name(page.specific)})
    return f"{base_url}{separator}{query}"


def draft_for_token(token: str, visibility):
    """The latest revision of the token's page, as a specific page instance marked as a
    preview. The token must be valid for this tenant; the page must still exist and lie in
    the request's scope (a microsite request cannot preview a neighbour's page)."""
    from wagtail.models import Page

    grant = read_token(token)
    page = (
        Page.objects.filter(pk=grant.page_id)
        .select_related("latest_revision")
        .only("id", "path", "content_type_id", "latest_revision")
        .first()
    )
    if page is None:
        raise PreviewTokenError("Trang của mã xem trước không còn tồn tại.")
    root = visibility.root
    if root.path is not None and not page.path.startswith(root.path):
        raise PreviewTokenError("Trang của mã xem trước nằm ngoài phạm vi tổ chức được chọn.")
    revision = page.latest_revision
    draft = revision.as_object() if revision is not None else page.specific
    draft._congdoan_preview = True
    return draft
