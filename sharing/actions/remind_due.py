from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import timezone

from sharing.actions.base import SharingAction
from sharing.actions.expire import SHARING_JOBS_LOCK_KEY
from sharing.models import AuditAction, AuditEntry, Reminder, Share, ShareStatus

AUTO_MESSAGE = "Nhắc tự động: chỉ đạo sắp hết hạn lúc {deadline:%H:%M %d/%m/%Y}, đề nghị xác nhận."


class RemindDueDirectives(SharingAction):
    """Remind the receivers of every live directive (mandatory share) whose deadline (its
    ``expires_at``) is within ``JOBS["directive_reminder_hours"]``: one system reminder to
    the scope's root per directive per day (Vietnam's calendar day). Receivers that have
    acknowledged do not see it (``sharing.inbox.reminders_for``)."""

    public = True
    lock_key = SHARING_JOBS_LOCK_KEY

    def __init__(self, *, now=None):
        super().__init__(actor=None)
        self.now = now or timezone.now()

    def perform(self) -> list[Reminder]:
        horizon = self.now + datetime.timedelta(hours=settings.JOBS["directive_reminder_hours"])
        today = timezone.localtime(self.now).replace(hour=0, minute=0, second=0, microsecond=0)
        reminded_today = Reminder.objects.filter(sent_by=None, sent_at__gte=today).values(
            "share_id"
        )
        due = (
            Share.objects.filter(
                status=ShareStatus.ACTIVE,
                mandatory=True,
                expires_at__gt=self.now,
                expires_at__lte=horizon,
            )
            .exclude(pk__in=reminded_today)
            .select_related("issuer", "scope_root")
            .order_by("expires_at", "pk")
        )
        return Reminder.objects.bulk_create(
            Reminder(
                share=share,
                target=share.scope_root,
                message=AUTO_MESSAGE.format(deadline=timezone.localtime(share.expires_at)),
                sent_at=self.now,
            )
            for share in due
        )

    def audit(self, reminders):
        AuditEntry.objects.bulk_create(
            AuditEntry(
                action=AuditAction.REMIND,
                share=r.share,
                organization=r.share.issuer,
                detail={"target": r.share.scope_root.code, "automatic": True},
            )
            for r in reminders
        )
        by_issuer: dict = {}
        for r in reminders:
            by_issuer.setdefault(r.share.issuer, []).append(r.share_id)
        for issuer, share_ids in by_issuer.items():
            self.note(AuditAction.REMIND, share_ids, organization=issuer)
