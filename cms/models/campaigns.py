"""Campaigns and their key messages."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
)
from wagtail.models import Orderable
from wagtail.search import index

from cms.models.base import BasePage
from cms.models.common import (
    CAMPAIGN_CHILDREN,
    LEAF_PARENTS,
    TOPICS_PANEL,
    body_stream,
    image_fk,
    topics_field,
)
from congdoan.text import nfc


class CampaignPage(BasePage):
    """A campaign (Tết Sum vầy, Tháng Công nhân…): its period, theme and messages; its
    articles and events are its child pages."""

    KINDS = [
        ("tet_sum_vay", "Tết Sum vầy"),
        ("thang_cong_nhan", "Tháng Công nhân"),
        ("ngay_28_7", "Ngày thành lập Công đoàn Việt Nam 28/7"),
        ("ngay_20_11", "Ngày Nhà giáo Việt Nam 20/11"),
        ("thang_an_toan", "Tháng hành động về an toàn, vệ sinh lao động"),
        ("other", "Chiến dịch khác"),
    ]

    kind = models.CharField("loại chiến dịch", max_length=30, choices=KINDS, default="other")
    standfirst = models.TextField("tóm tắt", blank=True)
    start_date = models.DateField("ngày bắt đầu")
    end_date = models.DateField("ngày kết thúc")
    theme = models.CharField(
        "chủ đề / khẩu hiệu",
        max_length=255,
        blank=True,
        help_text="Ví dụ: “Đoàn viên công đoàn – Lợi ích thiết thực”",
    )
    hashtag = models.CharField(
        "hashtag", max_length=100, blank=True, help_text="Ví dụ: #TetSumVay2026 (không dấu cách)"
    )
    cover_image = image_fk("ảnh bìa")
    body = body_stream()
    topics = topics_field()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("standfirst"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("theme"), FieldPanel("hashtag")]),
        InlinePanel("key_messages", label="Thông điệp chính", max_num=10),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        TOPICS_PANEL,
    ]
    search_fields = [
        *BasePage.search_fields,
        index.FilterField("kind"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]
    parent_page_types = LEAF_PARENTS
    subpage_types = CAMPAIGN_CHILDREN

    class Meta:
        verbose_name = "chiến dịch"
        verbose_name_plural = "chiến dịch"

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = "Ngày kết thúc không được trước ngày bắt đầu."
        self.hashtag = nfc(self.hashtag).strip()
        if self.hashtag:
            if not self.hashtag.startswith("#"):
                self.hashtag = "#" + self.hashtag
            if not re.fullmatch(r"#\w{2,99}", self.hashtag):
                errors["hashtag"] = (
                    "Hashtag chỉ gồm chữ, số và dấu gạch dưới, không dấu cách, "
                    "ví dụ #TetSumVay2026."
                )
        if errors:
            raise ValidationError(errors)

    def search_heading_parts(self):
        return [self.title, self.theme, self.hashtag, self.standfirst]

    def search_content_parts(self):
        messages = [m.text for m in self.key_messages.all()]
        return [*super().search_content_parts(), *messages, self.stream_text("body")]


class CampaignKeyMessage(Orderable):
    campaign = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="key_messages")
    text = models.CharField("thông điệp", max_length=500)

    panels = [FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = "thông điệp chính"
        verbose_name_plural = "thông điệp chính"
