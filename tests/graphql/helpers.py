"""Helpers for the GraphQL tests: posting queries and building page trees in any state."""

from __future__ import annotations

import datetime
import json

from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from tests.factories import home_page


def post(client, query, variables=None, **headers):
    return client.post(
        "/graphql/",
        json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
        **headers,
    )


def gql(client, query, variables=None, **headers):
    """The ``data`` of a query that must succeed."""
    body = post(client, query, variables, **headers).json()
    assert "errors" not in body, body
    return body["data"]


def gql_errors(client, query, variables=None, **headers) -> list[str]:
    body = post(client, query, variables, **headers).json()
    assert body.get("errors"), body
    return [error["message"] for error in body["errors"]]


def add_page(parent=None, title="Trang thử", *, state="live", instance=None, **fields):
    """A page under ``parent`` (default: the home page) in ``state``:

    live, draft (never published), scheduled (go-live in the future), expired (expiry passed,
    still flagged live as until Wagtail's cron runs), login / password (view restriction),
    changed (live, with an unpublished draft whose title starts with "NHÁP").
    """
    parent = parent or home_page()
    page = instance if instance is not None else Page()
    page.title = title
    for name, value in fields.items():
        setattr(page, name, value)
    now = timezone.now()
    if state == "scheduled":
        page.go_live_at = now + datetime.timedelta(days=3)
    if state in ("draft", "scheduled"):
        page.live = False
    parent.add_child(instance=page)
    revision = page.save_revision()
    if state not in ("draft",):
        revision.publish()
    page.refresh_from_db()
    if state == "expired":
        Page.objects.filter(pk=page.pk).update(expire_at=now - datetime.timedelta(hours=1))
    elif state == "login":
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    elif state == "password":
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="bi-mat"
        )
    elif state == "changed":
        draft = page.specific
        draft.title = "NHÁP " + title
        draft.save_revision()
    page.refresh_from_db()
    return page.specific
