"""Duyệt: an admin of the organisation the report was sent to (or above it) approves it."""

from __future__ import annotations

from django.utils import timezone

from programme.actions.report_base import ReportAction, clean_text
from programme.models import ReportStatus


class ApproveReport(ReportAction):
    action = "approved"

    def __init__(self, report, *, actor=None, note: str = ""):
        super().__init__(report, actor=actor)
        self.raw_note = note

    def validate(self) -> None:
        self.require_status([ReportStatus.SUBMITTED], "duyệt báo cáo")
        self.note = clean_text(self.raw_note, label="Ý kiến", limit=5000)

    def check_permission(self) -> None:
        self.require_decider("duyệt báo cáo")

    def perform(self):
        report = self.report
        report.approve()
        report.decided_at, report.decided_by = timezone.now(), self.actor_row
        report.save(update_fields=["status", "decided_at", "decided_by", "updated_at"])
        return report
