"""Workers' questions with the union's answers."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
)

from cms.models.base import (
    BasePage,
    SafeRichTextField,
)
from cms.models.common import LEAF_PARENTS


class QuestionPage(BasePage):
    """A worker's question with the union's answer and its legal basis."""

    question = models.TextField("câu hỏi")
    asker = models.CharField(
        "người hỏi", max_length=255, blank=True, help_text="Ví dụ: Bạn đọc Nguyễn Thị H. (Bắc Ninh)"
    )
    answer = SafeRichTextField(
        "trả lời", features=["bold", "italic", "ol", "ul", "link", "document-link"]
    )
    topic = models.ForeignKey(
        "cms.Topic",
        verbose_name="chủ đề",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_basis = models.TextField(
        "căn cứ pháp lý",
        blank=True,
        help_text="Ví dụ: Điều 98 Bộ luật Lao động 2019; Nghị định 145/2020/NĐ-CP.",
    )
    legal_documents = ParentalManyToManyField(
        "cms.DocumentPage",
        verbose_name="văn bản liên quan",
        blank=True,
        related_name="cited_by_questions",
    )
    answered_by = models.CharField(
        "người trả lời", max_length=255, blank=True, help_text="Ví dụ: Luật sư Trần Văn B"
    )
    answered_on = models.DateField("ngày trả lời", null=True, blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("question"),
        FieldPanel("asker"),
        FieldPanel("answer"),
        FieldPanel("topic"),
        FieldPanel("legal_basis"),
        FieldPanel("legal_documents", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("answered_by"), FieldPanel("answered_on")]),
    ]
    parent_page_types = LEAF_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "hỏi đáp"
        verbose_name_plural = "hỏi đáp"

    def clean(self):
        super().clean()
        if not self.rich_text_plain(self.answer).strip():
            raise ValidationError({"answer": "Vui lòng nhập câu trả lời."})

    def search_heading_parts(self):
        return [self.title, self.question]

    def search_content_parts(self):
        return [
            *super().search_content_parts(),
            self.rich_text_plain(self.answer),
            self.legal_basis,
        ]
