"""A file at the row limit (5,000 rows) is imported whole and exactly, in a fixed number of
statements; a file at the limit with one bad row is refused whole. Run with ``-s`` to see
how long each took (reported, never asserted)."""

import datetime
import time

import pytest

from programme.actions.import_records import ImportRecords
from programme.actions.import_roster import ImportRoster
from programme.figures import Period, subtree_totals
from programme.models import Cadre, TrainingRecord
from programme.training_import import RECORD_COLUMNS, ROSTER_COLUMNS, ImportRefused, max_rows
from tests.programme.training.conftest import add_course, xlsx
from tests.statements import statements

pytestmark = pytest.mark.django_db


def _run(label, action):
    started = time.perf_counter()
    with statements() as sql:
        result = action.execute()
    print(f"{label}: {time.perf_counter() - started:.2f} s, {len(sql)} statements")
    return result, sql


def test_a_file_at_the_row_limit(org_tree):
    n = max_rows()
    roster = [
        ["", f"C{i:05d}", f"Nguyễn Văn {i}", "", "Cán bộ công đoàn", "", "01/01/2025", ""]
        for i in range(n)
    ]
    data = xlsx([[c.header for c in ROSTER_COLUMNS], *roster])
    created, sql = _run(f"roster {n} rows", ImportRoster(org_tree["g1"], data, "ds.xlsx"))
    assert len(created) == n
    assert len(sql) <= 15, sql
    add_course(org_tree["a"], "TT-1", start=datetime.date(2025, 1, 1))
    records = [["", f"C{i:05d}", "", "TT-1", "Có", "10/02/2025", "Đạt"] for i in range(n)]
    data = xlsx([[c.header for c in RECORD_COLUMNS], *records])
    created, sql = _run(f"records {n} rows", ImportRecords(org_tree["g1"], data, "kq.xlsx"))
    assert len(created) == n
    assert len(sql) <= 15, sql
    assert subtree_totals(
        org_tree["a"], Period.year(2025), series=["cadres_total", "cadres_trained"]
    ) == {"cadres_total": n, "cadres_trained": n}
    assert Cadre.objects.filter(trained_on=datetime.date(2025, 2, 10)).count() == n

    add_course(org_tree["a"], "TT-2", start=datetime.date(2025, 1, 1))
    records = [[*r[:3], "TT-2", *r[4:]] for r in records]
    records[-1][5] = "31/02/2025"
    data = xlsx([[c.header for c in RECORD_COLUMNS], *records])
    started = time.perf_counter()
    with pytest.raises(ImportRefused) as err:
        ImportRecords(org_tree["g1"], data, "kq.xlsx").execute()
    print(f"refused {n} rows: {time.perf_counter() - started:.2f} s")
    assert [r.row for r in err.value.rejected] == [n + 1]
    assert TrainingRecord.objects.count() == n
