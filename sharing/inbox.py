"""A receiving organisation's view of what reached it (the admin inbox)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Exists, F, FilteredRelation, OuterRef, Q, QuerySet, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from sharing.models import Receipt, Reminder, Share
from sharing.scope import Receiver, inbound_q
from sharing.snapshot import text_of


def upstream_changed(receipt: Receipt | None, share: Share) -> bool:
    """The source changed (re-published with other text, or corrected) since the fork."""
    if receipt is None or not receipt.is_forked:
        return False
    if receipt.fork_base != text_of(share.snapshot):
        return True
    return bool(share.corrected_at and receipt.forked_at and share.corrected_at > receipt.forked_at)


TABS = [
    ("", "Đang nhận"),
    ("moi", "Mới"),
    ("cap-nhat", "Cập nhật từ cấp trên"),
    ("cho-xac-nhan", "Chỉ đạo chờ xác nhận"),
    ("bai-rieng", "Đã tạo bài riêng"),
    ("da-an", "Đã ẩn"),
    ("het-han", "Đã hết hạn"),
]


def _conditions(now) -> dict[str, Q]:
    live = Q(expires_at__isnull=True) | Q(expires_at__gt=now)
    return {
        "": live & Q(r_hidden=False),
        "moi": live & Q(r_hidden=False) & Q(mine__seen_at__isnull=True),
        "cap-nhat": Q(mine__seen_at__isnull=False) & Q(changed_at__gt=F("mine__seen_at")),
        "cho-xac-nhan": live & Q(mandatory=True) & Q(mine__acknowledged_at__isnull=True),
        "bai-rieng": Q(mine__fork_page_id__isnull=False),
        "da-an": Q(r_hidden=True),
        "het-han": ~live,
    }


def inbox_queryset(receiver: Receiver, now=None) -> QuerySet[Share]:
    """Every active share that reaches the organisation (expired ones too), with this
    organisation's receipt joined as ``mine``; pinned first, newest first."""
    org = receiver.org
    return (
        Share.objects.filter(inbound_q(receiver, now, include_expired=True))
        .alias(mine=FilteredRelation("receipts", condition=Q(receipts__organization_id=org.pk)))
        .annotate(
            r_hidden=Coalesce(F("mine__hidden"), Value(False)),
            r_pinned=Coalesce(F("mine__pinned"), Value(False)),
        )
        .select_related("issuer", "source_org")
        .order_by("-r_pinned", "-published_at", "-id")
    )


def tab_counts(receiver: Receiver, now=None) -> dict[str, int]:
    """How many items each tab holds (one aggregate statement)."""
    now = now or timezone.now()
    conditions = _conditions(now)
    keys = {key: f"t{i}" for i, key in enumerate(conditions)}
    counts = (
        inbox_queryset(receiver, now)
        .order_by()
        .aggregate(**{keys[key]: Count("pk", filter=cond) for key, cond in conditions.items()})
    )
    return {key: counts[alias] for key, alias in keys.items()}


def filtered(receiver: Receiver, tab: str, now=None) -> QuerySet[Share]:
    now = now or timezone.now()
    return inbox_queryset(receiver, now).filter(_conditions(now).get(tab, _conditions(now)[""]))


@dataclass
class InboxItem:
    share: Share
    receipt: Receipt | None
    now: object

    @property
    def is_new(self) -> bool:
        return self.receipt is None or self.receipt.seen_at is None

    @property
    def is_updated(self) -> bool:
        r = self.receipt
        return bool(r and r.seen_at and self.share.changed_at > r.seen_at)

    @property
    def pending_acknowledgement(self) -> bool:
        return self.share.mandatory and not (self.receipt and self.receipt.acknowledged_at)

    @property
    def is_expired(self) -> bool:
        return self.share.expires_at is not None and self.share.expires_at <= self.now

    @property
    def upstream_changed(self) -> bool:
        return upstream_changed(self.receipt, self.share)


def items(receiver: Receiver, shares) -> list[InboxItem]:
    """Wrap a page of shares with this organisation's receipts (one query)."""
    shares = list(shares)
    receipts = {
        r.share_id: r
        for r in Receipt.objects.filter(
            organization=receiver.org, share_id__in=[s.pk for s in shares]
        )
    }
    now = timezone.now()
    return [InboxItem(s, receipts.get(s.pk), now) for s in shares]


def reminders_for(receiver: Receiver, now=None) -> list[Reminder]:
    """Reminders addressed to the organisation's subtree for directives it still has to
    acknowledge."""
    now = now or timezone.now()
    pending = (
        Share.objects.filter(inbound_q(receiver, now), mandatory=True)
        .filter(
            ~Exists(
                Receipt.objects.filter(
                    share=OuterRef("pk"),
                    organization_id=receiver.org.pk,
                    acknowledged_at__isnull=False,
                )
            )
        )
        .values("pk")
    )
    return list(
        Reminder.objects.filter(target_id__in=receiver.ancestor_ids, share_id__in=pending)
        .select_related("share", "share__issuer")
        .order_by("-sent_at")[:20]
    )
