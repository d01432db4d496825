"""Which writes invalidate which cache tags (connected in ``DeliveryConfig.ready``).

Tags are computed when the write happens (in the writer's tenant) and invalidated when the
transaction commits (``transaction.on_commit``; at once outside a transaction; never for a
rolled-back write).

| write | tags |
|---|---|
| page published / unpublished / deleted | the page, the tenant's listings |
| page moved | the whole tenant (every descendant's URL changes) |
| view restriction (page or collection) saved or deleted | the whole tenant |
| image / document saved or deleted | the image / document |
| site settings, API settings saved | the tenant's settings |
| Wagtail site saved | the whole tenant |
| menu saved or deleted | the tenant's menus |
| topic or another snippet saved | the whole tenant |
| persisted query saved or deleted | that query's responses |
| share_changed (share, update, correct, retract, ...) | each share, its scope root's |
|  | subtree, its included organisations |
| share_changed by a receiver (hide, pin, fork, ...) | the same and the receiver |
| organisation saved, organization_restructured | each organisation involved, the org tree |
| content_relocated | both tenants |
| programme plan_changed (plan saved, activated, deactivated; public indicators chosen) | the |
|  | organisation's programme tag, carried by its subtree's ``programme`` answers |
"""

from __future__ import annotations

from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save

from delivery import tags
from delivery.cache import invalidate


def invalidate_on_commit(found) -> None:
    """Invalidate ``found`` tags when the current transaction commits (at once outside one;
    never when it rolls back)."""
    found = tags.unique(found)
    if not found:
        return
    if not connection.in_atomic_block:
        invalidate(found)
        return
    transaction.on_commit(lambda: invalidate(found), robust=True)


def _schema() -> str:
    return connection.schema_name


# --- pages ----------------------------------------------------------------------------------


def page_changed(sender, instance, **kwargs):
    schema = _schema()
    invalidate_on_commit([tags.page(schema, instance.pk), tags.pages(schema)])


def page_moved(sender, instance, **kwargs):
    schema = _schema()
    invalidate_on_commit([tags.tenant(schema), tags.page(schema, instance.pk)])


def tenant_changed(sender, instance=None, **kwargs):
    invalidate_on_commit([tags.tenant(_schema())])


def image_changed(sender, instance, **kwargs):
    invalidate_on_commit([tags.image(_schema(), instance.pk)])


def document_changed(sender, instance, **kwargs):
    invalidate_on_commit([tags.document(_schema(), instance.pk)])


def settings_changed(sender, instance=None, **kwargs):
    invalidate_on_commit([tags.settings(_schema())])


def menus_changed(sender, instance=None, **kwargs):
    invalidate_on_commit([tags.menus(_schema())])


def persisted_query_changed(sender, instance, **kwargs):
    if instance.sha256:
        invalidate_on_commit([tags.query(_schema(), instance.sha256)])


# --- sharing and the org tree ---------------------------------------------------------------


#: Sharing actions of a receiver on its own receipt: they change that receiver's feed
#: (a hidden share leaves it, an unhidden one comes back) and nobody else's. ``seen``
#: changes nothing a reader sees.
RECEIVER_ACTIONS = {
    "acknowledge",
    "hide",
    "unhide",
    "pin",
    "unpin",
    "fork",
    "fork_sync",
    "fork_deleted",
}
UNSEEN_ACTIONS = {"seen", "propose", "forward", "reject", "remind"}


def share_tags(share_ids) -> list[str]:
    """Each share, the subtree of its scope root, its explicitly included organisations."""
    from sharing.models import Share

    found = [tags.share(pk) for pk in share_ids]
    rows = Share.objects.filter(pk__in=list(share_ids)).values_list(
        "scope_root__path", "include_ids"
    )
    for path, include_ids in rows:
        if path:
            found.append(tags.subtree(path))
        found.extend(tags.org(pk) for pk in include_ids or ())
    return found


def share_changed(sender, action=None, share_ids=(), organization_id=None, **kwargs):
    action = str(action or "")
    if action in UNSEEN_ACTIONS:
        return
    found = share_tags(list(share_ids or ()))
    if organization_id and action in RECEIVER_ACTIONS:
        found.append(tags.org(organization_id))
    invalidate_on_commit(found)


def organization_saved(sender, instance, **kwargs):
    invalidate_on_commit([tags.org(instance.pk), tags.org_tree()])


def organization_restructured(sender, action=None, event=None, successors=None, **kwargs):
    ids: set[int] = set()
    for old, new in (successors or {}).items():
        ids.add(old)
        ids.update(new or ())
    if event is not None and event.pk:
        # Every organisation the event names (moved, merged, split, created, ...): feeds
        # carry the ids of their receiver's whole chain, so descendants follow.
        ids.update(event.organizations.values_list("pk", flat=True))
    invalidate_on_commit([tags.org_tree(), *(tags.org(pk) for pk in sorted(ids))])


def programme_plan_changed(sender, organization=None, **kwargs):
    """A plan (targets in force in the subtree) or the public choice changed."""
    if organization is not None:
        invalidate_on_commit([tags.programme(organization.path)])


def content_relocated(sender, source_schema=None, target_schema=None, **kwargs):
    invalidate_on_commit([tags.tenant(s) for s in (source_schema, target_schema) if s])


def connect() -> None:
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import (
        Collection,
        CollectionViewRestriction,
        Page,
        PageViewRestriction,
        Site,
    )
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from cms.models import Menu, MenuItem, SiteSettings, Topic
    from hierarchy.models import Organization
    from hierarchy.signals import content_relocated as relocated
    from hierarchy.signals import organization_restructured as restructured
    from programme.actions.plan_base import plan_changed
    from sharing.signals import share_changed as shared

    uid = "delivery_invalidation_"
    page_published.connect(page_changed, dispatch_uid=uid + "published")
    page_unpublished.connect(page_changed, dispatch_uid=uid + "unpublished")
    post_page_move.connect(page_moved, dispatch_uid=uid + "moved")
    post_delete.connect(page_changed, sender=Page, dispatch_uid=uid + "page_deleted")
    for model in (PageViewRestriction, CollectionViewRestriction, Collection, Site, Topic):
        post_save.connect(tenant_changed, sender=model, dispatch_uid=uid + model.__name__)
        post_delete.connect(tenant_changed, sender=model, dispatch_uid=uid + model.__name__ + "d")
    for model, receiver in (
        (get_image_model(), image_changed),
        (get_document_model(), document_changed),
        (SiteSettings, settings_changed),
        (Menu, menus_changed),
        (MenuItem, menus_changed),
    ):
        post_save.connect(receiver, sender=model, dispatch_uid=uid + model.__name__)
        post_delete.connect(receiver, sender=model, dispatch_uid=uid + model.__name__ + "d")
    post_save.connect(organization_saved, sender=Organization, dispatch_uid=uid + "org")
    shared.connect(share_changed, dispatch_uid=uid + "share")
    restructured.connect(organization_restructured, dispatch_uid=uid + "restructured")
    relocated.connect(content_relocated, dispatch_uid=uid + "relocated")
    plan_changed.connect(programme_plan_changed, dispatch_uid=uid + "programme_plan")
