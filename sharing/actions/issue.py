from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.roles import EDITOR, MODERATOR
from hierarchy.roles import require_rank
from sharing.actions.base import SharingAction, parse_dt, require_active_org
from sharing.models import AuditAction, Share
from sharing.scope import ScopeSpec, validate_scope


class IssueShare(SharingAction):
    """Issue one share row from ``issuer`` down ``scope`` with a ready ``snapshot`` (the
    receivers are never written: ``sharing.scope`` resolves them). A mandatory directive
    needs a moderator."""

    def __init__(
        self,
        *,
        issuer,
        source_org,
        source_tenant,
        source_page_id,
        snapshot: dict,
        scope: ScopeSpec,
        mandatory: bool = False,
        expires_at=None,
        actor,
        proposal=None,
    ):
        super().__init__(actor=actor)
        self.issuer = issuer
        self.source_org = source_org
        self.source_tenant = source_tenant
        self.source_page_id = source_page_id
        self.snapshot = snapshot
        self.scope = scope
        self.mandatory = mandatory
        self.expires_at = expires_at
        self.proposal = proposal

    def validate(self):
        require_active_org(self.issuer)
        validate_scope(self.issuer, self.scope)
        if self.expires_at is not None and self.expires_at <= timezone.now():
            raise ValidationError("Thời hạn phải ở tương lai.")

    def check_permission(self):
        require_rank(
            self.actor,
            self.issuer,
            MODERATOR if self.mandatory else EDITOR,
            "ban hành chỉ đạo bắt buộc" if self.mandatory else "chia sẻ nội dung xuống cấp dưới",
        )

    def perform(self):
        scope, snapshot, now = self.scope, self.snapshot, timezone.now()
        return Share.objects.create(
            issuer=self.issuer,
            source_org=self.source_org,
            source_tenant=self.source_tenant,
            source_page_id=self.source_page_id,
            **scope.share_fields(),
            mandatory=self.mandatory,
            expires_at=self.expires_at,
            title=(snapshot.get("title") or "")[:255],
            published_at=parse_dt(snapshot.get("date")) or now,
            revision_id=snapshot.get("revision_id"),
            snapshot=snapshot,
            changed_at=now,
            created_at=now,
            created_by=self.actor_row,
            proposal=self.proposal,
        )

    def audit(self, share):
        scope = self.scope
        self.record(
            AuditAction.SHARE,
            share=share,
            organization=self.issuer,
            scope_root=scope.root.code,
            levels=share.levels,
            kinds=share.kinds,
            under_kinds=share.under_kinds,
            include=[o.code for o in scope.include],
            exclude=[o.code for o in scope.exclude],
            mandatory=self.mandatory,
            expires_at=self.expires_at.isoformat() if self.expires_at else None,
            revision_id=share.revision_id,
        )
