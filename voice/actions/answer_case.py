from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils import timezone

from voice.actions.handling_base import HandlingAction, clean_text, tell_worker
from voice.actions.save_answer import available_answers
from voice.models import OPEN_STATUSES, Case, CaseMessage, MessageKind, SavedAnswer, Status


class AnswerCase(HandlingAction):
    """Answer the worker: the answer message (with the saved-answer version it used), the
    first-response and answer times, NEW/IN_PROGRESS -> ANSWERED, the deadline timers
    stopped, and the askers of the cases merged into this one told.

    Under the row lock the state is read again: when another handler answered first or the
    case was escalated meanwhile, nothing is written and the message says what happened."""

    action = "answered"

    def __init__(self, case, *, body, saved_answer=None, actor=None, seen_level=None):
        super().__init__(case, actor=actor, seen_level=seen_level)
        self.body = body
        self.saved_answer = saved_answer

    def validate(self):
        super().validate()
        self.require_status(OPEN_STATUSES, "gửi câu trả lời")
        self.body = clean_text(self.body, label="Nội dung trả lời")
        if self.saved_answer is not None:
            pk = getattr(self.saved_answer, "pk", self.saved_answer)
            answers = SavedAnswer.objects.all()
            if self.actor is not None:
                answers = available_answers(self.actor)
            self.saved_answer = answers.filter(pk=pk).first()
            if self.saved_answer is None:
                raise ValidationError("Không tìm thấy câu trả lời mẫu đã chọn.")

    def perform(self):
        case = self.case
        now = timezone.now()
        message = CaseMessage.objects.create(
            case=case,
            kind=MessageKind.ANSWER,
            body=self.body,
            author=self.actor_row,
            organization_id=case.organization_id,
            saved_answer=self.saved_answer,
        )
        if case.first_response_at is None:
            case.first_response_at = now
        case.answered_at = now
        if case.assignee_id is None:
            case.assignee = self.actor_row
        case.answer()
        case.save()
        for duplicate in Case.objects.filter(merged_into=case, status=Status.MERGED):
            tell_worker(
                duplicate,
                "answered",
                f"Vụ việc {case.code}, nơi yêu cầu {duplicate.code} của bạn đã được gộp vào, "
                f"vừa được trả lời:\n\n{self.body}",
            )
        return message
