from __future__ import annotations

from django.utils import timezone

from sharing.actions.base import SharingAction, close_proposal
from sharing.models import (
    AuditAction,
    AuditEntry,
    Proposal,
    ProposalAction,
    ProposalStatus,
    Share,
    ShareStatus,
)


class RetractPageShares(SharingAction):
    """The source page was unpublished or deleted: retract its shares, reject its pending
    proposals (a system action of the page signals). Returns the number of shares
    retracted."""

    def __init__(self, tenant_id: int, page_id: int, reason: str):
        super().__init__(actor=None)
        self.tenant_id = tenant_id
        self.page_id = page_id
        self.reason = reason

    def prepare(self):
        self.ids = list(
            Share.objects.filter(
                source_tenant_id=self.tenant_id,
                source_page_id=self.page_id,
                status=ShareStatus.ACTIVE,
            ).values_list("pk", flat=True)
        )

    def perform(self):
        now = timezone.now()
        if self.ids:
            Share.objects.filter(pk__in=self.ids).update(
                status=ShareStatus.RETRACTED,
                retracted_at=now,
                retract_reason=self.reason,
                changed_at=now,
            )
        pending = Proposal.objects.filter(
            source_tenant_id=self.tenant_id,
            source_page_id=self.page_id,
            status=ProposalStatus.PENDING,
        )
        for proposal in list(pending):
            close_proposal(
                proposal, ProposalStatus.REJECTED, ProposalAction.REJECT, None, self.reason
            )
        return len(self.ids)

    def audit(self, result):
        if self.ids:
            self.note(AuditAction.RETRACT, self.ids)
            AuditEntry.objects.bulk_create(
                [
                    AuditEntry(
                        action=AuditAction.RETRACT, share_id=pk, detail={"reason": self.reason}
                    )
                    for pk in self.ids
                ]
            )
