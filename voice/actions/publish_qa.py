"""Turn an answered question into a draft public Q&A page (voice/qa.py explains the rules).

The action is run by a handler of the case. It refuses a case that is not an answered
question, one whose asker has not consented (``publish_qa``, active), an erased case and a
case that already has its page. The question, title and answer are scrubbed of personal data
(``voice.scrub``) and the page is created as a DRAFT ``cms.QuestionPage`` in the handling
organisation's tenant (its own, or its microsite's host, under the microsite's root). An
editor of that tenant approves it by publishing it in Wagtail (directly or through the
tenant's moderation workflow): until then nothing is public.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django_tenants.utils import schema_context

from congdoan.text import has_visible_text, nfc
from voice import qa
from voice.actions.base import CaseAction
from voice.models import Kind, Status

MAX_TITLE = 255
MAX_TEXT = 10_000


class PublishQA(CaseAction):
    """``PublishQA(case, title="", question="", answer="", actor=user).execute()`` -> the
    draft page. Empty texts default to the case's title, body and latest answer; whatever is
    given is scrubbed too."""

    action = "published_qa"

    def __init__(self, case, *, title: str = "", question: str = "", answer: str = "", actor=None):
        super().__init__(case, actor=actor)
        self.title_in = nfc(title or "").strip()
        self.question_in = nfc(question or "").strip()
        self.answer_in = nfc(answer or "").strip()

    def validate(self) -> None:
        case = self.case
        if case.erased_at is not None:
            raise ValidationError("Vụ việc đã bị xoá dữ liệu, không thể đăng công khai.")
        if case.kind != Kind.QUESTION:
            raise ValidationError("Chỉ câu hỏi mới được đăng thành hỏi đáp công khai.")
        if case.status not in (Status.ANSWERED, Status.CLOSED):
            raise ValidationError("Câu hỏi chưa được trả lời nên chưa thể đăng công khai.")
        if not qa.has_publish_consent(case):
            raise ValidationError(
                "Người hỏi chưa đồng ý (hoặc đã rút đồng ý) cho đăng câu hỏi và trả lời công "
                "khai: không thể đăng."
            )
        if qa.qa_page(case) is not None:
            raise ValidationError("Câu hỏi này đã có trang hỏi đáp.")
        answer = qa.last_answer(case)
        self.saved_answer = answer.saved_answer if answer is not None else None
        question = self.question_in or case.body
        answer_text = self.answer_in or (answer.body if answer is not None else "")
        title = self.title_in or case.title or question[:120]
        errors = {}
        if not has_visible_text(question):
            errors["question"] = "Vui lòng nhập câu hỏi."
        elif len(question) > MAX_TEXT:
            errors["question"] = f"Câu hỏi dài tối đa {MAX_TEXT:,} ký tự.".replace(",", ".")
        if not has_visible_text(answer_text):
            errors["answer"] = "Vụ việc chưa có câu trả lời để đăng."
        elif len(answer_text) > MAX_TEXT:
            errors["answer"] = f"Câu trả lời dài tối đa {MAX_TEXT:,} ký tự.".replace(",", ".")
        if len(title) > MAX_TITLE:
            errors["title"] = f"Tiêu đề dài tối đa {MAX_TITLE} ký tự."
        self.tenant = qa.publishing_tenant(case.organization)
        if self.tenant is None:
            errors["__all__"] = f"{case.organization.name} chưa có trang để đăng hỏi đáp."
        if errors:
            raise ValidationError(errors)
        self.question = qa.scrubbed(case, question)
        self.answer = qa.scrubbed(case, answer_text)
        self.title = " ".join(qa.scrubbed(case, title).split())[:MAX_TITLE]

    def perform(self):
        from cms.models import QuestionPage

        case = self.case
        with schema_context(self.tenant.schema_name):
            parent = qa.content_root(case.organization)
            if parent is None or QuestionPage not in parent.specific_class.allowed_subpage_models():
                raise ValidationError(f"Không thể tạo trang hỏi đáp trên trang của {self.tenant}.")
            page = QuestionPage(
                title=self.title,
                question=self.question,
                asker=qa.ASKER,
                answer=qa.paragraphs(self.answer),
                topic=qa.cms_topic(case),
                legal_basis=self.saved_answer.citations if self.saved_answer else "",
                answered_by=case.organization.name[:255],
                answered_on=qa.answered_on(case),
                live=False,
            )
            parent.add_child(instance=page)
            page.save_revision(user=self.actor_row)
        case.qa_schema = self.tenant.schema_name
        case.qa_page_id = page.pk
        case.save(update_fields=["qa_schema", "qa_page_id", "updated_at"])
        return page
