"""The actuals that do not come from publication events (``programme.voice_figures``,
``programme.actions.declare_products``, ``programme.channels``).

Each keeps a small ledger next to the figures it bumps, so that every change of the figures
is a difference against what was counted before: a case is counted once whatever happens to
it afterwards, a corrected declaration changes the figures by the difference, an
organisation's channel requirement and presence flip once per real change.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class CaseTally(models.Model):
    """One member request (question, grievance, opinion) in ``cases_due``/``cases_on_time``.

    Opened when the case is submitted, with the organisation that received it for handling
    and its first deadline; *counted* once, when it is answered or its first deadline
    passes, whichever comes first (``month``: the local month of that moment); *dropped*
    when it is merged into another case, withdrawn or erased before that."""

    class State(models.TextChoices):
        PENDING = "pending", "Chưa đến hạn"
        COUNTED = "counted", "Đã tính"
        DROPPED = "dropped", "Không tính (gộp, rút, xoá trước hạn)"

    case = models.OneToOneField("voice.Case", on_delete=models.CASCADE, related_name="+")
    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.PROTECT, related_name="+"
    )
    first_due = models.DateTimeField("hạn phản hồi đầu tiên")
    state = models.CharField(max_length=16, choices=State.choices, default=State.PENDING)
    month = models.DateField(null=True, blank=True)
    on_time = models.BooleanField(null=True, blank=True)
    settled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "yêu cầu được tính chỉ tiêu trả lời"
        verbose_name_plural = "yêu cầu được tính chỉ tiêu trả lời"
        indexes = [
            models.Index(
                fields=["first_due"],
                condition=models.Q(state="pending"),
                name="prog_casetally_pending",
            )
        ]

    def __str__(self):
        return f"Vụ việc #{self.case_id}: {self.get_state_display()}"


class ReportTally(models.Model):
    """One misinformation report in ``misinfo_reports``/``misinfo_handled``: counted in the
    local month of its receipt at the organisation handling it (moved when it is escalated),
    handled once its cluster got a verdict within ``VOICE_MISINFO_VERDICT_DAYS``."""

    case = models.OneToOneField("voice.Case", on_delete=models.CASCADE, related_name="+")
    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.PROTECT, related_name="+"
    )
    month = models.DateField()
    handled = models.BooleanField(default=False)

    class Meta:
        verbose_name = "tin báo được tính chỉ tiêu xử lý"
        verbose_name_plural = "tin báo được tính chỉ tiêu xử lý"

    def __str__(self):
        return f"Tin báo #{self.case_id} ({'đã xử lý' if self.handled else 'chưa xử lý'})"


class ProductDeclaration(models.Model):
    """What an organisation declares for a month that the platform cannot know: offline
    communication products made in the month (flows) and its stock of materials at the end
    of the month. ``*_change`` keep the stock changes already added to the figures."""

    #: Offline product counts (field, Vietnamese label), summed into ``products_total``.
    KINDS = (
        ("printed", "Bản tin, ấn phẩm in"),
        ("broadcast", "Tin, bài, phóng sự phát thanh, truyền hình"),
        ("outdoor", "Pano, áp phích, băng rôn"),
        ("events", "Sự kiện, hoạt động truyền thông trực tiếp"),
        ("other", "Sản phẩm khác (không số)"),
    )

    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.PROTECT, related_name="+"
    )
    month = models.DateField("tháng")  # the first day of the month
    printed = models.PositiveIntegerField("bản tin, ấn phẩm in", default=0)
    broadcast = models.PositiveIntegerField("tin, bài phát thanh, truyền hình", default=0)
    outdoor = models.PositiveIntegerField("pano, áp phích, băng rôn", default=0)
    events = models.PositiveIntegerField("sự kiện truyền thông trực tiếp", default=0)
    other = models.PositiveIntegerField("sản phẩm khác", default=0)
    materials_total = models.PositiveIntegerField("tổng số tài liệu", default=0)
    materials_digitised = models.PositiveIntegerField("tài liệu đã số hóa", default=0)
    materials_total_change = models.IntegerField(default=0)
    materials_digitised_change = models.IntegerField(default=0)
    note = models.TextField("ghi chú", blank=True)
    revision = models.PositiveIntegerField(default=1)
    declared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    declared_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "kê khai sản phẩm truyền thông"
        verbose_name_plural = "kê khai sản phẩm truyền thông"
        constraints = [
            models.UniqueConstraint(fields=["organization", "month"], name="prog_decl_unique"),
            models.CheckConstraint(
                condition=models.Q(materials_digitised__lte=models.F("materials_total")),
                name="prog_decl_digitised_le_total",
            ),
        ]

    def __str__(self):
        return f"Kê khai tháng {self.month:%m/%Y}"

    @property
    def products_total(self) -> int:
        return sum(getattr(self, field) for field, _ in self.KINDS)


class Platform(models.TextChoices):
    FACEBOOK = "facebook", "Fanpage Facebook"
    ZALO_OA = "zalo_oa", "Zalo OA"
    ZALO_GROUP = "zalo_group", "Nhóm Zalo"
    WEBSITE = "website", "Trang thông tin điện tử"
    YOUTUBE = "youtube", "Kênh YouTube"
    TIKTOK = "tiktok", "TikTok"
    OTHER = "other", "Kênh khác"


#: Platforms checked by fetching the address; the others are confirmed by staff.
FETCHED_PLATFORMS = (Platform.WEBSITE,)


class CheckMethod(models.TextChoices):
    FETCH = "fetch", "Kiểm tra tự động (tải trang)"
    MANUAL = "manual", "Cán bộ xác nhận đang hoạt động"


class Channel(models.Model):
    """A communication channel of an organisation (fanpage, Zalo, website...) and its last
    check."""

    organization = models.ForeignKey(
        "hierarchy.Organization",
        on_delete=models.PROTECT,
        related_name="programme_channels",
        verbose_name="đơn vị",
    )
    platform = models.CharField("loại kênh", max_length=16, choices=Platform.choices)
    url = models.URLField("địa chỉ", max_length=500)
    name = models.CharField("tên kênh", max_length=255, blank=True)
    active = models.BooleanField("đang sử dụng", default=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    last_checked_at = models.DateTimeField("kiểm tra lần cuối", null=True, blank=True)
    last_check_ok = models.BooleanField("hoạt động", null=True, blank=True)
    last_check_method = models.CharField(
        max_length=16, choices=CheckMethod.choices, blank=True, default=""
    )
    last_check_detail = models.CharField("kết quả kiểm tra", max_length=255, blank=True)
    last_checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = "kênh truyền thông"
        verbose_name_plural = "kênh truyền thông"
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "url"],
                condition=models.Q(active=True),
                name="prog_channel_unique_url",
            )
        ]
        indexes = [
            models.Index(
                fields=["last_checked_at"],
                condition=models.Q(active=True),
                name="prog_channel_check_due",
            )
        ]

    def __str__(self):
        return self.name or self.url

    @property
    def fetched(self) -> bool:
        return self.platform in FETCHED_PLATFORMS


class ChannelCheck(models.Model):
    """One check of a channel (the history behind ``Channel.last_*``)."""

    channel = models.ForeignKey(Channel, on_delete=models.CASCADE, related_name="checks")
    at = models.DateTimeField(default=timezone.now)
    method = models.CharField(max_length=16, choices=CheckMethod.choices)
    ok = models.BooleanField()
    detail = models.CharField(max_length=255, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.get_method_display()} {self.at:%d/%m/%Y %H:%M}: {self.detail}"


class ChannelState(models.Model):
    """What ``channels_required``/``channels_present`` count for an organisation now (each
    0 or 1); the figures change only when this changes (``programme.channels.reconcile``)."""

    organization = models.OneToOneField(
        "hierarchy.Organization", on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    required = models.BooleanField(default=False)
    present = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Đơn vị #{self.organization_id}: {self.required}/{self.present}"
