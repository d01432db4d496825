"""Periodic sharing jobs: expired shares announced once, directive reminders once a day."""

import datetime

from django.utils import timezone

import jobs
from sharing.actions import RemindDueDirectives
from sharing.inbox import reminders_for
from sharing.models import AuditEntry, Reminder, Share
from sharing.scope import receiver_for
from sharing.signals import share_changed
from tests.sharing.factories import make_share


def _listen():
    received = []

    def receiver(sender, action, share_ids, organization_id, actor, **kwargs):
        received.append((action, share_ids, actor))

    share_changed.connect(receiver, weak=False, dispatch_uid="test-jobs-listen")
    return received


def test_expired_share_is_announced_once(org_tree):
    t = org_tree
    share = make_share(t["tld"], expires_at=timezone.now() + datetime.timedelta(hours=1))
    lasting = make_share(t["tld"])
    Share.objects.filter(pk=share.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    received = _listen()
    try:
        jobs.defer("sharing.expire_shares")
        jobs.run_due_jobs()
        jobs.defer("sharing.expire_shares")
        jobs.run_due_jobs()
    finally:
        share_changed.disconnect(dispatch_uid="test-jobs-listen")
    assert received == [("expire", [share.pk], None)]
    assert AuditEntry.objects.filter(share=share, action="expire").count() == 1
    assert not AuditEntry.objects.filter(share=lasting, action="expire").exists()


def test_directive_near_its_deadline_is_reminded_once_per_day(org_tree):
    t = org_tree
    now = timezone.now()
    directive = make_share(
        t["tld"], t["ua1"], mandatory=True, expires_at=now + datetime.timedelta(hours=30)
    )
    far = make_share(t["tld"], mandatory=True, expires_at=now + datetime.timedelta(days=10))
    optional = make_share(t["tld"], expires_at=now + datetime.timedelta(hours=5))

    received = _listen()
    try:
        jobs.defer("sharing.remind_due_directives")
        jobs.run_due_jobs()
    finally:
        share_changed.disconnect(dispatch_uid="test-jobs-listen")
    assert received == [("remind", [directive.pk], None)]
    reminder = Reminder.objects.get(share=directive)
    assert reminder.sent_by is None and "sắp hết hạn" in reminder.message
    assert [r.share_id for r in reminders_for(receiver_for(t["g1"]))] == [directive.pk]
    assert not Reminder.objects.filter(share__in=[far, optional]).exists()

    # Again the same day: nothing new; the next day: one more.
    assert RemindDueDirectives(now=now).execute() == []
    tomorrow = timezone.localtime(now).replace(hour=0, minute=1) + datetime.timedelta(days=1)
    assert [r.share_id for r in RemindDueDirectives(now=tomorrow).execute()] == [directive.pk]
    assert Reminder.objects.filter(share=directive).count() == 2
