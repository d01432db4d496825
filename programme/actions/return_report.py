"""Trả lại: the organisation the report was sent to returns it with a reason; the sender
corrects it and submits again."""

from __future__ import annotations

from django.utils import timezone

from programme.actions.report_base import ReportAction, clean_text
from programme.models import ReportStatus


class ReturnReport(ReportAction):
    action = "returned"

    def __init__(self, report, *, actor=None, reason: str = ""):
        super().__init__(report, actor=actor)
        self.raw_reason = reason

    def validate(self) -> None:
        self.require_status([ReportStatus.SUBMITTED], "trả lại báo cáo")
        self.note = clean_text(self.raw_reason, label="Lý do trả lại", required=True, limit=5000)

    def check_permission(self) -> None:
        self.require_decider("trả lại báo cáo")

    def perform(self):
        report = self.report
        report.send_back()
        report.decided_at, report.decided_by = timezone.now(), self.actor_row
        report.return_reason = self.note
        fields = ["status", "decided_at", "decided_by", "return_reason", "updated_at"]
        report.save(update_fields=fields)
        return report
