"""News articles (with their tags) and policy explainers."""

from django import forms
from django.db import models
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
)
from wagtail.search import index

from cms.models.base import (
    BasePage,
    reading_minutes,
)
from cms.models.common import (
    CAMPAIGN_PARENTS,
    LEAF_PARENTS,
    TOPICS_PANEL,
    body_stream,
    image_fk,
    topics_field,
)
from cms.sanitize import validate_web_url


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(BasePage):
    """A news article."""

    standfirst = models.TextField(
        "sa-pô", blank=True, help_text="Đoạn dẫn in đậm dưới tiêu đề, 1-3 câu."
    )
    body = body_stream()
    cover_image = image_fk("ảnh bìa")
    author = models.CharField("tác giả", max_length=255, blank=True)
    source = models.CharField(
        "nguồn", max_length=255, blank=True, help_text="Ví dụ: Báo Lao Động, Ban Tuyên giáo"
    )
    source_url = models.CharField(
        "đường dẫn nguồn", max_length=1000, blank=True, validators=[validate_web_url]
    )
    published_on = models.DateField(
        "ngày đăng", null=True, blank=True, help_text="Để trống: lấy ngày xuất bản đầu tiên."
    )
    topics = topics_field()
    tags = ClusterTaggableManager(
        "từ khóa",
        through=ArticlePageTag,
        blank=True,
        help_text="Các từ khóa, cách nhau bởi dấu phẩy.",
    )
    reading_minutes = models.PositiveSmallIntegerField(
        "thời gian đọc (phút)", default=1, editable=False
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("standfirst"),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("author"), FieldPanel("source")]),
                FieldPanel("source_url"),
                FieldPanel("published_on"),
            ],
            heading="Tác giả và nguồn",
        ),
        MultiFieldPanel([TOPICS_PANEL, FieldPanel("tags")], heading="Phân loại"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.FilterField("published_on"),
    ]
    parent_page_types = CAMPAIGN_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "tin bài"
        verbose_name_plural = "tin bài"

    def before_save(self):
        self.reading_minutes = reading_minutes(self.standfirst, self.stream_text("body"))
        if self.live and not self.published_on:
            self.published_on = timezone.localdate()

    def search_heading_parts(self):
        return [self.title, self.standfirst]

    def search_content_parts(self):
        return [
            *super().search_content_parts(),
            self.stream_text("body"),
            self.author,
            self.source,
            " ".join(tag.name for tag in self.tags.all()),
        ]


class PolicyPage(BasePage):
    """A policy explainer for workers (wages, insurance, working hours…), linked to the
    official documents it explains."""

    AREAS = [
        ("wages", "Tiền lương"),
        ("social_insurance", "Bảo hiểm xã hội"),
        ("health_insurance", "Bảo hiểm y tế"),
        ("unemployment_insurance", "Bảo hiểm thất nghiệp"),
        ("working_hours", "Thời giờ làm việc, nghỉ ngơi"),
        ("safety", "An toàn, vệ sinh lao động"),
        ("contracts", "Hợp đồng lao động"),
        ("housing", "Nhà ở, thiết chế công đoàn"),
        ("collective_bargaining", "Thương lượng, thỏa ước lao động tập thể"),
        ("women_workers", "Lao động nữ"),
        ("other", "Khác"),
    ]

    standfirst = models.TextField(
        "tóm tắt", blank=True, help_text="Điều người lao động cần biết, 1-3 câu."
    )
    policy_area = models.CharField("lĩnh vực chính sách", max_length=40, choices=AREAS)
    body = body_stream()
    cover_image = image_fk("ảnh bìa")
    related_documents = ParentalManyToManyField(
        "cms.DocumentPage",
        verbose_name="văn bản được giải thích",
        blank=True,
        related_name="explained_by",
        help_text="Luật, nghị định, hướng dẫn… mà bài giải thích này dựa vào.",
    )
    applies_from = models.DateField("áp dụng từ ngày", null=True, blank=True)
    reviewed_on = models.DateField(
        "ngày rà soát", null=True, blank=True, help_text="Lần gần nhất kiểm tra nội dung còn đúng."
    )
    topics = topics_field()
    reading_minutes = models.PositiveSmallIntegerField(
        "thời gian đọc (phút)", default=1, editable=False
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("standfirst"),
        FieldPanel("policy_area"),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        FieldPanel("related_documents", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("applies_from"), FieldPanel("reviewed_on")]),
        TOPICS_PANEL,
    ]
    search_fields = [*BasePage.search_fields, index.FilterField("policy_area")]
    parent_page_types = LEAF_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "giải thích chính sách"
        verbose_name_plural = "giải thích chính sách"

    def before_save(self):
        self.reading_minutes = reading_minutes(self.standfirst, self.stream_text("body"))

    def search_heading_parts(self):
        return [self.title, self.standfirst]

    def search_content_parts(self):
        return [
            *super().search_content_parts(),
            self.get_policy_area_display(),
            self.stream_text("body"),
        ]
