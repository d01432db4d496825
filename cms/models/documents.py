"""Official documents of the union, with their normalised document numbers."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.search import index

from cms.models.base import BasePage
from cms.models.common import (
    LEAF_PARENTS,
    TOPICS_PANEL,
    body_stream,
    topics_field,
)
from congdoan.text import nfc

DOCUMENT_NUMBER_RE = re.compile(r"^\d{1,6}(?:/\d{4})?/[^\W\d_]+(?:-[^\W_]+)+$")


def normalise_document_number(value: str) -> str:
    """ "18 / KH - CĐN" -> "18/KH-CĐN" (NFC, no spaces around / and -)."""
    value = re.sub(r"\s+", " ", nfc(value or "")).strip()
    return re.sub(r"\s*([/-])\s*", r"\1", value)


class DocumentPage(BasePage):
    """An official document of the union (plan, guidance, resolution…) with its number."""

    TYPES = [
        ("plan", "Kế hoạch (KH)"),
        ("guidance", "Hướng dẫn (HD)"),
        ("programme", "Chương trình (CTr)"),
        ("resolution", "Nghị quyết (NQ)"),
        ("decision", "Quyết định (QĐ)"),
        ("notice", "Thông báo (TB)"),
        ("directive", "Chỉ thị (CT)"),
        ("official_letter", "Công văn (CV)"),
        ("report", "Báo cáo (BC)"),
        ("other", "Khác"),
    ]
    STATUSES = [
        ("in_force", "Còn hiệu lực"),
        ("superseded", "Đã được thay thế"),
        ("expired", "Hết hiệu lực"),
    ]

    document_number = models.CharField(
        "số hiệu",
        max_length=60,
        help_text="Ví dụ: 18/KH-CĐN, 64/HD-TLĐ, 05/2025/NQ-BCH.",
    )
    document_type = models.CharField("loại văn bản", max_length=20, choices=TYPES)
    issuing_body = models.CharField(
        "cơ quan ban hành", max_length=255, help_text="Ví dụ: Tổng Liên đoàn Lao động Việt Nam"
    )
    signed_on = models.DateField("ngày ký")
    effective_on = models.DateField(
        "ngày có hiệu lực", null=True, blank=True, help_text="Để trống nếu có hiệu lực từ ngày ký."
    )
    signer = models.CharField("người ký", max_length=255, blank=True)
    signer_title = models.CharField(
        "chức vụ người ký", max_length=255, blank=True, help_text="Ví dụ: Phó Chủ tịch"
    )
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="tệp văn bản",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Bản PDF/DOCX của văn bản.",
    )
    summary = models.TextField("trích yếu", blank=True)
    body = body_stream("nội dung / tóm tắt")
    status = models.CharField("tình trạng", max_length=20, choices=STATUSES, default="in_force")
    superseded_by = models.ForeignKey(
        "cms.DocumentPage",
        verbose_name="được thay thế bởi",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
    )
    topics = topics_field()

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("document_number"), FieldPanel("document_type")]),
                FieldPanel("issuing_body"),
                FieldRowPanel([FieldPanel("signed_on"), FieldPanel("effective_on")]),
                FieldRowPanel([FieldPanel("signer"), FieldPanel("signer_title")]),
            ],
            heading="Thông tin văn bản",
        ),
        FieldPanel("summary"),
        FieldPanel("file"),
        FieldPanel("body"),
        FieldRowPanel(
            [FieldPanel("status"), PageChooserPanel("superseded_by", "cms.DocumentPage")]
        ),
        TOPICS_PANEL,
    ]
    search_fields = [
        *BasePage.search_fields,
        index.FilterField("document_type"),
        index.FilterField("status"),
        index.FilterField("signed_on"),
        index.FilterField("document_number"),
    ]
    parent_page_types = LEAF_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"

    def clean(self):
        super().clean()
        errors = {}
        self.document_number = normalise_document_number(self.document_number)
        if not self.document_number:
            errors["document_number"] = "Vui lòng nhập số hiệu văn bản, ví dụ: 18/KH-CĐN."
        elif not DOCUMENT_NUMBER_RE.match(self.document_number):
            errors["document_number"] = (
                f"Số hiệu “{self.document_number}” không đúng dạng: số/ký hiệu loại-cơ quan, "
                "ví dụ 18/KH-CĐN, 64/HD-TLĐ hoặc 05/2025/NQ-BCH."
            )
        if self.signed_on and self.effective_on and self.effective_on < self.signed_on:
            errors["effective_on"] = "Ngày có hiệu lực không được trước ngày ký."
        if self.superseded_by_id and self.status != "superseded":
            errors["status"] = (
                "Văn bản đã có văn bản thay thế phải ở tình trạng “Đã được thay thế”."
            )
        if self.superseded_by_id and self.superseded_by_id == self.pk:
            errors["superseded_by"] = "Văn bản không thể thay thế chính nó."
        if self.document_number and "document_number" not in errors:
            clash = (
                DocumentPage.objects.filter(
                    document_number=self.document_number, issuing_body=nfc(self.issuing_body)
                )
                .exclude(pk=self.pk)
                .first()
            )
            if clash is not None:
                errors["document_number"] = (
                    f"Số hiệu {self.document_number} của {self.issuing_body} đã có trong trang "
                    f"“{clash.title}”."
                )
        if errors:
            raise ValidationError(errors)

    def before_save(self):
        self.document_number = normalise_document_number(self.document_number)

    def search_heading_parts(self):
        return [self.title, self.document_number, self.summary]

    def search_content_parts(self):
        return [
            *super().search_content_parts(),
            self.issuing_body,
            self.signer,
            self.get_document_type_display(),
            self.stream_text("body"),
        ]
