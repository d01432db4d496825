"""Domain signals -> webhook events (``outbox.emit``), inside the sender's transaction.

* Wagtail's ``page_published``, ``page_unpublished``, ``post_page_move`` and ``post_delete``
  of pages: events of the tenant whose schema is active;
* ``sharing.signals.share_changed`` (share, update, correct, retract, acknowledge): events of
  the tenant the shared page comes from (the issuer, who also hears acknowledgements);
* ``hierarchy.signals.organization_restructured``: an event for every tenant whose own
  organisation is one of, or above, the organisations the restructuring touched;
* ``voice.signals.case_changed`` (submitted, warned, escalated, answered, closed): an event for
  every subscribed tenant whose own organisation is the one handling the case, the one that
  first received it, or above either. The payload has no personal data: no title, text,
  contact, link or names, only codes, kind, topic, status, deadlines and escalation level.

No domain app imports this module; ``WebhooksConfig.ready`` connects it.
"""

from __future__ import annotations

import logging
import time
import weakref

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from webhooks import events
from webhooks.outbox import Event, emit

logger = logging.getLogger(__name__)

SHARE_EVENTS = {
    "share": events.SHARE_ISSUED.name,
    "update": events.SHARE_UPDATED.name,
    "correct": events.SHARE_CORRECTED.name,
    "retract": events.SHARE_RETRACTED.name,
    "expire": events.SHARE_EXPIRED.name,
    "acknowledge": events.DIRECTIVE_ACKNOWLEDGED.name,
}


def _tenant():
    from sharing.permissions import active_tenant

    return active_tenant()


def page_type(page) -> str:
    content_type = page.cached_content_type
    return f"{content_type.app_label}.{content_type.model}"


def page_org_paths(page, tenant):
    def resolve() -> list[str]:
        from django.core.exceptions import ValidationError

        from sharing.permissions import content_org_for_page

        try:
            return [content_org_for_page(page, tenant).path]
        except ValidationError:
            return []

    return resolve


def cache_keys(found) -> list[str]:
    """``found`` cache tags as the API's ``Surrogate-Key``/``Cache-Tag`` headers spell them
    (``delivery.cdn.cdn_keys``), plus the fallback keys a response that could not carry
    all its tags was given instead (the tenant's): what a receiver must drop."""
    from delivery import tags
    from delivery.cdn import cdn_keys, fallbacks_for

    keys = cdn_keys(tags.unique(found))
    return [*keys, *sorted(fallbacks_for(keys) - set(keys))]


def page_cache_tags(event_type: str, page) -> list[str]:
    """What ``delivery.invalidation`` purges for this page event."""
    from django.db import connection

    from delivery import tags

    schema = connection.schema_name
    if event_type == events.PAGE_MOVED.name:
        return cache_keys([tags.tenant(schema), tags.page(schema, page.pk)])
    return cache_keys([tags.page(schema, page.pk), tags.pages(schema)])


def page_data(page, **extra) -> dict:
    try:
        url = page.get_full_url()
    except Exception:  # a page outside any site (or already deleted) has no URL
        url = None
    return {
        "id": page.pk,
        "title": page.title,
        "slug": page.slug,
        "url_path": page.url_path,
        "url": url,
        "page_type": page_type(page),
        "live": page.live,
        **extra,
    }


def _page_event(event_type: str, page, **extra) -> None:
    tenant = _tenant()
    if tenant is None:
        return
    emit(
        Event(
            type=event_type,
            tenant=tenant,
            object_kind="page",
            object_id=page.pk,
            data=page_data(page, **extra),
            page_type=page_type(page),
            org_paths=page_org_paths(page, tenant),
            cache_tags=page_cache_tags(event_type, page),
        )
    )


def on_page_published(sender, instance, revision=None, **kwargs):
    _page_event(
        events.PAGE_PUBLISHED.name,
        instance,
        revision_id=getattr(revision, "pk", None),
        last_published_at=instance.last_published_at.isoformat()
        if instance.last_published_at
        else None,
    )


def on_page_unpublished(sender, instance, **kwargs):
    _page_event(events.PAGE_UNPUBLISHED.name, instance)


def on_page_deleted(sender, instance, **kwargs):
    _page_event(events.PAGE_DELETED.name, instance)


def on_page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    _page_event(
        events.PAGE_MOVED.name,
        instance,
        parent_before_id=parent_page_before.pk,
        parent_after_id=parent_page_after.pk,
        url_path_before=kwargs.get("url_path_before"),
    )


def on_share_changed(sender, action, share_ids, organization_id=None, **kwargs):
    event_type = SHARE_EVENTS.get(str(action))
    if event_type is None or not share_ids:
        return
    from delivery import tags
    from delivery.invalidation import RECEIVER_ACTIONS, share_tags
    from hierarchy.models import Organization
    from sharing.models import Share

    shares = Share.objects.filter(pk__in=share_ids).select_related(
        "source_tenant", "source_org", "scope_root"
    )
    actor_org = Organization.objects.filter(pk=organization_id).first() if organization_id else None
    for share in shares:
        data = {
            "share_id": share.pk,
            "status": share.status,
            "mandatory": share.mandatory,
            "title": share.title,
            "revision_id": share.revision_id,
            "source_page_id": share.source_page_id,
            "source_organization_id": share.source_org_id,
            "scope_root_id": share.scope_root_id,
        }
        paths = [share.source_org.path] if share.source_org_id else []
        if event_type == events.DIRECTIVE_ACKNOWLEDGED.name and actor_org is not None:
            data["acknowledged_by_organization_id"] = actor_org.pk
            data["acknowledged_by_organization"] = actor_org.name
            paths.append(actor_org.path)
        found = share_tags([share.pk])
        if organization_id and str(action) in RECEIVER_ACTIONS:
            found.append(tags.org(organization_id))
        emit(
            Event(
                type=event_type,
                tenant=share.source_tenant,
                object_kind="share",
                object_id=share.pk,
                data=data,
                org_paths=paths,
                cache_tags=cache_keys(found),
            )
        )


def on_organization_restructured(sender, action, event, successors, **kwargs):
    from hierarchy.models import Organization
    from webhooks.models import Endpoint

    subscribed = (
        Endpoint.objects.filter(
            enabled=True, events__contains=[events.ORGANIZATION_RESTRUCTURED.name]
        )
        .values_list("tenant_id", flat=True)
        .distinct()
    )
    tenant_ids = set(subscribed)
    if not tenant_ids:
        return
    ids = {org.pk for org in event.organizations.all()}
    ids.update(successors)
    ids.update(i for new in successors.values() for i in new)
    touched = list(Organization.objects.filter(pk__in=ids).values_list("pk", "path"))
    paths = [path for _, path in touched]
    from delivery import tags

    found = cache_keys([tags.org_tree(), *(tags.org(pk) for pk in sorted(ids))])
    owners = Organization.objects.filter(tenant_id__in=tenant_ids).select_related("tenant")
    for owner in owners:
        if not any(path.startswith(owner.path) for path in paths):
            continue
        emit(
            Event(
                type=events.ORGANIZATION_RESTRUCTURED.name,
                tenant=owner.tenant,
                object_kind="organization_event",
                object_id=event.pk,
                data={
                    "event_id": event.pk,
                    "action": str(action),
                    "summary": event.summary,
                    "effective_date": event.effective_date.isoformat(),
                    "organization_ids": sorted(pk for pk, _ in touched),
                    "successors": {str(k): list(v) for k, v in successors.items()},
                },
                org_paths=paths,
                cache_tags=found,
            )
        )


CASE_EVENTS = {
    "submitted": events.CASE_SUBMITTED.name,
    "warned": events.CASE_WARNED.name,
    "escalated": events.CASE_ESCALATED.name,
    "answered": events.CASE_ANSWERED.name,
    "closed": events.CASE_CLOSED.name,
}


def _iso(value):
    return value.isoformat() if value is not None else None


def case_data(case) -> dict:
    """What a case event says: never the worker's text or identity."""
    return {
        "code": case.code,
        "kind": case.kind,
        "topic": case.topic or None,
        "status": case.status,
        "channel": case.channel,
        "organization_code": case.organization.code,
        "origin_organization_code": case.origin_organization.code,
        "escalation_level": case.escalation_level,
        "received_at": _iso(case.received_at),
        "first_response_due": _iso(case.first_response_due),
        "answered_at": _iso(case.answered_at),
        "closed_at": _iso(case.closed_at),
    }


SUBSCRIBERS_KEY = "webhooks:subscribers:{}"
SUBSCRIBERS_TTL = 60


def subscribed_tenants(event_type: str) -> set[int]:
    """Ids of the tenants with an enabled endpoint for ``event_type``, kept in the shared
    cache (every endpoint change deletes it) and, within one transaction, on the connection:
    the deadline sweep signals hundreds of case changes per transaction and most platforms
    have no endpoint for them."""
    from django.core.cache import cache
    from django.db import connection

    from webhooks.models import Endpoint

    # The memo belongs to the outermost atomic block it was made in (a weak reference: a new
    # transaction never matches it) and lives at most 5 seconds.
    outer = connection.atomic_blocks[0] if connection.atomic_blocks else None
    memo = getattr(connection, "_webhook_subscribers", None)
    now = time.monotonic()
    if (
        outer is not None
        and memo is not None
        and memo[0]() is outer
        and now - memo[1] < 5
        and event_type in memo[2]
    ):
        return memo[2][event_type]
    key = SUBSCRIBERS_KEY.format(event_type)
    found = cache.get(key)
    if found is None:
        found = sorted(
            Endpoint.objects.filter(enabled=True, events__contains=[event_type])
            .values_list("tenant_id", flat=True)
            .distinct()
        )
        cache.set(key, found, SUBSCRIBERS_TTL)
    found = set(found)
    if outer is not None:
        if memo is None or memo[0]() is not outer:
            memo = (weakref.ref(outer), now, {})
            connection._webhook_subscribers = memo
        memo[2][event_type] = found
    return found


def forget_subscribers(sender=None, **kwargs) -> None:
    """Drop the cached subscribers now and again after commit (a reader between the two
    could have cached the rows as they were before this change)."""
    from django.core.cache import cache
    from django.db import connection, transaction

    def forget():
        cache.delete_many([SUBSCRIBERS_KEY.format(e) for e in CASE_EVENTS.values()])
        connection.__dict__.pop("_webhook_subscribers", None)

    forget()
    transaction.on_commit(forget)


def on_case_changed(sender, action, case, actor=None, organization=None, **kwargs):
    event_type = CASE_EVENTS.get(str(action))
    if event_type is None:
        return
    from hierarchy.models import Organization

    tenant_ids = subscribed_tenants(event_type)
    if not tenant_ids:
        return
    paths = sorted({case.org_path, case.origin_organization.path})
    step = Organization.steplen
    prefixes = {p[:i] for p in paths for i in range(step, len(p) + 1, step)}
    owners = Organization.objects.filter(
        tenant_id__in=tenant_ids, path__in=prefixes
    ).select_related("tenant")
    data = None
    for owner in owners:
        data = data or case_data(case)
        emit(
            Event(
                type=event_type,
                tenant=owner.tenant,
                object_kind="case",
                object_id=case.code,
                data=data,
                org_paths=paths,
            )
        )


def connect() -> None:
    from hierarchy.signals import organization_restructured
    from sharing.signals import share_changed
    from voice.signals import case_changed

    page_published.connect(on_page_published, dispatch_uid="webhooks_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="webhooks_page_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="webhooks_page_moved")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="webhooks_page_deleted")
    share_changed.connect(on_share_changed, dispatch_uid="webhooks_share_changed")
    organization_restructured.connect(
        on_organization_restructured, dispatch_uid="webhooks_organization_restructured"
    )
    case_changed.connect(on_case_changed, dispatch_uid="webhooks_case_changed")
    from webhooks.models import Endpoint

    post_save.connect(forget_subscribers, sender=Endpoint, dispatch_uid="webhooks_subscribers")
    post_delete.connect(
        forget_subscribers, sender=Endpoint, dispatch_uid="webhooks_subscribers_delete"
    )
