"""Signals about content.

``content_relocated`` is sent when pages are copied into another tenant's schema
(``cms.transfer.write_subtree``: promoting a microsite, folding a tenant, merging):
``source_schema``, ``target_schema`` and ``page_map`` (old page id -> new page id). Apps that
point at pages by (tenant, id) follow them.
"""

from django.dispatch import Signal

content_relocated = Signal()
