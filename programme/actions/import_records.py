"""Import training results from a spreadsheet (XLSX or CSV, UTF-8): one row per person and
course, people of the organisation or its subtree, courses it can see. The whole file is
refused when any row is bad (programme.training_import.check_records)."""

from __future__ import annotations

from programme.actions.training_import_base import SpreadsheetImport
from programme.models import TrainingRecord
from programme.training import recount
from programme.training_import import RECORD_COLUMNS, check_records, read_rows


class ImportRecords(SpreadsheetImport):
    what = "nhập kết quả tập huấn"

    def check(self):
        return check_records(self.organization, read_rows(self.data, self.filename, RECORD_COLUMNS))

    def write(self) -> list[TrainingRecord]:
        records = TrainingRecord.objects.bulk_create(
            [
                TrainingRecord(
                    cadre=row.cadre,
                    course=row.course,
                    completed=row.completed,
                    completed_on=row.completed_on,
                    result=row.result,
                    updated_by=self.actor_row,
                )
                for row in self.rows
            ]
        )
        recount({r.cadre_id for r in records})
        return records

    def audit(self, result) -> None:
        self.log(
            "Nhập %s kết quả tập huấn cho %s từ %s",
            len(result),
            self.organization.code,
            self.filename,
        )
