"""Stories of model workers and union officers."""

from django.db import models
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
)

from cms.models.base import (
    BasePage,
    reading_minutes,
)
from cms.models.common import (
    CAMPAIGN_PARENTS,
    TOPICS_PANEL,
    body_stream,
    image_fk,
    topics_field,
)


class ModelStoryPage(BasePage):
    """An exemplary person or collective ("gương người tốt việc tốt")."""

    person_name = models.CharField("họ tên / tập thể", max_length=255)
    person_role = models.CharField(
        "chức danh, nghề nghiệp", max_length=255, blank=True, help_text="Ví dụ: Công nhân may"
    )
    workplace = models.CharField("đơn vị công tác", max_length=255, blank=True)
    portrait = image_fk("ảnh chân dung")
    standfirst = models.TextField("sa-pô", blank=True)
    achievements = models.TextField(
        "thành tích",
        blank=True,
        help_text="Mỗi thành tích một dòng, ví dụ: Sáng kiến tiết kiệm 2 tỷ đồng",
    )
    body = body_stream()
    topics = topics_field()
    reading_minutes = models.PositiveSmallIntegerField(
        "thời gian đọc (phút)", default=1, editable=False
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("person_name"),
                FieldRowPanel([FieldPanel("person_role"), FieldPanel("workplace")]),
                FieldPanel("portrait"),
            ],
            heading="Nhân vật",
        ),
        FieldPanel("standfirst"),
        FieldPanel("achievements"),
        FieldPanel("body"),
        TOPICS_PANEL,
    ]
    parent_page_types = CAMPAIGN_PARENTS
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "gương người tốt việc tốt"
        verbose_name_plural = "gương người tốt việc tốt"

    def before_save(self):
        self.reading_minutes = reading_minutes(self.standfirst, self.stream_text("body"))

    def search_heading_parts(self):
        return [self.title, self.person_name, self.standfirst]

    def search_content_parts(self):
        return [
            *super().search_content_parts(),
            self.person_role,
            self.workplace,
            self.achievements,
            self.stream_text("body"),
        ]
