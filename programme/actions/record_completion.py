"""Record (or correct) one person's result in one course: attended, completed on a date, or
a completion undone (``completed=False``). Editors (or higher) of the person's organisation
or an ancestor record it; the course must be one the person's organisation can see (organised
by it, an ancestor or a unit below it). The training series follow (programme.training)."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone

from programme.actions.training_base import TrainingAction
from programme.models import Cadre, Course, TrainingRecord
from programme.training import recount
from programme.training_import import visible_courses


class RecordCompletion(TrainingAction):
    def __init__(
        self,
        cadre: Cadre,
        course: Course,
        *,
        completed: bool,
        completed_on: datetime.date | None = None,
        result: str = "",
        actor=None,
    ):
        super().__init__(actor=actor)
        self.cadre = cadre
        self.course = course
        self.completed = bool(completed)
        self.completed_on = completed_on if self.completed else None
        self.result = " ".join((result or "").split())

    def prepare(self) -> None:
        self.cadre = Cadre.objects.select_related("organization").get(pk=self.cadre.pk)
        self.course = Course.objects.get(pk=self.course.pk)
        self.existing = (
            TrainingRecord.objects.select_for_update()
            .filter(cadre=self.cadre, course=self.course)
            .first()
        )

    def validate(self) -> None:
        errors = {}
        if not visible_courses(self.cadre.organization).filter(pk=self.course.pk).exists():
            errors["course"] = "Khoá học không thuộc đơn vị, cấp trên hay đơn vị trực thuộc."
        if self.completed:
            if not isinstance(self.completed_on, datetime.date):
                errors["completed_on"] = "Hãy nhập ngày hoàn thành."
            elif self.completed_on < self.course.starts_on:
                errors["completed_on"] = (
                    "Ngày hoàn thành không được trước ngày bắt đầu khoá học "
                    f"({self.course.starts_on:%d/%m/%Y})."
                )
            elif self.completed_on > timezone.localdate():
                errors["completed_on"] = "Ngày hoàn thành không được ở tương lai."
        if len(self.result) > 64:
            errors["result"] = "Kết quả tối đa 64 ký tự."
        if errors:
            raise ValidationError(errors)

    def check_permission(self) -> None:
        self.require_editor(self.cadre.organization, "ghi kết quả tập huấn")

    def perform(self) -> TrainingRecord:
        record = self.existing or TrainingRecord(cadre=self.cadre, course=self.course)
        record.completed = self.completed
        record.completed_on = self.completed_on
        record.result = self.result
        record.updated_by = self.actor_row
        record.save()
        recount([self.cadre.pk])
        return record

    def audit(self, result) -> None:
        self.log(
            "Kết quả tập huấn %s / %s: %s",
            self.cadre.code,
            self.course.code,
            f"hoàn thành {self.completed_on:%d/%m/%Y}" if self.completed else "chưa hoàn thành",
        )
