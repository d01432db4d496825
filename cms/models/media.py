"""Media pages: photo galleries, videos and infographics."""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
)
from wagtail.models import Orderable

from cms.models.base import (
    BasePage,
    SafeRichTextField,
)
from cms.models.common import (
    CAMPAIGN_PARENTS,
    TOPICS_PANEL,
    image_fk,
    topics_field,
)
from cms.sanitize import VIDEO_HOSTS, VIDEO_HOSTS_HELP, host_matches, validate_web_url


class GalleryPage(BasePage):
    """A photo gallery."""

    intro = models.TextField("giới thiệu", blank=True)
    taken_on = models.DateField("ngày chụp", null=True, blank=True)
    photographer = models.CharField("tác giả ảnh", max_length=255, blank=True)
    topics = topics_field()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("taken_on"), FieldPanel("photographer")]),
        InlinePanel("gallery_images", label="Ảnh", min_num=1),
        TOPICS_PANEL,
    ]
    parent_page_types = CAMPAIGN_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "thư viện ảnh"
        verbose_name_plural = "thư viện ảnh"

    def search_content_parts(self):
        captions = [img.caption for img in self.gallery_images.all()]
        return [*super().search_content_parts(), self.intro, self.photographer, *captions]


class GalleryImage(Orderable):
    gallery = ParentalKey(GalleryPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name="ảnh", on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField("chú thích", max_length=500, blank=True)
    credit = models.CharField("nguồn ảnh", max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("credit")]

    class Meta(Orderable.Meta):
        verbose_name = "ảnh"
        verbose_name_plural = "ảnh"


class VideoPage(BasePage):
    """A video hosted on a video platform."""

    video_url = models.CharField(
        "đường dẫn video",
        max_length=1000,
        validators=[validate_web_url],
        help_text=VIDEO_HOSTS_HELP,
    )
    description = models.TextField("mô tả", blank=True)
    thumbnail = image_fk("ảnh đại diện")
    duration_seconds = models.PositiveIntegerField("thời lượng (giây)", null=True, blank=True)
    transcript = models.TextField("lời thoại / phụ đề", blank=True)
    topics = topics_field()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("video_url"),
        FieldPanel("description"),
        FieldPanel("thumbnail"),
        FieldPanel("duration_seconds"),
        FieldPanel("transcript"),
        TOPICS_PANEL,
    ]
    parent_page_types = CAMPAIGN_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "video"
        verbose_name_plural = "video"

    def clean(self):
        super().clean()
        if self.video_url and not host_matches(self.video_url, VIDEO_HOSTS):
            raise ValidationError({"video_url": VIDEO_HOSTS_HELP})

    def search_content_parts(self):
        return [*super().search_content_parts(), self.description, self.transcript]


class InfographicPage(BasePage):
    """An infographic, with its content as text for screen readers and search."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ảnh đồ họa",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField("mô tả ngắn", blank=True)
    text_alternative = SafeRichTextField(
        "nội dung dạng chữ",
        blank=True,
        features=["bold", "italic", "ol", "ul", "h3", "link"],
        help_text="Chép lại nội dung đồ họa để người khiếm thị và công cụ tìm kiếm đọc được.",
    )
    source = models.CharField("nguồn số liệu", max_length=255, blank=True)
    topics = topics_field()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("image"),
        FieldPanel("description"),
        FieldPanel("text_alternative"),
        FieldPanel("source"),
        TOPICS_PANEL,
    ]
    parent_page_types = CAMPAIGN_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "đồ họa thông tin"
        verbose_name_plural = "đồ họa thông tin"

    def search_content_parts(self):
        return [
            *super().search_content_parts(),
            self.description,
            self.rich_text_plain(self.text_alternative),
            self.source,
        ]
