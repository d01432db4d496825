"""Sửa nhận xét: the organisation's commentary ("Kết quả", "Tồn tại, hạn chế", "Đề xuất,
kiến nghị"), only while the report is a draft or returned."""

from __future__ import annotations

from accounts.roles import EDITOR
from hierarchy.roles import require_rank
from programme.actions.report_base import ReportAction, clean_text
from programme.models.reports import EDITABLE, SECTIONS


class EditReport(ReportAction):
    action = "edited"

    def __init__(self, report, *, actor=None, **sections):
        super().__init__(report, actor=actor)
        unknown = set(sections) - {name for name, _ in SECTIONS}
        if unknown:
            raise TypeError(f"unknown report sections: {sorted(unknown)}")
        self.sections = sections

    def validate(self) -> None:
        self.require_status(EDITABLE, "sửa nội dung báo cáo đã gửi cấp trên")
        labels = dict(SECTIONS)
        self.cleaned = {
            name: clean_text(value, label=labels[name]) for name, value in self.sections.items()
        }

    def check_permission(self) -> None:
        require_rank(self.actor, self.report.organization, EDITOR, "sửa báo cáo định kỳ")

    def perform(self):
        for name, value in self.cleaned.items():
            setattr(self.report, name, value)
        self.report.save(update_fields=[*self.cleaned, "updated_at"])
        return self.report
