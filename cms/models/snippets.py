"""Snippets: the worker-concern topic taxonomy and navigation menus."""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable
from wagtail.search import index

from cms.models.base import search_copy
from cms.sanitize import validate_safe_url
from congdoan.text import nfc, vn_slugify


class Topic(index.Indexed, models.Model):
    """A worker concern content is classified by ("Tiền lương", "Bảo hiểm xã hội"…)."""

    name = models.CharField("tên chủ đề", max_length=120, unique=True)
    slug = models.SlugField(
        "đường dẫn",
        max_length=120,
        unique=True,
        blank=True,
        help_text="Để trống để tạo tự động từ tên (không dấu).",
    )
    description = models.TextField("mô tả", blank=True)
    sort_order = models.PositiveSmallIntegerField("thứ tự", default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("search_text"),
        index.AutocompleteField("search_text"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "chủ đề"
        verbose_name_plural = "chủ đề"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        self.slug = vn_slugify(self.slug or self.name, max_length=120)
        super().save(*args, **kwargs)

    def clean(self):
        self.name = nfc(self.name).strip()
        self.description = nfc(self.description)
        self.slug = vn_slugify(self.slug or self.name, max_length=120)
        if not self.slug:
            raise ValidationError({"name": "Tên chủ đề phải có ít nhất một chữ cái hoặc chữ số."})

    def search_text(self) -> str:
        return search_copy(self.name, self.description)


class Menu(ClusterableModel):
    """A navigation menu of the site (top bar, footer…), its items in order."""

    LOCATIONS = [
        ("header", "Thanh điều hướng chính"),
        ("footer", "Chân trang"),
        ("mobile", "Ứng dụng di động"),
        ("other", "Khác"),
    ]

    name = models.CharField("tên menu", max_length=120)
    slug = models.SlugField(
        "mã menu",
        max_length=60,
        unique=True,
        help_text="Mã để giao diện lấy menu, ví dụ: menu-chinh, chan-trang.",
    )
    location = models.CharField("vị trí", max_length=20, choices=LOCATIONS, default="header")

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("location"),
        InlinePanel("items", label="Mục menu", min_num=1),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "menu"
        verbose_name_plural = "menu"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name)
        super().save(*args, **kwargs)


class MenuItem(Orderable):
    """One entry of a menu: a page of the site or an external link."""

    menu = ParentalKey(Menu, on_delete=models.CASCADE, related_name="items")
    label = models.CharField(
        "nhãn", max_length=120, blank=True, help_text="Để trống: dùng tên trang."
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="trang",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    url = models.CharField(
        "hoặc đường dẫn",
        max_length=1000,
        blank=True,
        validators=[validate_safe_url],
        help_text="http(s)://…, mailto:… hoặc tel:…",
    )
    open_in_new_tab = models.BooleanField("mở trong thẻ mới", default=False)

    panels = [
        FieldPanel("label"),
        FieldPanel("page"),
        FieldPanel("url"),
        FieldPanel("open_in_new_tab"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "mục menu"
        verbose_name_plural = "mục menu"

    def __str__(self):
        return self.display_label

    @property
    def display_label(self) -> str:
        return self.label or (self.page.title if self.page_id else self.url)

    def clean(self):
        self.label = nfc(self.label)
        if bool(self.page_id) == bool(self.url):
            raise ValidationError(
                {
                    "url": "Mỗi mục menu trỏ tới đúng một đích: chọn một trang "
                    "hoặc nhập một đường dẫn."
                }
            )
        if self.url and not self.label:
            raise ValidationError({"label": "Mục menu trỏ tới đường dẫn ngoài cần có nhãn."})
