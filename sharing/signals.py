"""Keep shares in step with their source pages, in whichever tenant the page changes.

* ``page_published``: the page's live shares (and pending proposals) get the new snapshot;
* ``page_unpublished`` and deletion of the page: its shares are retracted everywhere at once;
* deletion of a page that is a receiver's fork: the fork link is dropped;
* ``hierarchy.signals.organization_restructured`` for a merge: shares, scopes, receiver lists
  and receipts of the merged organisations move to the new one (``restructure``), inside the
  merge's transaction.
"""

from __future__ import annotations

from django.db.models.signals import post_delete
from django.dispatch import Signal
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

#: Sent by every sharing action inside its transaction, once per audited action:
#: ``action`` (an ``AuditAction`` value: share, update, correct, retract, acknowledge, seen,
#: hide, pin, fork, ...), ``share_ids`` (the shares it touched), ``organization_id`` (the
#: issuer or receiver it acted for, None for system actions) and ``actor`` (a user or None).
#: Caches, webhooks and programme figures listen to it; a receiver that raises undoes the
#: action, so receivers that only need the outcome use ``transaction.on_commit``.
share_changed = Signal()


def _tenant_id() -> int | None:
    from sharing.permissions import active_tenant

    tenant = active_tenant()
    return tenant.pk if tenant else None


def on_published(sender, instance, **kwargs):
    from sharing.actions import RefreshSharesFromPage

    RefreshSharesFromPage(instance).execute()


def on_unpublished(sender, instance, **kwargs):
    from sharing.actions import RetractPageShares

    tenant_id = _tenant_id()
    if tenant_id:
        RetractPageShares(tenant_id, instance.pk, "Bài gốc đã ngừng xuất bản.").execute()


def on_page_deleted(sender, instance, **kwargs):
    from sharing.actions import ForgetDeletedFork, RetractPageShares

    tenant_id = _tenant_id()
    if tenant_id:
        RetractPageShares(tenant_id, instance.pk, "Bài gốc đã bị xóa.").execute()
        ForgetDeletedFork(tenant_id, instance.pk).execute()


def on_restructured(sender, action, event, successors, **kwargs):
    from hierarchy.models import EventAction, Organization
    from sharing.restructure import carry_shares

    if action != EventAction.MERGE:
        return
    by_target: dict[int, list[int]] = {}
    for old, new in successors.items():
        if len(new) == 1:
            by_target.setdefault(new[0], []).append(old)
    orgs = Organization.objects.in_bulk([*by_target, *(i for v in by_target.values() for i in v)])
    for target, sources in by_target.items():
        carry_shares([orgs[i] for i in sources], orgs[target], actor=event.actor)


def on_content_relocated(sender, source_schema, target_schema, page_map, **kwargs):
    """Shares and forks follow pages copied into another tenant (promote, fold, merge), so
    that re-publishing the page at its new home keeps updating the same share."""
    from sharing.restructure import follow_relocated_pages

    follow_relocated_pages(source_schema, target_schema, page_map)


def connect() -> None:
    from hierarchy.signals import content_relocated, organization_restructured

    content_relocated.connect(on_content_relocated, dispatch_uid="sharing_content_relocated")

    organization_restructured.connect(on_restructured, dispatch_uid="sharing_restructured")
    page_published.connect(on_published, dispatch_uid="sharing_page_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="sharing_page_unpublished")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="sharing_page_deleted")
