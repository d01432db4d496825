"""The record of what was done to plans and to the public choice of indicators: who, when,
and the targets before and after (written by the actions in ``programme/actions/``)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils import timezone


class PlanEventAction(models.TextChoices):
    SAVE = "save", "Lưu chỉ tiêu"
    ACTIVATE = "activate", "Áp dụng kế hoạch"
    DEACTIVATE = "deactivate", "Ngừng áp dụng kế hoạch"
    PUBLISH = "publish", "Chọn chỉ tiêu công khai"


class PlanEvent(models.Model):
    action = models.CharField("thao tác", max_length=16, choices=PlanEventAction.choices)
    at = models.DateTimeField("lúc", default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.CASCADE, related_name="+"
    )
    plan = models.ForeignKey(
        "programme.Plan", on_delete=models.SET_NULL, null=True, blank=True, related_name="events"
    )
    year = models.PositiveSmallIntegerField("năm", null=True, blank=True)
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = "nhật ký kế hoạch chỉ tiêu"
        verbose_name_plural = "nhật ký kế hoạch chỉ tiêu"
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["organization", "at"], name="prog_planevent_org")]

    def __str__(self):
        return f"{self.at:%d/%m/%Y %H:%M} {self.get_action_display()}"


class PublicIndicators(models.Model):
    """The indicators an organisation publishes on its portal (the GraphQL ``programme``
    query answers only these)."""

    organization = models.OneToOneField(
        "hierarchy.Organization", on_delete=models.CASCADE, related_name="programme_public"
    )
    indicators = ArrayField(models.CharField(max_length=32), default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "chỉ tiêu công khai"
        verbose_name_plural = "chỉ tiêu công khai"

    def __str__(self):
        return f"Chỉ tiêu công khai của {self.organization_id}"
