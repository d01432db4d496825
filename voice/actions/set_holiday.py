"""Add or remove a day off in an organisation's calendar (it applies to its subtree)."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError

from congdoan.actions import Action
from congdoan.text import nfc
from hierarchy.models import Organization
from hierarchy.roles import require_admin
from voice.models import Holiday


class SetHoliday(Action):
    public = True

    def __init__(
        self,
        organization: Organization,
        date: datetime.date,
        *,
        name: str = "",
        remove: bool = False,
        actor=None,
    ):
        super().__init__(actor=actor)
        self.organization = organization
        self.date = date
        self.name = nfc(name or "").strip()
        self.remove = remove

    def validate(self) -> None:
        if not isinstance(self.date, datetime.date):
            raise ValidationError({"date": "Ngày nghỉ không hợp lệ (dd/mm/yyyy)."})
        if len(self.name) > 128:
            raise ValidationError({"name": "Tên ngày nghỉ tối đa 128 ký tự."})
        exists = Holiday.objects.filter(organization=self.organization, date=self.date).exists()
        if self.remove and not exists:
            raise ValidationError(f"Ngày {self.date:%d/%m/%Y} không có trong lịch nghỉ.")
        if not self.remove and exists:
            raise ValidationError(f"Ngày {self.date:%d/%m/%Y} đã có trong lịch nghỉ.")

    def check_permission(self) -> None:
        require_admin(self.actor, self.organization, "sửa lịch ngày nghỉ")

    def perform(self):
        if self.remove:
            Holiday.objects.filter(organization=self.organization, date=self.date).delete()
            return None
        return Holiday.objects.create(
            organization=self.organization, date=self.date, name=self.name
        )
