"""Import an organisation's cadre roster from a spreadsheet (XLSX or CSV, UTF-8): every row
is a new roster entry of the organisation or a unit of its subtree («Mã đơn vị»). The whole
file is refused when any row is bad (programme.training_import.check_roster)."""

from __future__ import annotations

from hierarchy.models import search_key
from programme.actions.training_import_base import SpreadsheetImport
from programme.models import Cadre
from programme.training import recount
from programme.training_import import ROSTER_COLUMNS, check_roster, read_rows


class ImportRoster(SpreadsheetImport):
    what = "nhập danh sách cán bộ"

    def check(self):
        return check_roster(self.organization, read_rows(self.data, self.filename, ROSTER_COLUMNS))

    def write(self) -> list[Cadre]:
        cadres = Cadre.objects.bulk_create(
            [
                Cadre(
                    organization=row.organization,
                    code=row.code,
                    full_name=row.full_name,
                    search_key=search_key(row.full_name),
                    category=row.category,
                    position=row.position,
                    birth_date=row.birth_date,
                    active_from=row.active_from,
                    active_to=row.active_to,
                    updated_by=self.actor_row,
                )
                for row in self.rows
            ]
        )
        recount([c.pk for c in cadres])
        return cadres

    def audit(self, result) -> None:
        self.log(
            "Nhập %s cán bộ vào danh sách của %s từ %s",
            len(result),
            self.organization.code,
            self.filename,
        )
