"""Navigation pages: a tenant's (or hosted microsite's) home and its sections."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.models import Orderable

from cms.models.base import (
    BasePage,
    SafeRichTextField,
)
from cms.models.common import (
    CAMPAIGN,
    CONTENT_TYPES,
    HOME,
    SECTION,
    image_fk,
)


class HomePage(BasePage):
    """Home of a tenant, or of a hosted microsite of an organisation: its profile and
    featured content."""

    intro = SafeRichTextField("giới thiệu", blank=True, features=["bold", "italic", "link"])
    hero_image = image_fk("ảnh đầu trang")
    about = SafeRichTextField(
        "hồ sơ tổ chức",
        blank=True,
        help_text="Chức năng, nhiệm vụ, lịch sử, lãnh đạo của tổ chức công đoàn.",
    )
    address = models.CharField("địa chỉ trụ sở", max_length=255, blank=True)
    phone = models.CharField("điện thoại", max_length=40, blank=True)
    email = models.EmailField("thư điện tử", blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldPanel("about"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
            ],
            heading="Hồ sơ tổ chức",
        ),
        InlinePanel("featured_items", label="Nội dung nổi bật", max_num=12),
    ]
    parent_page_types = ["wagtailcore.Page", HOME]
    subpage_types = [HOME, SECTION, CAMPAIGN, *CONTENT_TYPES]

    class Meta:
        verbose_name = "trang chủ"
        verbose_name_plural = "trang chủ"

    def search_content_parts(self):
        return [
            *super().search_content_parts(),
            self.rich_text_plain(self.intro),
            self.rich_text_plain(self.about),
            self.address,
        ]


class HomeFeaturedItem(Orderable):
    """A page the home page puts forward, in order."""

    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_items")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="trang", on_delete=models.CASCADE, related_name="+"
    )
    label = models.CharField(
        "nhãn", max_length=120, blank=True, help_text="Ví dụ: Tiêu điểm, Chỉ đạo mới"
    )

    panels = [PageChooserPanel("page"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = "nội dung nổi bật"
        verbose_name_plural = "nội dung nổi bật"


class SectionPage(BasePage):
    """A section (chuyên mục) that lists the pages below it."""

    intro = models.TextField("giới thiệu", blank=True)
    cover_image = image_fk("ảnh đại diện")
    topic = models.ForeignKey(
        "cms.Topic",
        verbose_name="chủ đề chính",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Không bắt buộc: chuyên mục dành riêng cho một chủ đề.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("cover_image"),
        FieldPanel("topic"),
    ]
    parent_page_types = [HOME, SECTION]
    subpage_types = [SECTION, CAMPAIGN, *CONTENT_TYPES]

    class Meta:
        verbose_name = "chuyên mục"
        verbose_name_plural = "chuyên mục"

    def search_content_parts(self):
        return [*super().search_content_parts(), self.intro]
