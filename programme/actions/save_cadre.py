"""Add a person to an organisation's cadre roster, or correct their entry.

Editors (or higher) of the organisation or an ancestor keep its roster. The cadre code is
the organisation's own (unique within it; never a national ID number). A person who leaves
the position gets ``active_to``; moving to another organisation is a new entry there. The
training series follow every change exactly (programme.training.recount).
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from congdoan.text import nfc, normalise_code
from hierarchy.models import Organization
from programme.actions.training_base import TrainingAction
from programme.models import Cadre, CadreCategory
from programme.training import recount


class SaveCadre(TrainingAction):
    def __init__(
        self,
        *,
        organization: Organization | None = None,
        cadre: Cadre | None = None,
        code: str,
        full_name: str,
        category: str,
        active_from: datetime.date,
        active_to: datetime.date | None = None,
        birth_date: datetime.date | None = None,
        position: str = "",
        actor=None,
    ):
        super().__init__(actor=actor)
        self.organization = organization
        self.cadre = cadre
        self.code = normalise_code(code)
        self.full_name = " ".join(nfc(full_name or "").split())
        self.category = category
        self.active_from = active_from
        self.active_to = active_to
        self.birth_date = birth_date
        self.position = " ".join(nfc(position or "").split())

    def prepare(self) -> None:
        if self.cadre is not None:
            self.cadre = Cadre.objects.select_for_update().get(pk=self.cadre.pk)
            self.organization = self.cadre.organization
        self.organization = Organization.objects.get(pk=self.organization.pk)

    def validate(self) -> None:
        errors = {}
        if not self.code:
            errors["code"] = "Hãy nhập mã cán bộ."
        elif len(self.code) > 32:
            errors["code"] = "Mã cán bộ tối đa 32 ký tự."
        else:
            clash = Cadre.objects.filter(organization=self.organization, code=self.code)
            if self.cadre is not None:
                clash = clash.exclude(pk=self.cadre.pk)
            if clash.exists():
                errors["code"] = f"Mã cán bộ «{self.code}» đã có trong danh sách của đơn vị."
        if not self.full_name:
            errors["full_name"] = "Hãy nhập họ và tên."
        elif len(self.full_name) > 128:
            errors["full_name"] = "Họ và tên tối đa 128 ký tự."
        if len(self.position) > 128:
            errors["position"] = "Chức vụ tối đa 128 ký tự."
        if self.category not in CadreCategory.values:
            errors["category"] = "Nhóm chức danh không hợp lệ."
        if not isinstance(self.active_from, datetime.date):
            errors["active_from"] = "Hãy nhập ngày bắt đầu giữ chức vụ."
        elif self.active_to is not None and self.active_to < self.active_from:
            errors["active_to"] = "Ngày thôi giữ chức vụ không được trước ngày bắt đầu."
        if self.birth_date is not None and not (
            datetime.date(1900, 1, 1) <= self.birth_date <= timezone.localdate()
        ):
            errors["birth_date"] = "Ngày sinh không hợp lệ."
        if self.cadre is None and not self.organization.is_active:
            errors["__all__"] = "Đơn vị đã hợp nhất hoặc giải thể."
        if errors:
            raise ValidationError(errors)

    def check_permission(self) -> None:
        self.require_editor(self.organization, "cập nhật danh sách cán bộ")

    def perform(self) -> Cadre:
        cadre = self.cadre or Cadre(organization=self.organization)
        cadre.code = self.code
        cadre.full_name = self.full_name
        cadre.category = self.category
        cadre.position = self.position
        cadre.active_from = self.active_from
        cadre.active_to = self.active_to
        cadre.birth_date = self.birth_date
        cadre.updated_by = self.actor_row
        try:
            with transaction.atomic():
                cadre.save()
        except IntegrityError:  # the same code added meanwhile
            raise ValidationError(
                {"code": f"Mã cán bộ «{self.code}» đã có trong danh sách của đơn vị."}
            ) from None
        recount([cadre.pk])
        cadre.refresh_from_db()
        return cadre

    def audit(self, result) -> None:
        self.log(
            "Cán bộ %s tại %s %s",
            result.code,
            self.organization.code,
            "sửa" if self.cadre is not None else "thêm",
        )
