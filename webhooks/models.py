"""Webhook endpoints, their deliveries and the log of every attempt (public schema).

The tables live in the public schema, each row tied to its tenant (``Endpoint.tenant``):
deliveries are jobs that the worker runs from the public schema without switching to a
tenant, a platform operator can see every failing endpoint in one query, and dropping a
tenant drops its endpoints with it. Isolation is by that column: every admin query and every
event goes through ``Endpoint.objects.for_tenant`` (tests/webhooks/test_isolation.py).
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import connection, models


def new_message_id() -> str:
    """The ``webhook-id`` of a delivery: the same for every attempt and replay of it."""
    return f"msg_{uuid.uuid4().hex}"


class EndpointQuerySet(models.QuerySet):
    def for_tenant(self, tenant):
        return self.filter(tenant=tenant)


class Endpoint(models.Model):
    tenant = models.ForeignKey(
        "tenants.Tenant",
        on_delete=models.CASCADE,
        related_name="webhook_endpoints",
        verbose_name="đơn vị",
    )
    url = models.URLField("địa chỉ nhận (URL)", max_length=2000)
    description = models.CharField("mô tả", max_length=255, blank=True)
    secret = models.CharField("khóa bí mật", max_length=128)
    #: After a rotation the old secret still signs (a second signature) until this time, so
    #: receivers can switch without losing deliveries.
    previous_secret = models.CharField(max_length=128, blank=True)
    previous_secret_until = models.DateTimeField(null=True, blank=True)
    enabled = models.BooleanField("đang bật", default=True)
    events = models.JSONField("sự kiện", default=list)
    page_types = models.JSONField("loại trang", default=list, blank=True)
    organization = models.ForeignKey(
        "hierarchy.Organization",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="chỉ đơn vị và cấp dưới của",
    )
    disabled_at = models.DateTimeField("tự động tắt lúc", null=True, blank=True)
    disabled_reason = models.TextField("lý do tắt", blank=True)
    #: Deliveries in a row whose every attempt failed (reset by any success).
    failed_deliveries = models.PositiveIntegerField(default=0)
    #: First failed attempt since the last success; None while the endpoint answers.
    failing_since = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = EndpointQuerySet.as_manager()

    class Meta:
        verbose_name = "điểm nhận webhook"
        verbose_name_plural = "điểm nhận webhook"
        ordering = ["tenant_id", "id"]
        indexes = [models.Index(fields=["tenant", "enabled"], name="webhook_endpoint_tenant")]

    def __str__(self):
        return self.description or self.url

    def matches(self, event) -> bool:
        """Whether ``event`` (an ``outbox.Event``) passes this endpoint's filters."""
        if event.type not in self.events:
            return False
        if self.page_types and event.page_type and event.page_type not in self.page_types:
            return False
        if self.organization_id is not None:
            root = self.organization.path
            if not any(path.startswith(root) for path in event.resolved_org_paths()):
                return False
        return True


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Đang chờ gửi"
    DELIVERED = "delivered", "Đã gửi"
    FAILED = "failed", "Thất bại (có thể gửi lại)"


class Delivery(models.Model):
    """One event for one endpoint; its attempts share ``message_id`` (``webhook-id``)."""

    message_id = models.CharField(
        "mã (webhook-id)", max_length=64, unique=True, default=new_message_id
    )
    endpoint = models.ForeignKey(
        Endpoint, on_delete=models.CASCADE, related_name="deliveries", verbose_name="điểm nhận"
    )
    event_type = models.CharField("sự kiện", max_length=64)
    object_key = models.CharField("đối tượng", max_length=128)
    sequence = models.BigIntegerField("số thứ tự")
    payload = models.JSONField("nội dung")
    status = models.CharField(
        "trạng thái", max_length=16, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    #: Highest attempt a worker has started; a delivery whose first attempt has not started
    #: takes later events for the same object (coalescing).
    claimed = models.PositiveSmallIntegerField(default=0)
    attempts = models.PositiveSmallIntegerField("số lần đã thử", default=0)
    next_attempt_at = models.DateTimeField("lần thử tới", null=True, blank=True)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    delivered_at = models.DateTimeField("gửi được lúc", null=True, blank=True)

    class Meta:
        verbose_name = "lần gửi webhook"
        verbose_name_plural = "nhật ký gửi webhook"
        ordering = ["-id"]
        indexes = [
            models.Index(
                fields=["endpoint", "object_key"],
                condition=models.Q(status="pending", claimed=0),
                name="webhook_delivery_coalesce",
            ),
            models.Index(fields=["endpoint", "-id"], name="webhook_delivery_log"),
        ]

    def __str__(self):
        return self.message_id


class Attempt(models.Model):
    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="attempt_log")
    number = models.PositiveSmallIntegerField("lần thử")
    planned_at = models.DateTimeField("dự kiến lúc")
    started_at = models.DateTimeField("bắt đầu lúc")
    status_code = models.PositiveSmallIntegerField("mã HTTP", null=True, blank=True)
    latency_ms = models.PositiveIntegerField("thời gian (ms)", null=True, blank=True)
    response_body = models.TextField("phản hồi (1 KB đầu)", blank=True)
    error = models.TextField("lỗi", blank=True)
    replay = models.BooleanField("gửi lại thủ công", default=False)

    class Meta:
        verbose_name = "lần thử"
        verbose_name_plural = "các lần thử"
        ordering = ["delivery_id", "number"]

    def __str__(self):
        return f"{self.delivery_id}#{self.number}"

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


class Sequence(models.Model):
    """The last sequence number given to an object (``<schema>:<kind>:<id>``)."""

    key = models.CharField(max_length=200, unique=True)
    value = models.BigIntegerField(default=0)

    def __str__(self):
        return f"{self.key}={self.value}"


def next_sequence(key: str) -> int:
    """Increment and return the object's sequence in the current transaction (a rolled-back
    change gives its number back; concurrent writers of one object wait on its row)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO public.webhooks_sequence (key, value) VALUES (%s, 1) "
            "ON CONFLICT (key) DO UPDATE SET value = webhooks_sequence.value + 1 "
            "RETURNING value",
            [key],
        )
        return cursor.fetchone()[0]
