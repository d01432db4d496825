"""Per-tenant API settings and the allow-list of trusted (persisted) queries."""

import hashlib

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="code")
class ApiSettings(BaseGenericSetting):
    persisted_queries_only = models.BooleanField(
        "chỉ chấp nhận truy vấn đã đăng ký",
        default=False,
        help_text=(
            "Bật khi trang web/ứng dụng của đơn vị đã đi vào vận hành: API chỉ trả lời các truy "
            "vấn có trong danh sách truy vấn tin cậy (gửi bằng mã băm SHA-256)."
        ),
    )
    frontend_preview_url = models.URLField(
        "địa chỉ xem trước của frontend",
        blank=True,
        help_text=(
            "Ví dụ https://hanoi.congdoan.vn/xem-truoc. Nút Xem trước trong trang quản trị mở "
            "địa chỉ này kèm mã xem trước có hạn."
        ),
    )

    class Meta:
        verbose_name = "cấu hình API"


# Cache keys are prefixed with the tenant's schema (django_tenants.cache.make_key).
PERSISTED_ONLY_KEY = "graphql:persisted-queries-only"


def persisted_queries_only() -> bool:
    """The tenant's switch, cached (saves a statement per API request); dropped on save.

    Read without ``load()``, which creates the row when it is missing: an API read never
    writes (a write would also send the rest of the request from the replica to the primary).
    """
    value = cache.get(PERSISTED_ONLY_KEY)
    if value is None:
        value = bool(ApiSettings.objects.values_list("persisted_queries_only", flat=True).first())
        cache.set(PERSISTED_ONLY_KEY, value, 300)
    return value


@receiver(post_save, sender=ApiSettings)
@receiver(post_delete, sender=ApiSettings)
def _api_settings_changed(sender, **kwargs):
    cache.delete(PERSISTED_ONLY_KEY)


def query_hash(query: str) -> str:
    return hashlib.sha256(query.encode("utf-8")).hexdigest()


class PersistedQuery(models.Model):
    """A query a frontend may send by its SHA-256 hash (Apollo's persisted-query format)."""

    sha256 = models.CharField("mã SHA-256", max_length=64, unique=True, editable=False)
    name = models.CharField("tên", max_length=200)
    query = models.TextField("truy vấn GraphQL")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "truy vấn tin cậy"
        verbose_name_plural = "truy vấn tin cậy"
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.sha256 = query_hash(self.query)
        super().save(*args, **kwargs)

    def clean(self):
        from graphql import GraphQLError, parse

        try:
            parse(self.query)
        except GraphQLError as exc:
            raise ValidationError({"query": f"Truy vấn không hợp lệ: {exc.message}"}) from exc


@receiver(post_save, sender=PersistedQuery)
@receiver(post_delete, sender=PersistedQuery)
def _persisted_query_changed(sender, instance, **kwargs):
    """Cached answers of a removed or edited query go with it (docs/caching.md)."""
    from delivery.invalidation import persisted_query_changed

    persisted_query_changed(sender, instance)
