"""Create a training course organised by an organisation (editors or higher of it or an
ancestor). The course code is unique on the platform: training spreadsheets name courses by
it."""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from congdoan.text import nfc, normalise_code
from hierarchy.models import Organization
from programme.actions.training_base import TrainingAction
from programme.models import Course, CourseMode


class CreateCourse(TrainingAction):
    def __init__(
        self,
        organizer: Organization,
        *,
        code: str,
        title: str,
        mode: str,
        starts_on: datetime.date,
        ends_on: datetime.date,
        hours,
        communication: bool = True,
        actor=None,
    ):
        super().__init__(actor=actor)
        self.organizer = organizer
        self.code = normalise_code(code)
        self.title = " ".join(nfc(title or "").split())
        self.mode = mode
        self.starts_on = starts_on
        self.ends_on = ends_on
        self.hours = hours
        self.communication = bool(communication)

    def prepare(self) -> None:
        self.organizer = Organization.objects.get(pk=self.organizer.pk)

    def validate(self) -> None:
        errors = {}
        if not self.code:
            errors["code"] = "Hãy nhập mã khoá học."
        elif len(self.code) > 32:
            errors["code"] = "Mã khoá học tối đa 32 ký tự."
        elif Course.objects.filter(code=self.code).exists():
            errors["code"] = f"Mã khoá học «{self.code}» đã được dùng; hãy chọn mã khác."
        if not self.title:
            errors["title"] = "Hãy nhập tên khoá học."
        elif len(self.title) > 255:
            errors["title"] = "Tên khoá học tối đa 255 ký tự."
        if self.mode not in CourseMode.values:
            errors["mode"] = "Hình thức phải là trực tuyến hoặc trực tiếp."
        if not isinstance(self.starts_on, datetime.date):
            errors["starts_on"] = "Hãy nhập ngày bắt đầu."
        if not isinstance(self.ends_on, datetime.date):
            errors["ends_on"] = "Hãy nhập ngày kết thúc."
        elif isinstance(self.starts_on, datetime.date) and self.ends_on < self.starts_on:
            errors["ends_on"] = "Ngày kết thúc không được trước ngày bắt đầu."
        try:
            self.hours = Decimal(str(self.hours))
            if not Decimal(0) < self.hours <= Decimal(10000):
                raise InvalidOperation
        except (InvalidOperation, ValueError):
            errors["hours"] = "Số giờ phải lớn hơn 0."
        if not self.organizer.is_active:
            errors["__all__"] = "Đơn vị đã hợp nhất hoặc giải thể."
        if errors:
            raise ValidationError(errors)

    def check_permission(self) -> None:
        self.require_editor(self.organizer, "tạo khoá tập huấn")

    def perform(self) -> Course:
        try:
            with transaction.atomic():
                return self._create()
        except IntegrityError:  # the same code taken meanwhile
            raise ValidationError(
                {"code": f"Mã khoá học «{self.code}» đã được dùng; hãy chọn mã khác."}
            ) from None

    def _create(self) -> Course:
        return Course.objects.create(
            organizer=self.organizer,
            code=self.code,
            title=self.title,
            mode=self.mode,
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            hours=self.hours,
            communication=self.communication,
            created_by=self.actor_row,
        )

    def audit(self, result) -> None:
        self.log("Khoá tập huấn %s tạo tại %s", result.code, self.organizer.code)
