"""Forms: surveys and registrations built with Wagtail's form builder."""

from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.forms.models import AbstractFormField, EmailFormMixin, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel

from cms.models.base import (
    BasePage,
    SafeRichTextField,
    VietnameseFormPageForm,
)
from cms.models.common import CAMPAIGN_PARENTS


class FormField(AbstractFormField):
    page = ParentalKey("cms.FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(EmailFormMixin, FormMixin, BasePage):
    """A survey or registration form (Wagtail form builder); answers are stored as
    submissions and optionally e-mailed."""

    base_form_class = VietnameseFormPageForm
    landing_page_template = "cms/page.html"

    intro = SafeRichTextField("giới thiệu", blank=True)
    thank_you_text = SafeRichTextField(
        "lời cảm ơn", blank=True, help_text="Hiển thị sau khi người dùng gửi biểu mẫu."
    )
    closes_at = models.DateTimeField(
        "hạn chót",
        null=True,
        blank=True,
        help_text="Sau thời điểm này biểu mẫu không nhận trả lời.",
    )

    content_panels = [
        FormSubmissionsPanel(),
        *BasePage.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Câu hỏi / trường nhập"),
        FieldPanel("thank_you_text"),
        FieldPanel("closes_at"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading="Gửi thư thông báo",
        ),
    ]
    parent_page_types = CAMPAIGN_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "khảo sát / biểu mẫu"
        verbose_name_plural = "khảo sát / biểu mẫu"

    @property
    def is_closed(self) -> bool:
        return self.closes_at is not None and timezone.now() >= self.closes_at

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and self.is_closed:
            from django.http import HttpResponseForbidden

            return HttpResponseForbidden("Biểu mẫu đã hết hạn nhận trả lời.")
        return super().serve(request, *args, **kwargs)

    def search_content_parts(self):
        return [*super().search_content_parts(), self.rich_text_plain(self.intro)]
