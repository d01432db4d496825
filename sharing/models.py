"""Content shared down the organisation tree, stored once in the public schema.

* ``Share``: ONE row per shared item, whatever the number of organisations it reaches: the
  source page (tenant + page id), a snapshot of what frontends need, and the scope (a root
  organisation, optional level/kind filters, explicit include/exclude lists of ids).
* ``Receipt``: what one receiving organisation did with one share (seen, acknowledged,
  hidden, pinned, forked into a local page). A row exists only where a receiver acted.
* ``Proposal`` / ``ProposalStep``: a story proposed bottom-up and its approval chain.
* ``Reminder``: "acknowledge this directive", addressed to the laggards of a subtree.
* ``AuditEntry``: every share, update, correction, retraction, receiver action and fork.

Which organisations a share reaches is never stored: ``sharing.scope`` resolves it from the
materialised path of the tree, so organisations that join or leave a subtree gain or lose
its shares without any write.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import Q
from django.utils import timezone


class ShareStatus(models.TextChoices):
    ACTIVE = "active", "Đang chia sẻ"
    RETRACTED = "retracted", "Đã thu hồi"


class Share(models.Model):
    """A published page shared with a scope of organisations below its issuer."""

    issuer = models.ForeignKey(
        "hierarchy.Organization",
        on_delete=models.PROTECT,
        related_name="shares_issued",
        verbose_name="đơn vị chia sẻ",
    )
    source_org = models.ForeignKey(
        "hierarchy.Organization",
        on_delete=models.PROTECT,
        related_name="shares_sourced",
        verbose_name="đơn vị đăng bài gốc",
    )
    source_tenant = models.ForeignKey(
        "tenants.Tenant", on_delete=models.PROTECT, related_name="+", verbose_name="trang nguồn"
    )
    source_page_id = models.PositiveIntegerField("ID trang nguồn")

    scope_root = models.ForeignKey(
        "hierarchy.Organization",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="gốc phạm vi",
    )
    levels = ArrayField(models.PositiveSmallIntegerField(), default=list, blank=True)
    kinds = ArrayField(models.CharField(max_length=32), default=list, blank=True)
    # Receivers must have an ancestor (or be one) of one of these kinds, e.g. grassroots
    # unions in industrial zones = levels [4] + under_kinds ["industrial_zone_union"].
    under_kinds = ArrayField(models.CharField(max_length=32), default=list, blank=True)
    include_ids = ArrayField(models.BigIntegerField(), default=list, blank=True)
    exclude_ids = ArrayField(models.BigIntegerField(), default=list, blank=True)

    mandatory = models.BooleanField("chỉ đạo (bắt buộc đăng và xác nhận)", default=False)
    expires_at = models.DateTimeField("hết hạn lúc", null=True, blank=True)
    status = models.CharField(
        "trạng thái", max_length=16, choices=ShareStatus.choices, default=ShareStatus.ACTIVE
    )

    # Snapshot of the source's live revision; ``snapshot`` holds every field frontends read.
    title = models.CharField("tiêu đề", max_length=255)
    published_at = models.DateTimeField("ngày đăng")
    revision_id = models.PositiveIntegerField("phiên bản", null=True, blank=True)
    snapshot = models.JSONField("ảnh chụp nội dung", default=dict)
    changed_at = models.DateTimeField("thay đổi lúc", default=timezone.now)

    correction = models.TextField("đính chính", blank=True)
    corrected_at = models.DateTimeField(null=True, blank=True)

    proposal = models.ForeignKey(
        "Proposal", on_delete=models.SET_NULL, null=True, blank=True, related_name="shares"
    )
    created_at = models.DateTimeField("chia sẻ lúc", default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    retracted_at = models.DateTimeField("thu hồi lúc", null=True, blank=True)
    retracted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    retract_reason = models.CharField("lý do thu hồi", max_length=500, blank=True)

    class Meta:
        verbose_name = "nội dung chia sẻ"
        verbose_name_plural = "nội dung chia sẻ"
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(
                fields=["scope_root", "-published_at"],
                condition=Q(status="active"),
                name="share_live_root",
            ),
            # No fast-update pending list: shares are written rarely, read on every feed.
            GinIndex(
                fields=["include_ids"],
                condition=Q(status="active"),
                name="share_live_incl",
                fastupdate=False,
            ),
            models.Index(fields=["source_tenant", "source_page_id"], name="share_source_page"),
            models.Index(fields=["issuer", "-created_at"], name="share_issuer"),
        ]

    def __str__(self):
        return self.title

    @property
    def is_live(self) -> bool:
        return self.status == ShareStatus.ACTIVE and not self.is_expired

    @property
    def is_expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= timezone.now()


class Receipt(models.Model):
    """One receiving organisation's decisions on one share (only where it acted).

    A fork is the receiver's local page (``fork_page_id`` in ``fork_tenant``'s schema) with
    the share revision and the text it was made from, to tell "upstream changed" and diff.
    """

    # Only composite indexes (share, organization) and (organization, share): with a
    # share-only index a stale row estimate can make the planner scan all of a share's
    # receipts once per organisation in the compliance report.
    share = models.ForeignKey(
        Share, on_delete=models.CASCADE, related_name="receipts", db_index=False
    )
    organization = models.ForeignKey(
        "hierarchy.Organization",
        on_delete=models.CASCADE,
        related_name="share_receipts",
        db_index=False,
    )
    seen_at = models.DateTimeField("đã xem lúc", null=True, blank=True)
    acknowledged_at = models.DateTimeField("xác nhận lúc", null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    hidden = models.BooleanField("ẩn", default=False)
    pinned = models.BooleanField("ghim", default=False)
    fork_tenant = models.ForeignKey(
        "tenants.Tenant", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    fork_page_id = models.PositiveIntegerField(null=True, blank=True)
    fork_revision_id = models.PositiveIntegerField(null=True, blank=True)
    fork_base = models.JSONField(default=dict, blank=True)
    forked_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "thao tác của đơn vị nhận"
        verbose_name_plural = "thao tác của đơn vị nhận"
        constraints = [
            models.UniqueConstraint(fields=["share", "organization"], name="uniq_share_receipt")
        ]
        indexes = [models.Index(fields=["organization", "share"], name="receipt_org_share")]

    def __str__(self):
        return f"{self.organization_id} – {self.share_id}"

    @property
    def is_forked(self) -> bool:
        return self.fork_page_id is not None


class ProposalStatus(models.TextChoices):
    PENDING = "pending", "Chờ duyệt"
    APPROVED = "approved", "Đã duyệt"
    REJECTED = "rejected", "Bị từ chối"


class Proposal(models.Model):
    """A story a lower organisation proposes upward; ``current_org`` decides next."""

    proposer = models.ForeignKey(
        "hierarchy.Organization",
        on_delete=models.PROTECT,
        related_name="proposals_made",
        verbose_name="đơn vị đề xuất",
    )
    current_org = models.ForeignKey(
        "hierarchy.Organization",
        on_delete=models.PROTECT,
        related_name="proposals_to_decide",
        verbose_name="đơn vị đang xét duyệt",
    )
    source_tenant = models.ForeignKey("tenants.Tenant", on_delete=models.PROTECT, related_name="+")
    source_page_id = models.PositiveIntegerField()
    title = models.CharField("tiêu đề", max_length=255)
    published_at = models.DateTimeField()
    revision_id = models.PositiveIntegerField(null=True, blank=True)
    snapshot = models.JSONField(default=dict)
    note = models.TextField("lời nhắn", blank=True)
    status = models.CharField(
        "trạng thái",
        max_length=16,
        choices=ProposalStatus.choices,
        default=ProposalStatus.PENDING,
    )
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "đề xuất bài viết"
        verbose_name_plural = "đề xuất bài viết"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["current_org", "status"], name="proposal_current")]

    def __str__(self):
        return self.title


class ProposalAction(models.TextChoices):
    PROPOSE = "propose", "Đề xuất"
    FORWARD = "forward", "Duyệt và chuyển lên cấp trên"
    APPROVE = "approve", "Duyệt"
    REJECT = "reject", "Từ chối"


class ProposalStep(models.Model):
    """One step of a proposal's chain, never updated."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="steps")
    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.PROTECT, related_name="+"
    )
    action = models.CharField(max_length=16, choices=ProposalAction.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self):
        return f"{self.get_action_display()} ({self.at:%Y-%m-%d})"


class Reminder(models.Model):
    """Acknowledge directive ``share``: addressed to every laggard in ``target``'s subtree
    (one row, however many laggards)."""

    share = models.ForeignKey(Share, on_delete=models.CASCADE, related_name="reminders")
    target = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.CASCADE, related_name="share_reminders"
    )
    message = models.CharField("lời nhắc", max_length=500, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "nhắc xác nhận"
        verbose_name_plural = "nhắc xác nhận"
        indexes = [models.Index(fields=["target", "share"], name="reminder_target")]

    def __str__(self):
        return f"Nhắc xác nhận: {self.share_id} → {self.target_id}"


class AuditAction(models.TextChoices):
    SHARE = "share", "Chia sẻ"
    UPDATE = "update", "Cập nhật từ bài gốc"
    CORRECT = "correct", "Đính chính"
    RETRACT = "retract", "Thu hồi"
    ACKNOWLEDGE = "acknowledge", "Xác nhận đã nhận"
    SEEN = "seen", "Đánh dấu đã xem"
    HIDE = "hide", "Ẩn"
    UNHIDE = "unhide", "Bỏ ẩn"
    PIN = "pin", "Ghim"
    UNPIN = "unpin", "Bỏ ghim"
    FORK = "fork", "Tạo bài riêng từ bài chia sẻ"
    FORK_SYNC = "fork_sync", "Ghi nhận thay đổi từ bài gốc"
    FORK_DELETED = "fork_deleted", "Bài riêng đã bị xóa"
    PROPOSE = "propose", "Đề xuất lên cấp trên"
    FORWARD = "forward", "Duyệt và chuyển lên cấp trên"
    APPROVE = "approve", "Duyệt đề xuất"
    REJECT = "reject", "Từ chối đề xuất"
    REMIND = "remind", "Nhắc xác nhận"
    MERGE = "merge", "Chuyển theo hợp nhất đơn vị"
    RELOCATE = "relocate", "Trang nguồn chuyển sang trang khác"
    EXPIRE = "expire", "Hết hạn"


class AuditEntry(models.Model):
    """What happened, to which share or proposal, on behalf of which organisation."""

    action = models.CharField("thao tác", max_length=16, choices=AuditAction.choices)
    at = models.DateTimeField("lúc", default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    share = models.ForeignKey(
        Share, on_delete=models.CASCADE, null=True, blank=True, related_name="audit"
    )
    proposal = models.ForeignKey(
        Proposal, on_delete=models.CASCADE, null=True, blank=True, related_name="audit"
    )
    organization = models.ForeignKey(
        "hierarchy.Organization",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="đơn vị",
    )
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = "nhật ký chia sẻ"
        verbose_name_plural = "nhật ký chia sẻ"
        ordering = ["-at", "-id"]
        indexes = [
            models.Index(fields=["share", "at"], name="audit_share"),
            models.Index(fields=["organization", "at"], name="audit_org"),
        ]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_action_display()}"


class InboxVisit(models.Model):
    """When an account last opened one organisation's inbox: the "new items" badge counts
    what reached the organisation after it. One row per (account, organisation), written
    only when the inbox is opened (like receipts, a row exists only where someone acted)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.CASCADE, related_name="+"
    )
    seen_at = models.DateTimeField("mở hộp thư lúc")

    class Meta:
        verbose_name = "lần mở hộp thư chia sẻ"
        verbose_name_plural = "lần mở hộp thư chia sẻ"
        constraints = [
            models.UniqueConstraint(fields=["user", "organization"], name="uniq_inbox_visit")
        ]

    def __str__(self):
        return f"{self.user} – {self.organization} – {self.seen_at:%d/%m/%Y %H:%M}"
