"""What is new in an inbox, and the notices (retractions, corrections) receivers see.

"New" for an account and a receiving organisation: live, not hidden, not yet marked seen
by the organisation (no receipt with ``seen_at``), and shared, corrected or retracted after
the account last opened that organisation's inbox (``InboxVisit``; never opened: every
such item). The badge in the admin menu and the dashboard panel add this up over the
organisations the account acts for on this tenant. Opening the inbox writes or updates one
``InboxVisit`` row (``mark_inbox_opened``): nothing is stored per item.

A retracted share no longer reaches anyone (``scope.inbound_q`` only selects active
shares), but its receivers must learn why: ``reached_q`` is the same scope rule without the
status test, used to show "Đã thu hồi: <lý do>" in the inbox and on the item's page.
"""

from __future__ import annotations

import datetime

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from sharing.models import InboxVisit, Receipt, Share, ShareStatus
from sharing.scope import Receiver, inbound_q

# Retractions older than this no longer appear as notices in the inbox list.
NOTICE_DAYS = 30


def reached_q(receiver: Receiver) -> Q:
    """Shares whose scope covers ``receiver`` whatever their status or expiry."""
    org, ids = receiver.org, receiver.ancestor_ids
    in_scope = (
        Q(scope_root_id__in=ids)
        & (Q(levels=[]) | Q(levels__contains=[org.level]))
        & (Q(kinds=[]) | Q(kinds__contains=[org.kind]))
        & (Q(under_kinds=[]) | Q(under_kinds__overlap=receiver.ancestor_kinds))
        & ~Q(exclude_ids__overlap=ids)
    )
    return (
        (in_scope | Q(include_ids__contains=[org.pk]))
        & ~Q(source_org_id=org.pk)
        & ~Q(issuer_id=org.pk)
    )


def last_opened(user, org) -> datetime.datetime | None:
    return (
        InboxVisit.objects.filter(user=user, organization=org)
        .values_list("seen_at", flat=True)
        .first()
    )


def new_items(user, receiver: Receiver, now=None) -> QuerySet[Share]:
    """Live shares reaching the organisation that are new to ``user`` (see module doc)."""
    now = now or timezone.now()
    org = receiver.org
    acted = Receipt.objects.filter(share=OuterRef("pk"), organization_id=org.pk)
    qs = Share.objects.filter(inbound_q(receiver, now)).filter(
        ~Exists(acted.filter(hidden=True)), ~Exists(acted.filter(seen_at__isnull=False))
    )
    since = last_opened(user, org)
    if since is not None:
        qs = qs.filter(Q(created_at__gt=since) | Q(corrected_at__gt=since))
    return qs


def new_count(user, receiver: Receiver, now=None) -> int:
    return new_items(user, receiver, now).count()


def retracted_since(user, receiver: Receiver) -> int:
    """Retractions of shares that reached the organisation since ``user`` last opened it."""
    since = last_opened(user, receiver.org)
    if since is None:
        return 0
    return Share.objects.filter(
        reached_q(receiver), status=ShareStatus.RETRACTED, retracted_at__gt=since
    ).count()


def mark_inbox_opened(user, org, now=None) -> InboxVisit:
    """Record that ``user`` opened ``org``'s inbox now (one upsert)."""
    visit, _ = InboxVisit.objects.update_or_create(
        user=user, organization=org, defaults={"seen_at": now or timezone.now()}
    )
    return visit


def retraction_notices(receiver: Receiver, now=None) -> QuerySet[Share]:
    """Shares retracted in the last ``NOTICE_DAYS`` days that reached the organisation."""
    now = now or timezone.now()
    return (
        Share.objects.filter(
            reached_q(receiver),
            status=ShareStatus.RETRACTED,
            retracted_at__gt=now - datetime.timedelta(days=NOTICE_DAYS),
        )
        .select_related("issuer")
        .order_by("-retracted_at")[:20]
    )


def unread_total(user, tenant) -> int:
    """New items over every organisation ``user`` acts for on ``tenant`` (first ten)."""
    from sharing.scope import receiver_for
    from sharing.views import receiving_orgs

    total = 0
    for org in receiving_orgs(user, tenant)[:10]:
        receiver = receiver_for(org)
        total += new_count(user, receiver) + retracted_since(user, receiver)
    return total
