from __future__ import annotations

from django.utils import timezone

from sharing.actions.base import SharingAction
from sharing.models import AuditAction, AuditEntry, Share, ShareStatus

#: Serialises the periodic sharing jobs (expiry, automatic reminders) across workers.
SHARING_JOBS_LOCK_KEY = 0x5348_4A42


class ExpireShares(SharingAction):
    """Announce the shares whose expiry time has passed (system action of the periodic
    job in sharing/jobs.py). Feeds already leave an expired share out by its ``expires_at``;
    this records the expiry once per share and sends ``share_changed(action="expire")`` so
    caches and webhooks learn of it."""

    public = True
    lock_key = SHARING_JOBS_LOCK_KEY

    def __init__(self, *, now=None, limit: int = 500):
        super().__init__(actor=None)
        self.now = now or timezone.now()
        self.limit = limit

    def perform(self) -> list[Share]:
        announced = AuditEntry.objects.filter(action=AuditAction.EXPIRE).values("share_id")
        return list(
            Share.objects.filter(
                status=ShareStatus.ACTIVE, expires_at__isnull=False, expires_at__lte=self.now
            )
            .exclude(pk__in=announced)
            .select_related("issuer")
            .order_by("expires_at", "pk")[: self.limit]
        )

    def audit(self, shares):
        AuditEntry.objects.bulk_create(
            AuditEntry(
                action=AuditAction.EXPIRE,
                share=share,
                organization=share.issuer,
                detail={"expires_at": share.expires_at.isoformat()},
            )
            for share in shares
        )
        by_issuer: dict = {}
        for share in shares:
            by_issuer.setdefault(share.issuer, []).append(share.pk)
        for issuer, share_ids in by_issuer.items():
            self.note(AuditAction.EXPIRE, share_ids, organization=issuer)
