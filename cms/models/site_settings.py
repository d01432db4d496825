"""Per-site settings of a tenant: logo, contacts and social channels."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from cms.sanitize import validate_web_url
from congdoan.text import nfc


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What frontends show in every header and footer of the site."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="logo",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    short_name = models.CharField(
        "tên viết tắt", max_length=60, blank=True, help_text="Ví dụ: LĐLĐ Hà Nội"
    )
    tagline = models.CharField("khẩu hiệu", max_length=255, blank=True)
    address = models.CharField("địa chỉ", max_length=255, blank=True)
    phone = models.CharField("điện thoại", max_length=40, blank=True)
    hotline = models.CharField(
        "đường dây nóng", max_length=40, blank=True, help_text="Ví dụ: 1900 1234 (tư vấn pháp luật)"
    )
    email = models.EmailField("thư điện tử", blank=True)
    facebook_url = models.CharField(
        "Facebook", max_length=500, blank=True, validators=[validate_web_url]
    )
    zalo_url = models.CharField(
        "Zalo",
        max_length=500,
        blank=True,
        validators=[validate_web_url],
        help_text="Đường dẫn Zalo OA, ví dụ: https://zalo.me/...",
    )
    youtube_url = models.CharField(
        "YouTube", max_length=500, blank=True, validators=[validate_web_url]
    )
    tiktok_url = models.CharField(
        "TikTok", max_length=500, blank=True, validators=[validate_web_url]
    )
    footer_text = models.TextField(
        "chân trang", blank=True, help_text="Giấy phép, cơ quan chủ quản…"
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("short_name"), FieldPanel("tagline")],
            heading="Nhận diện",
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("hotline"),
                FieldPanel("email"),
            ],
            heading="Liên hệ",
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("zalo_url"),
                FieldPanel("youtube_url"),
                FieldPanel("tiktok_url"),
            ],
            heading="Mạng xã hội",
        ),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = "cài đặt trang"
        verbose_name_plural = "cài đặt trang"

    def save(self, *args, **kwargs):
        for name in ("short_name", "tagline", "address", "footer_text"):
            setattr(self, name, nfc(getattr(self, name)))
        super().save(*args, **kwargs)
