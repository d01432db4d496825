"""Signals for apps that keep their own references to organisations.

``organization_restructured`` is sent by every restructuring action inside its transaction,
after the tree has changed and the event is recorded: a receiver that raises undoes the whole
action. Arguments: ``action`` (an ``EventAction`` value), ``event`` (the
``OrganizationEvent``) and ``successors``, a dict from the id of every organisation that
stopped being active to the ids of the organisations that took over from it (merge: the
merged one; split: every part; dissolve: the one that received its sub-organisations, or
none). The shared-content registry, for instance, moves scopes, explicit receiver lists and
receipts of the old organisations to their successors.

``content_relocated`` (defined in ``cms.signals``, re-exported here) is sent when the org
tree's operations copy pages into another tenant's schema (promoting a microsite, folding a
tenant, merging): ``source_schema``, ``target_schema`` and ``page_map`` (old page id -> new
page id). Apps that point at pages by (tenant, id) follow them.
"""

from django.dispatch import Signal

from cms.signals import content_relocated

organization_restructured = Signal()

__all__ = ["content_relocated", "organization_restructured"]
