"""Set (create or change) or remove an organisation's routing rule for a kind/topic.

An organisation's admins (``hierarchy.roles.is_admin_of``: a role on it or an ancestor)
set the rules of that organisation; a rule needs a response window or a destination. A
rule may not change what a non-overridable rule of an ancestor already decides for the
same cases (same or wider kind/topic, same attribute), and its destination must be on the
organisation's own branch (an ancestor or a unit below), never an unrelated organisation.
"""

from __future__ import annotations

import logging

from django.core.exceptions import ValidationError

from congdoan.actions import Action
from hierarchy.models import Organization
from hierarchy.roles import require_admin
from voice.models import Kind, RoutingRule, Topic
from voice.routing import prefixes

logger = logging.getLogger("voice.rules")

MAX_HOURS = 720  # 30 days


class SetRoutingRule(Action):
    public = True

    def __init__(
        self,
        organization: Organization,
        *,
        kind: str = "",
        topic: str = "",
        response_hours: int | None = None,
        working_days_only: bool = False,
        route_to: Organization | None = None,
        overridable: bool = True,
        remove: bool = False,
        actor=None,
    ):
        super().__init__(actor=actor)
        self.organization = organization
        self.kind = kind or ""
        self.topic = topic or ""
        self.response_hours = response_hours
        self.working_days_only = bool(working_days_only)
        self.route_to = route_to
        self.overridable = bool(overridable)
        self.remove = remove

    def prepare(self) -> None:
        self.organization = Organization.objects.get(pk=self.organization.pk)
        self.existing = RoutingRule.objects.filter(
            organization=self.organization, kind=self.kind, topic=self.topic
        ).first()

    def validate(self) -> None:
        org = self.organization
        if not org.is_active:
            raise ValidationError("Đơn vị đã hợp nhất hoặc giải thể, không đặt quy tắc được.")
        if self.kind not in {"", *Kind.values}:
            raise ValidationError({"kind": "Loại vụ việc không hợp lệ."})
        if self.topic not in {"", *Topic.values}:
            raise ValidationError({"topic": "Lĩnh vực không hợp lệ."})
        if self.remove:
            if self.existing is None:
                raise ValidationError("Đơn vị chưa có quy tắc này để xoá.")
            return
        hours = self.response_hours
        if hours is not None and (
            not isinstance(hours, int) or isinstance(hours, bool) or not 1 <= hours <= MAX_HOURS
        ):
            raise ValidationError(
                {"response_hours": f"Thời hạn phản hồi phải từ 1 đến {MAX_HOURS} giờ."}
            )
        if hours is None and self.route_to is None:
            raise ValidationError(
                "Quy tắc cần có thời hạn phản hồi hoặc đơn vị chuyển đến (hoặc cả hai)."
            )
        if self.route_to is not None:
            target = Organization.objects.filter(pk=self.route_to.pk).first()
            if target is None or not target.is_active:
                raise ValidationError(
                    {"route_to": "Đơn vị chuyển đến không tồn tại hoặc không còn hoạt động."}
                )
            if target.pk == org.pk:
                raise ValidationError({"route_to": "Không thể chuyển vụ việc đến chính đơn vị."})
            if not (org.path.startswith(target.path) or target.path.startswith(org.path)):
                raise ValidationError(
                    {
                        "route_to": "Chỉ chuyển được đến đơn vị cấp trên hoặc đơn vị trực "
                        "thuộc của mình."
                    }
                )
            self.route_to = target
        self._check_locks()

    def _check_locks(self) -> None:
        locks = (
            RoutingRule.objects.filter(
                organization__path__in=prefixes(self.organization.path)[:-1],
                overridable=False,
                kind__in=["", self.kind] if self.kind else [""],
                topic__in=["", self.topic] if self.topic else [""],
            )
            .select_related("organization")
            .order_by("organization__path")
        )
        for lock in locks:
            if self.response_hours is not None and lock.response_hours:
                what = f"thời hạn phản hồi {lock.response_hours} giờ"
            elif self.route_to is not None and lock.route_to_id:
                what = "đơn vị tiếp nhận"
            else:
                continue
            raise ValidationError(
                f"{lock.organization.name} đã quy định {what} cho các vụ việc này và không "
                "cho phép cấp dưới thay đổi."
            )

    def check_permission(self) -> None:
        require_admin(self.actor, self.organization, "đặt quy tắc tiếp nhận vụ việc")

    def perform(self):
        if self.remove:
            self.existing.delete()
            return None
        rule, _ = RoutingRule.objects.update_or_create(
            organization=self.organization,
            kind=self.kind,
            topic=self.topic,
            defaults={
                "response_hours": self.response_hours,
                "working_days_only": self.working_days_only,
                "route_to": self.route_to,
                "overridable": self.overridable,
            },
        )
        return rule

    def audit(self, result) -> None:
        logger.info(
            "Quy tắc tiếp nhận %s tại %s (loại %r, lĩnh vực %r) bởi %s",
            "xoá" if self.remove else "đặt",
            self.organization.code,
            self.kind,
            self.topic,
            getattr(self.actor, "pk", None),
        )
