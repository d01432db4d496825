"""Publication facts and the monthly figures kept from them.

``PublicationEvent`` is an append-only row per fact, written in the transaction of the change
that caused it (a page published, an item sent up the tree, a share issued, a directive
acknowledged). Events are never rewritten when the tree changes: they keep the organisation
they happened to and its path at that time.

The figures are kept incrementally in two tables (``programme.recording``):

* ``OrgMonth``: an organisation's own count per month and series;
* ``SubtreeMonth``: the same counts summed over each organisation's subtree (itself included),
  split by the kind of organisation they came from, so a roll-up of any subtree, period and
  kind filter reads at most (months x series x kinds) rows of one organisation, whatever the
  size of the subtree.

Restructuring the tree (move, merge, split, dissolve) moves these rows with the organisations
(``programme.restructure``), so a merged unit's history counts once, under its successor.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class EventKind(models.TextChoices):
    PAGE_PUBLISHED = "page_published", "Đăng tin bài"
    CAMPAIGN_PUBLISHED = "campaign_published", "Đăng chiến dịch"
    SENT_UP = "sent_up", "Gửi tin bài lên cấp trên"
    CARRIED_UP = "carried_up", "Cấp trên đăng tin bài gửi lên"
    SHARED_DOWN = "shared_down", "Chia sẻ xuống cấp dưới"
    DIRECTIVE_ACKNOWLEDGED = "directive_acknowledged", "Xác nhận chỉ đạo"


class PublicationEvent(models.Model):
    id = models.BigAutoField(primary_key=True)
    kind = models.CharField("loại", max_length=32, choices=EventKind.choices)
    occurred_at = models.DateTimeField("thời điểm", default=timezone.now)
    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.PROTECT, related_name="+"
    )
    #: The organisation's tree path when the event happened (events are never rewritten).
    org_path = models.CharField(max_length=255)
    tenant = models.ForeignKey(
        "tenants.Tenant", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    page_id = models.PositiveIntegerField(null=True, blank=True)
    share = models.ForeignKey(
        "sharing.Share", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    #: Page type ("articlepage", "campaignpage", ...) or another short product label.
    product = models.CharField(max_length=64, blank=True)
    #: For acknowledgements: whether it came in time (None where time does not apply).
    on_time = models.BooleanField(null=True, blank=True)
    #: False until its counts are in OrgMonth/SubtreeMonth (programme.recording.fold).
    folded = models.BooleanField(default=False)

    class Meta:
        verbose_name = "sự kiện xuất bản"
        verbose_name_plural = "sự kiện xuất bản"
        indexes = [
            models.Index(fields=["organization", "occurred_at"], name="prog_event_org_at"),
            models.Index(
                fields=["id"], condition=models.Q(folded=False), name="prog_event_unfolded"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.occurred_at:%d/%m/%Y}"


class OrgMonth(models.Model):
    """One organisation's own count of one series in one month."""

    id = models.BigAutoField(primary_key=True)
    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.CASCADE, related_name="+"
    )
    month = models.DateField("tháng")  # the first day of the month
    series = models.CharField(max_length=32)
    value = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "month", "series"], name="prog_orgmonth_unique"
            )
        ]

    def __str__(self):
        return f"{self.series} {self.month:%m/%Y}: {self.value}"


class SubtreeMonth(models.Model):
    """The sum of ``OrgMonth`` over an organisation's subtree (itself included), for one
    month, series and kind of the organisations counted."""

    id = models.BigAutoField(primary_key=True)
    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.CASCADE, related_name="+"
    )
    month = models.DateField("tháng")
    series = models.CharField(max_length=32)
    org_kind = models.CharField(max_length=32)
    value = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "month", "series", "org_kind"],
                name="prog_subtreemonth_unique",
            )
        ]

    def __str__(self):
        return f"{self.series} {self.month:%m/%Y} ({self.org_kind}): {self.value}"
