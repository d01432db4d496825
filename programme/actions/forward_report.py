"""Chuyển tiếp: the organisation a report was sent to passes it on to its own parent, whose
admins then approve or return it (a level that collects its units' reports for the level
above)."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from hierarchy.models import Organization
from programme.actions.report_base import ReportAction, clean_text
from programme.models import ReportStatus


class ForwardReport(ReportAction):
    action = "forwarded"

    def __init__(self, report, *, actor=None, note: str = ""):
        super().__init__(report, actor=actor)
        self.raw_note = note

    def validate(self) -> None:
        self.require_status([ReportStatus.SUBMITTED], "chuyển tiếp báo cáo")
        self.note = clean_text(self.raw_note, label="Ý kiến", limit=5000)
        holder = self.report.recipient
        self.parent = Organization.objects.filter(path=holder.parent_path).first()
        if len(holder.path) <= holder.steplen or self.parent is None:
            raise ValidationError(f"{holder.name} không có đơn vị cấp trên để chuyển tiếp.")
        if not self.parent.is_active:
            raise ValidationError(f"Đơn vị cấp trên {self.parent.name} không còn hoạt động.")

    def check_permission(self) -> None:
        self.require_decider("chuyển tiếp báo cáo")

    def perform(self):
        report = self.report
        report.forward()
        report.recipient = self.parent
        report.save(update_fields=["status", "recipient", "updated_at"])
        return report
