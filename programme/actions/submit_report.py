"""Gửi cấp trên: the organisation's admin sends the report to its parent organisation.

The first submission counts once into the series ``reports_due`` and, when it came by the
due date, ``reports_on_time`` (month of the due date); a resubmission after a return, or a
report the sweep after the due date already counted as missing, does not count again
(``programme.reports.count_submission``)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone

from hierarchy.models import Organization
from hierarchy.roles import require_admin
from programme.actions.report_base import ReportAction
from programme.models.reports import EDITABLE
from programme.reports import count_submission


class SubmitReport(ReportAction):
    action = "submitted"

    def validate(self) -> None:
        self.require_status(EDITABLE, "gửi báo cáo")
        org = self.report.organization
        if not self.report.results.strip():
            raise ValidationError("Phần “Kết quả” chưa có nội dung; hãy viết trước khi gửi.")
        if not org.is_active:
            raise ValidationError(
                f"{org.name} không còn hoạt động ({org.get_status_display().lower()}); "
                "không thể gửi báo cáo."
            )
        self.parent = Organization.objects.filter(path=org.parent_path).first()
        if len(org.path) <= org.steplen or self.parent is None:
            raise ValidationError(f"{org.name} không có đơn vị cấp trên để gửi báo cáo.")
        if not self.parent.is_active:
            raise ValidationError(
                f"Đơn vị cấp trên {self.parent.name} không còn hoạt động "
                f"({self.parent.get_status_display().lower()}); không thể gửi báo cáo."
            )

    def check_permission(self) -> None:
        require_admin(self.actor, self.report.organization, "gửi báo cáo lên cấp trên")

    def perform(self):
        report, now = self.report, timezone.now()
        report.submit()
        report.recipient = self.parent
        report.submitted_at, report.submitted_by = now, self.actor_row
        report.return_reason = ""
        fields = ["status", "recipient", "submitted_at", "submitted_by", "return_reason"]
        if report.first_submitted_at is None:
            report.first_submitted_at = now
            report.on_time = timezone.localdate(now) <= report.due_date
            fields += ["first_submitted_at", "on_time"]
        report.save(update_fields=[*fields, "updated_at"])
        count_submission(report)
        return report
