"""Events and their connected venues."""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.models import Orderable
from wagtail.search import index

from cms.models.base import BasePage
from cms.models.common import (
    CAMPAIGN_PARENTS,
    TOPICS_PANEL,
    body_stream,
    image_fk,
    topics_field,
)
from cms.sanitize import validate_web_url


class EventPage(BasePage):
    """An event: when, where (a place, online, or several connected venues)."""

    MODES = [
        ("in_person", "Trực tiếp"),
        ("online", "Trực tuyến"),
        ("hybrid", "Trực tiếp kết hợp trực tuyến"),
    ]

    standfirst = models.TextField("tóm tắt", blank=True)
    start_at = models.DateTimeField("bắt đầu")
    end_at = models.DateTimeField("kết thúc", null=True, blank=True)
    attendance_mode = models.CharField(
        "hình thức", max_length=20, choices=MODES, default="in_person"
    )
    place_name = models.CharField(
        "địa điểm",
        max_length=255,
        blank=True,
        help_text="Ví dụ: Cung Văn hóa Lao động Hữu nghị Việt Xô",
    )
    address = models.CharField("địa chỉ", max_length=255, blank=True)
    online_url = models.CharField(
        "đường dẫn trực tuyến",
        max_length=1000,
        blank=True,
        validators=[validate_web_url],
        help_text="Phòng họp trực tuyến hoặc trang phát trực tiếp.",
    )
    organiser = models.CharField("đơn vị tổ chức", max_length=255, blank=True)
    registration_url = models.CharField(
        "đường dẫn đăng ký", max_length=1000, blank=True, validators=[validate_web_url]
    )
    cover_image = image_fk("ảnh bìa")
    body = body_stream()
    topics = topics_field()

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("standfirst"),
        FieldRowPanel([FieldPanel("start_at"), FieldPanel("end_at")]),
        MultiFieldPanel(
            [
                FieldPanel("attendance_mode"),
                FieldPanel("place_name"),
                FieldPanel("address"),
                FieldPanel("online_url"),
            ],
            heading="Địa điểm",
        ),
        InlinePanel("venues", label="Điểm cầu", help_text="Các điểm cầu của sự kiện kết hợp."),
        FieldRowPanel([FieldPanel("organiser"), FieldPanel("registration_url")]),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        TOPICS_PANEL,
    ]
    search_fields = [
        *BasePage.search_fields,
        index.FilterField("start_at"),
        index.FilterField("end_at"),
        index.FilterField("attendance_mode"),
    ]
    parent_page_types = CAMPAIGN_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "sự kiện"
        verbose_name_plural = "sự kiện"

    def clean(self):
        super().clean()
        errors = {}
        if self.start_at and self.end_at and self.end_at < self.start_at:
            errors["end_at"] = "Thời điểm kết thúc không được trước thời điểm bắt đầu."
        if self.attendance_mode in ("online", "hybrid") and not self.online_url:
            errors["online_url"] = "Sự kiện trực tuyến hoặc kết hợp cần có đường dẫn trực tuyến."
        if self.attendance_mode == "in_person" and not self.place_name:
            errors["place_name"] = "Sự kiện trực tiếp cần có địa điểm."
        if errors:
            raise ValidationError(errors)

    def search_heading_parts(self):
        return [self.title, self.standfirst]

    def search_content_parts(self):
        venues = [f"{v.name} {v.address}" for v in self.venues.all()]
        return [
            *super().search_content_parts(),
            self.place_name,
            self.address,
            self.organiser,
            *venues,
            self.stream_text("body"),
        ]


class EventVenue(Orderable):
    """One connected venue (điểm cầu) of a hybrid event."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="venues")
    name = models.CharField("tên điểm cầu", max_length=255)
    address = models.CharField("địa chỉ", max_length=255, blank=True)
    online_url = models.CharField(
        "đường dẫn trực tuyến", max_length=1000, blank=True, validators=[validate_web_url]
    )

    panels = [FieldPanel("name"), FieldPanel("address"), FieldPanel("online_url")]

    class Meta(Orderable.Meta):
        verbose_name = "điểm cầu"
        verbose_name_plural = "điểm cầu"
