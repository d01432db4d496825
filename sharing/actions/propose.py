from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.roles import EDITOR
from hierarchy.roles import require_rank
from sharing.actions.base import SharingAction, add_step, parent_of, parse_dt
from sharing.models import AuditAction, Proposal, ProposalAction, ProposalStatus
from sharing.permissions import content_org_for_page
from sharing.snapshot import build_snapshot


class ProposePage(SharingAction):
    """Propose the live ``page`` (active tenant) to the parent of its organisation."""

    def __init__(self, page, *, actor, note: str = ""):
        super().__init__(actor=actor)
        self.page = page
        self.note = (note or "").strip()

    def prepare(self):
        self.tenant = self.current_tenant()
        self.page = self.page.specific

    def validate(self):
        if not self.page.live:
            raise ValidationError("Chỉ đề xuất được trang đang xuất bản.")
        self.proposer = content_org_for_page(self.page, self.tenant)
        self.parent = parent_of(self.proposer)
        if self.parent is None:
            raise ValidationError(f"{self.proposer.name} không có đơn vị cấp trên để đề xuất.")

    def check_permission(self):
        require_rank(self.actor, self.proposer, EDITOR, "đề xuất bài lên cấp trên")

    def perform(self):
        if Proposal.objects.filter(
            source_tenant=self.tenant, source_page_id=self.page.pk, status=ProposalStatus.PENDING
        ).exists():
            raise ValidationError("Bài này đang chờ cấp trên duyệt.")
        snapshot = build_snapshot(self.page)
        proposal = Proposal.objects.create(
            proposer=self.proposer,
            current_org=self.parent,
            source_tenant=self.tenant,
            source_page_id=self.page.pk,
            title=snapshot["title"][:255],
            published_at=parse_dt(snapshot.get("date")) or timezone.now(),
            revision_id=snapshot["revision_id"],
            snapshot=snapshot,
            note=self.note,
            created_by=self.actor_row,
        )
        add_step(proposal, self.proposer, ProposalAction.PROPOSE, self.actor, proposal.note)
        return proposal

    def audit(self, proposal):
        self.record(
            AuditAction.PROPOSE,
            proposal=proposal,
            organization=self.proposer,
            to=self.parent.code,
        )
