from __future__ import annotations

from django.core.exceptions import ValidationError

from accounts.roles import EDITOR
from hierarchy.roles import require_rank
from sharing.actions.base import SharingAction, add_step, close_proposal, parent_of
from sharing.actions.issue import IssueShare
from sharing.models import AuditAction, Proposal, ProposalAction, ProposalStatus
from sharing.scope import ScopeSpec


class DecideProposal(SharingAction):
    """``forward`` (approve here and send to the next level up), ``approve`` (optionally
    sharing it down ``scope`` from the approving organisation, through ``IssueShare``) or
    ``reject`` (with a reason). Returns the proposal, and the share when one was created."""

    def __init__(
        self,
        proposal: Proposal,
        decision: str,
        *,
        actor,
        note: str = "",
        scope: ScopeSpec | None = None,
        mandatory: bool = False,
        expires_at=None,
    ):
        super().__init__(actor=actor)
        self.proposal = proposal
        self.decision = decision
        self.note = (note or "").strip()
        self.scope = scope
        self.mandatory = mandatory
        self.expires_at = expires_at

    def prepare(self):
        self.proposal = (
            Proposal.objects.select_for_update()
            .select_related("current_org", "proposer")
            .get(pk=self.proposal.pk)
        )
        self.org = self.proposal.current_org

    def share_action(self) -> IssueShare | None:
        """The share an approval sends down (None: no share), checked with the decision so
        a confirmation screen refuses a bad scope before anything is written."""
        if self.decision != ProposalAction.APPROVE or self.scope is None:
            return None
        return IssueShare(
            issuer=self.org,
            source_org=self.proposal.proposer,
            source_tenant=self.proposal.source_tenant,
            source_page_id=self.proposal.source_page_id,
            snapshot=self.proposal.snapshot,
            scope=self.scope,
            mandatory=self.mandatory,
            expires_at=self.expires_at,
            actor=self.actor,
            proposal=self.proposal,
        )

    def validate(self):
        if self.proposal.status != ProposalStatus.PENDING:
            raise ValidationError("Đề xuất này đã được xử lý.")
        if (share := self.share_action()) is not None:
            share.validate()

    def check_permission(self):
        require_rank(self.actor, self.org, EDITOR, f"xét duyệt đề xuất gửi tới {self.org.name}")
        if (share := self.share_action()) is not None:
            share.check_permission()

    def perform(self):
        proposal, org, actor, note = self.proposal, self.org, self.actor, self.note
        share = None
        if self.decision == ProposalAction.FORWARD:
            parent = parent_of(org)
            if parent is None:
                raise ValidationError(f"{org.name} là cấp cao nhất: hãy duyệt hoặc từ chối.")
            add_step(proposal, org, ProposalAction.FORWARD, actor, note)
            Proposal.objects.filter(pk=proposal.pk).update(current_org=parent)
            self.record(AuditAction.FORWARD, proposal=proposal, organization=org, to=parent.code)
        elif self.decision == ProposalAction.APPROVE:
            close_proposal(proposal, ProposalStatus.APPROVED, ProposalAction.APPROVE, actor, note)
            if (action := self.share_action()) is not None:
                share = action.execute()
        elif self.decision == ProposalAction.REJECT:
            if not note:
                raise ValidationError("Hãy ghi lý do từ chối để đơn vị đề xuất biết.")
            close_proposal(proposal, ProposalStatus.REJECTED, ProposalAction.REJECT, actor, note)
        else:
            raise ValidationError(f"Quyết định {self.decision!r} không hợp lệ.")
        proposal.refresh_from_db()
        return proposal, share
