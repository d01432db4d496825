"""Lập báo cáo: create an organisation's report for a period from the figures, or take the
figures again (``regenerate``) while the report is still a draft or returned."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.roles import EDITOR
from congdoan.actions import Action
from hierarchy.models import Organization
from hierarchy.roles import require_rank
from programme import reports
from programme.actions.report_base import report_changed
from programme.metrics import FIRST_YEAR, LAST_YEAR
from programme.models import Report, ReportEvent, ReportStatus
from programme.models.reports import EDITABLE, WHOLE_YEAR


class GenerateReport(Action):
    """Returns the report; an existing editable report of the period gets fresh figures
    (its commentary is kept)."""

    public = True

    def __init__(self, organization: Organization | int, year: int, quarter: int, *, actor=None):
        super().__init__(actor=actor)
        self.org_id = organization.pk if isinstance(organization, Organization) else organization
        self.year, self.quarter = year, quarter

    def prepare(self) -> None:
        # The organisation's row lock serialises two people generating the same report.
        self.org = Organization.objects.select_for_update().get(pk=self.org_id)
        self.existing = (
            Report.objects.select_for_update()
            .filter(organization=self.org, year=self.year, quarter=self.quarter)
            .first()
        )
        # Asked before anything about the organisation's reports is said.
        require_rank(self.actor, self.org, EDITOR, "lập báo cáo định kỳ")

    def validate(self) -> None:
        if not isinstance(self.year, int) or not FIRST_YEAR <= self.year <= LAST_YEAR:
            raise ValidationError(
                f"Năm báo cáo phải trong giai đoạn {FIRST_YEAR}-{LAST_YEAR} của Chương trình."
            )
        if self.quarter not in (WHOLE_YEAR, 1, 2, 3, 4):
            raise ValidationError("Kỳ báo cáo phải là quý 1, 2, 3, 4 hoặc cả năm.")
        start = reports.period_of(self.year, self.quarter).start
        if start > timezone.localdate():
            raise ValidationError(
                f"Kỳ {reports.period_words(self.year, self.quarter)} chưa bắt đầu, chưa thể "
                "lập báo cáo."
            )
        if self.existing is not None and self.existing.status not in EDITABLE:
            raise ValidationError(
                f"Báo cáo {reports.period_words(self.year, self.quarter)} của {self.org.name} "
                f"đang ở trạng thái “{ReportStatus(self.existing.status).label}”, không thể "
                "lập lại số liệu."
            )

    def perform(self) -> Report:
        snapshot = reports.build_snapshot(self.org, self.year, self.quarter)
        now = timezone.now()
        if self.existing is not None:
            report = self.existing
            report.snapshot = snapshot
            report.generated_at = now
            report.save(update_fields=["snapshot", "generated_at", "updated_at"])
            self.action = "regenerated"
            self.from_status = report.status
            return report
        self.action, self.from_status = "created", ""
        return Report.objects.create(
            organization=self.org,
            year=self.year,
            quarter=self.quarter,
            title=reports.title_for(self.year, self.quarter),
            snapshot=snapshot,
            generated_at=now,
            due_date=reports.due_date_for(self.year, self.quarter),
            created_by=self.actor_row,
        )

    def audit(self, report) -> None:
        ReportEvent.objects.create(
            report=report,
            action=self.action,
            actor=self.actor_row,
            from_status=self.from_status,
            to_status=report.status,
            organization=self.org,
        )

    def signal(self, report) -> None:
        report_changed.send(sender=type(self), report=report, action=self.action, actor=self.actor)
