from __future__ import annotations

from django.utils import timezone

from sharing.actions.base import SharingAction
from sharing.models import AuditAction, AuditEntry, Proposal, ProposalStatus, Share, ShareStatus
from sharing.permissions import active_tenant
from sharing.snapshot import build_snapshot


class RefreshSharesFromPage(SharingAction):
    """After ``page`` is re-published in the active tenant: new snapshot on its live shares
    and pending proposals (two UPDATEs whatever the number of receivers). A system action
    (the ``page_published`` receiver); returns the number of shares refreshed."""

    def __init__(self, page):
        super().__init__(actor=None)
        self.page = page

    def prepare(self):
        tenant = active_tenant()
        self.share_ids, self.proposal_ids = [], []
        if tenant is None:
            return
        self.share_ids = list(
            Share.objects.filter(
                source_tenant_id=tenant.pk, source_page_id=self.page.pk, status=ShareStatus.ACTIVE
            ).values_list("pk", flat=True)
        )
        self.proposal_ids = list(
            Proposal.objects.filter(
                source_tenant_id=tenant.pk,
                source_page_id=self.page.pk,
                status=ProposalStatus.PENDING,
            ).values_list("pk", flat=True)
        )

    def perform(self):
        if not self.share_ids and not self.proposal_ids:
            self.snapshot = None
            return 0
        snapshot = self.snapshot = build_snapshot(self.page)
        fields = {
            "snapshot": snapshot,
            "title": (snapshot["title"] or "")[:255],
            "revision_id": snapshot["revision_id"],
        }
        Share.objects.filter(pk__in=self.share_ids).update(**fields, changed_at=timezone.now())
        Proposal.objects.filter(pk__in=self.proposal_ids).update(**fields)
        return len(self.share_ids)

    def audit(self, result):
        if not self.share_ids:
            return
        self.note(AuditAction.UPDATE, self.share_ids)
        AuditEntry.objects.bulk_create(
            [
                AuditEntry(
                    action=AuditAction.UPDATE,
                    share_id=pk,
                    detail={"revision_id": self.snapshot["revision_id"]},
                )
                for pk in self.share_ids
            ]
        )
