"""Plans and targets set by an organisation for itself and the levels below it.

A ``Plan`` belongs to the organisation that sets it and one year; its ``Target`` rows each
set an indicator (programme.metrics.INDICATORS) for the setter's subtree, optionally only
for some levels or kinds of organisation. The target in force for an organisation is resolved
along its ancestors (programme.targets): the programme's defaults, replaced from the top down
by each ancestor's active plan, where the target above allows it (``overridable``).
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils import timezone


class PlanStatus(models.TextChoices):
    DRAFT = "draft", "Bản nháp"
    ACTIVE = "active", "Đang áp dụng"


class Plan(models.Model):
    organization = models.ForeignKey(
        "hierarchy.Organization", on_delete=models.CASCADE, related_name="programme_plans"
    )
    year = models.PositiveSmallIntegerField("năm")
    status = models.CharField(
        "trạng thái", max_length=16, choices=PlanStatus.choices, default=PlanStatus.DRAFT
    )
    note = models.TextField("ghi chú", blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = "kế hoạch chỉ tiêu"
        verbose_name_plural = "kế hoạch chỉ tiêu"
        constraints = [
            models.UniqueConstraint(fields=["organization", "year"], name="prog_plan_unique")
        ]

    def __str__(self):
        return f"Kế hoạch {self.year} của {self.organization}"


class Target(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="targets")
    indicator = models.CharField("chỉ tiêu", max_length=32)
    value = models.DecimalField("mức", max_digits=12, decimal_places=2)
    #: Levels (hierarchy.models.Level) it applies to; empty: every level of the subtree.
    levels = ArrayField(models.PositiveSmallIntegerField(), default=list, blank=True)
    #: Kinds (hierarchy.models.Kind) it applies to; empty: every kind.
    kinds = ArrayField(models.CharField(max_length=32), default=list, blank=True)
    overridable = models.BooleanField("cấp dưới được điều chỉnh", default=True)

    class Meta:
        verbose_name = "chỉ tiêu"
        verbose_name_plural = "chỉ tiêu"
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "indicator", "levels", "kinds"], name="prog_target_unique"
            )
        ]

    def __str__(self):
        return f"{self.indicator} = {self.value}"
