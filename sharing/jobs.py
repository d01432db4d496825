"""Periodic jobs of sharing: share expiry and automatic directive reminders."""

from django.conf import settings

import jobs
from sharing.actions import ExpireShares, RemindDueDirectives


@jobs.periodic(cron=settings.JOBS["share_expiry_cron"], name="sharing.expire_shares")
def expire_shares():
    """Announce newly expired shares (``share_changed`` action "expire")."""
    return len(ExpireShares().execute())


@jobs.periodic(cron=settings.JOBS["directive_reminders_cron"], name="sharing.remind_due_directives")
def remind_due_directives():
    """Remind receivers of directives near their deadline, once per directive per day."""
    return len(RemindDueDirectives().execute())
