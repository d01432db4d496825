from __future__ import annotations

from sharing.actions.base import SharingAction
from sharing.models import AuditAction, AuditEntry, Receipt


class ForgetDeletedFork(SharingAction):
    """The local page of a fork was deleted: the share is received as such again (a system
    action of the page signals)."""

    def __init__(self, tenant_id: int, page_id: int):
        super().__init__(actor=None)
        self.tenant_id = tenant_id
        self.page_id = page_id

    def prepare(self):
        self.receipts = list(
            Receipt.objects.filter(
                fork_tenant_id=self.tenant_id, fork_page_id=self.page_id
            ).select_related("share")
        )

    def perform(self):
        for receipt in self.receipts:
            Receipt.objects.filter(pk=receipt.pk).update(
                fork_tenant=None, fork_page_id=None, fork_revision_id=None, fork_base={}
            )
        return len(self.receipts)

    def audit(self, result):
        for receipt in self.receipts:
            AuditEntry.objects.create(
                action=AuditAction.FORK_DELETED,
                share=receipt.share,
                organization_id=receipt.organization_id,
                detail={"page_id": self.page_id},
            )
