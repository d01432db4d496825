"""What every report action shares: the report row locked, the actor's right to see it
checked before anything about its state is said (a report the actor may not see is "not
found" whatever its state), one ``ReportEvent`` per step, and ``report_changed`` sent inside
the transaction."""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.dispatch import Signal

from congdoan.actions import Action
from congdoan.text import normalise_text
from programme import reports
from programme.models import Report, ReportEvent, ReportStatus

#: Sent inside the transaction after each step: ``report``, ``action``, ``actor``.
report_changed = Signal()

MAX_TEXT = 20_000


class ReportNotFound(ObjectDoesNotExist):
    """The report does not exist, or not for this actor (the same answer either way)."""

    message = "Không tìm thấy báo cáo."


def clean_text(value, *, label: str, required: bool = False, limit: int = MAX_TEXT) -> str:
    value = normalise_text((value or "").replace("\x00", "")).strip()
    if required and not value:
        raise ValidationError(f"Phần “{label}” không được để trống.")
    if len(value) > limit:
        raise ValidationError(f"Phần “{label}” dài quá {limit:,} ký tự.".replace(",", "."))
    return value


class ReportAction(Action):
    """An action on one existing report; subclasses set ``action`` (a ``ReportEvent``
    action name) and implement ``validate``/``perform``."""

    public = True
    action: str = ""

    def __init__(self, report: Report | int, *, actor=None):
        super().__init__(actor=actor)
        self.report_id = report.pk if isinstance(report, Report) else report
        self.note = ""

    def prepare(self) -> None:
        try:
            self.report = (
                Report.objects.select_for_update(of=("self",))
                .select_related("organization", "recipient")
                .get(pk=self.report_id)
            )
        except Report.DoesNotExist:
            raise ReportNotFound(ReportNotFound.message) from None
        self.from_status = self.report.status
        if self.actor is not None and not reports.can_view(self.actor, self.report):
            raise ReportNotFound(ReportNotFound.message)

    def require_status(self, allowed, what: str) -> None:
        if self.report.status in allowed:
            return
        raise ValidationError(
            f"Không thể {what}: báo cáo “{self.report.title}” đang ở trạng thái "
            f"“{ReportStatus(self.report.status).label}”."
        )

    def require_decider(self, what: str) -> None:
        if self.actor is None or reports.can_decide(self.actor, self.report):
            return
        raise PermissionDenied(
            f"Chỉ quản trị viên của {self.report.recipient.name} (đơn vị nhận báo cáo) hoặc "
            f"cấp trên của đơn vị đó mới được {what}."
        )

    def audit(self, result) -> None:
        ReportEvent.objects.create(
            report=self.report,
            action=self.action,
            actor=self.actor_row,
            from_status=self.from_status,
            to_status=self.report.status,
            organization=self.report.recipient or self.report.organization,
            note=self.note,
        )

    def signal(self, result) -> None:
        report_changed.send(
            sender=type(self), report=self.report, action=self.action, actor=self.actor
        )
