"""What the handling actions (assign, note, answer, close, reopen, confirm topic, merge,
reveal identity) share on top of ``CaseAction``.

The scope is checked as soon as the row is locked, before anything about the case's state is
said (a case outside the actor's scope is "not found" whatever its state). A handler acts on
what they saw: when the case was escalated to another level between the page load and the
click (``seen_level``), the action is refused with a clear Vietnamese message instead of
"not found" or a half-done change; a transition no longer allowed from the state found under
the lock (another handler answered first) is refused the same way.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone

from voice import access
from voice.actions.base import CaseAction, CaseNotFound
from voice.models import Case, Status

MAX_TEXT = 10_000


def local(dt) -> str:
    return timezone.localtime(dt).strftime("%H:%M %d/%m/%Y") if dt else ""


def clean_text(value, *, label: str, required: bool = True, limit: int = MAX_TEXT) -> str:
    value = (value or "").replace("\x00", "").strip()
    if required and not value:
        raise ValidationError(f"{label} không được để trống.")
    if len(value) > limit:
        raise ValidationError(f"{label} dài quá {limit:,} ký tự.".replace(",", "."))
    return value


class HandlingAction(CaseAction):
    """A handler's action on one case: scope first, then what the case's state allows."""

    def __init__(self, case: Case | int, *, actor=None, seen_level: int | None = None):
        super().__init__(case, actor=actor)
        if seen_level is None and isinstance(case, Case):
            seen_level = case.escalation_level
        self.seen_level = seen_level
        self.seen_path = case.org_path if isinstance(case, Case) else None

    def prepare(self) -> None:
        super().prepare()
        self.check_scope()

    def check_scope(self) -> None:
        if self.actor is None or access.can_handle(self.actor, self.case):
            return
        if self.seen_level is not None and self.case.escalation_level != self.seen_level:
            # Moved away from where the actor saw it: say so if they could see it there.
            step = self.case.escalations.filter(level=self.seen_level + 1)
            step = step.values_list("from_organization__path", flat=True).first()
            seen_path = step or self.seen_path
            if seen_path and self._covered(seen_path):
                raise ValidationError(self.moved_message())
        raise CaseNotFound(CaseNotFound.message)

    def _covered(self, path: str) -> bool:
        if self.actor.is_superuser:
            return True
        return any(path.startswith(p) for p, _ in access.handler_roles(self.actor))

    def moved_message(self) -> str:
        return (
            f"Vụ việc {self.case.code} vừa được chuyển lên {self.case.organization.name} "
            f"lúc {local(self.case.last_escalated_at)} trong lúc bạn thao tác; thao tác chưa "
            "được thực hiện và không có gì bị thay đổi."
        )

    def validate(self) -> None:
        if self.seen_level is not None and self.case.escalation_level != self.seen_level:
            raise ValidationError(self.moved_message())
        if self.case.erased_at is not None:
            raise ValidationError(f"Vụ việc {self.case.code} đã bị xoá dữ liệu theo yêu cầu.")

    def require_status(self, allowed, what: str) -> None:
        """Refuse ``what`` unless the locked case is in one of ``allowed`` states."""
        status = self.case.status
        if status in allowed:
            return
        if status == Status.ANSWERED:
            last = self.case.messages.filter(kind="answer").select_related("author").last()
            who = f" bởi {last.author}" if last is not None and last.author else ""
            raise ValidationError(
                f"Không thể {what}: vụ việc {self.case.code} đã được trả lời lúc "
                f"{local(self.case.answered_at)}{who}. Thao tác của bạn chưa được thực hiện."
            )
        if status == Status.MERGED and self.case.merged_into_id:
            target = Case.objects.filter(pk=self.case.merged_into_id).values_list("code", flat=True)
            raise ValidationError(
                f"Không thể {what}: vụ việc {self.case.code} đã được gộp vào vụ việc "
                f"{target.first()}."
            )
        raise ValidationError(
            f"Không thể {what}: vụ việc {self.case.code} đang ở trạng thái "
            f"“{Status(status).label}”."
        )


def tell_worker(case: Case, kind: str, text: str):
    """A notice to the asker of ``case`` (``voice.notify.tell_worker``: also e-mails a
    consenting worker)."""
    from voice import notify

    return notify.tell_worker(case, kind, text)
