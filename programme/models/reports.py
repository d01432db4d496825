"""Periodic reports ("báo cáo định kỳ") an organisation sends to the level above.

A ``Report`` belongs to one organisation and one period (a quarter of a year, or the whole
year). It holds a frozen ``snapshot`` of every indicator's value, target and status taken
from the figures when it was generated (``programme.reports.build_snapshot``), regenerated on
request while it is still editable, and three commentary sections written by the
organisation. Its state changes only through the transitions below (django-fsm-2), called by
the actions in ``programme/actions/`` under a row lock:

    draft --submit--> submitted --approve--> approved
                        |   ^  \\--forward--> submitted (to the next level up)
                 return |   | submit
                        v   |
                       returned

Every step is a ``ReportEvent`` row (who, when, from which state to which, the reason).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django_fsm import ConcurrentTransitionMixin, FSMField, transition


class ReportStatus(models.TextChoices):
    DRAFT = "draft", "Bản nháp"
    SUBMITTED = "submitted", "Đã gửi cấp trên"
    APPROVED = "approved", "Đã được duyệt"
    RETURNED = "returned", "Bị trả lại"


#: States in which the organisation may still change the report (figures and commentary).
EDITABLE = (ReportStatus.DRAFT, ReportStatus.RETURNED)

#: ``quarter`` 0 is the whole year.
WHOLE_YEAR = 0
QUARTER_CHOICES = [(1, "Quý 1"), (2, "Quý 2"), (3, "Quý 3"), (4, "Quý 4"), (WHOLE_YEAR, "Cả năm")]

#: The commentary sections, in the order a union report writes them.
SECTIONS = [
    ("results", "Kết quả"),
    ("shortcomings", "Tồn tại, hạn chế"),
    ("proposals", "Đề xuất, kiến nghị"),
]


class Report(ConcurrentTransitionMixin, models.Model):
    organization = models.ForeignKey(
        "hierarchy.Organization",
        on_delete=models.PROTECT,
        related_name="programme_reports",
        verbose_name="đơn vị",
    )
    year = models.PositiveSmallIntegerField("năm")
    quarter = models.PositiveSmallIntegerField("kỳ", choices=QUARTER_CHOICES)
    title = models.CharField("tiêu đề", max_length=255)
    status = FSMField(
        "trạng thái", max_length=16, choices=ReportStatus.choices, default=ReportStatus.DRAFT
    )
    #: Where it was sent: the parent when submitted, the next level up when forwarded.
    recipient = models.ForeignKey(
        "hierarchy.Organization",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="programme_reports_received",
        verbose_name="gửi đến",
    )

    results = models.TextField("Kết quả", blank=True)
    shortcomings = models.TextField("Tồn tại, hạn chế", blank=True)
    proposals = models.TextField("Đề xuất, kiến nghị", blank=True)

    #: The indicators table when generated (programme.reports.build_snapshot).
    snapshot = models.JSONField(default=list)
    generated_at = models.DateTimeField("lập số liệu lúc")

    due_date = models.DateField("hạn nộp")
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)
    first_submitted_at = models.DateTimeField("gửi lần đầu lúc", null=True, blank=True)
    submitted_at = models.DateTimeField("gửi lúc", null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    #: Whether the first submission came by the due date (None until submitted).
    on_time = models.BooleanField("nộp đúng hạn", null=True, blank=True)
    decided_at = models.DateTimeField("duyệt/trả lại lúc", null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    return_reason = models.TextField("lý do trả lại", blank=True)

    class Meta:
        verbose_name = "báo cáo định kỳ"
        verbose_name_plural = "báo cáo định kỳ"
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "year", "quarter"], name="prog_report_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(quarter__gte=0, quarter__lte=4), name="prog_report_quarter"
            ),
        ]
        indexes = [
            models.Index(fields=["recipient", "status"], name="prog_report_inbox"),
        ]

    def __str__(self):
        return self.title

    @property
    def period_label(self) -> str:
        return (
            f"năm {self.year}" if self.quarter == WHOLE_YEAR else f"quý {self.quarter}/{self.year}"
        )

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE

    def sections(self) -> list[tuple[str, str, str]]:
        """(field, Vietnamese heading, text) of each commentary section."""
        return [(name, label, getattr(self, name)) for name, label in SECTIONS]

    # --- transitions (called by programme/actions only, under a row lock) ---------------

    @transition(
        field=status,
        source=[ReportStatus.DRAFT, ReportStatus.RETURNED],
        target=ReportStatus.SUBMITTED,
    )
    def submit(self):
        """Sent to the level above."""

    @transition(field=status, source=[ReportStatus.SUBMITTED], target=ReportStatus.SUBMITTED)
    def forward(self):
        """The recipient sent it on to its own level above."""

    @transition(field=status, source=[ReportStatus.SUBMITTED], target=ReportStatus.APPROVED)
    def approve(self):
        """Accepted by the level it was sent to."""

    @transition(field=status, source=[ReportStatus.SUBMITTED], target=ReportStatus.RETURNED)
    def send_back(self):
        """Returned to the organisation with a reason, to be corrected and resubmitted."""


class ReportEvent(models.Model):
    """One step of a report's life (the audit trail)."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="events")
    action = models.CharField("thao tác", max_length=16)
    at = models.DateTimeField("lúc", default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    from_status = models.CharField(max_length=16, blank=True)
    to_status = models.CharField(max_length=16, blank=True)
    #: The organisation the report was with after the step (the recipient, when sent).
    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    note = models.TextField(blank=True)

    class Meta:
        verbose_name = "lịch sử báo cáo"
        verbose_name_plural = "lịch sử báo cáo"
        ordering = ["at", "pk"]

    ACTION_LABELS = {
        "created": "Lập báo cáo",
        "regenerated": "Lập lại số liệu",
        "edited": "Sửa nhận xét",
        "submitted": "Gửi cấp trên",
        "forwarded": "Chuyển tiếp lên cấp trên",
        "approved": "Duyệt",
        "returned": "Trả lại",
        "redirected": "Chuyển nơi nhận do sắp xếp tổ chức",
    }

    def __str__(self):
        return f"{self.label} {self.at:%d/%m/%Y %H:%M}"

    @property
    def label(self) -> str:
        return self.ACTION_LABELS.get(self.action, self.action)


class ReportCount(models.Model):
    """That an organisation's report for a period has been counted into ``reports_due``
    (and ``reports_on_time`` when it came by the due date): at its first submission, or by
    the sweep after the due date when it had not come (``programme.reports.count_missing``).
    One row per organisation and period, so nothing is counted twice."""

    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.CASCADE, related_name="+"
    )
    year = models.PositiveSmallIntegerField()
    quarter = models.PositiveSmallIntegerField(choices=QUARTER_CHOICES)
    on_time = models.BooleanField()
    counted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "year", "quarter"], name="prog_reportcount_unique"
            )
        ]

    def __str__(self):
        return f"{self.organization_id} {self.quarter}/{self.year}: {self.on_time}"
