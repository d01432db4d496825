"""Delete a training record entered by mistake (editors or higher of the person's
organisation or an ancestor); what it added to the training series is taken back."""

from __future__ import annotations

from programme.actions.training_base import TrainingAction
from programme.models import TrainingRecord
from programme.training import recount


class DeleteTrainingRecord(TrainingAction):
    def __init__(self, record: TrainingRecord, *, actor=None):
        super().__init__(actor=actor)
        self.record = record

    def prepare(self) -> None:
        self.record = (
            TrainingRecord.objects.select_for_update(of=("self",))
            .select_related("cadre__organization", "course")
            .get(pk=self.record.pk)
        )

    def check_permission(self) -> None:
        self.require_editor(self.record.cadre.organization, "xoá kết quả tập huấn")

    def perform(self) -> None:
        cadre_id = self.record.cadre_id
        self.record.delete()
        recount([cadre_id])

    def audit(self, result) -> None:
        self.log("Xoá kết quả tập huấn %s / %s", self.record.cadre.code, self.record.course.code)
