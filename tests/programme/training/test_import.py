"""Spreadsheet imports: a good file is imported whole (XLSX and CSV); a file with any bad
row is refused whole, with every rejected row and why, and nothing written."""

import datetime
import io
import zipfile

import openpyxl
import pytest
from django.core.exceptions import PermissionDenied

from programme.actions.import_records import ImportRecords
from programme.actions.import_roster import ImportRoster
from programme.figures import Period, subtree_totals
from programme.models import Cadre, OrgMonth, SubtreeMonth, TrainingRecord
from programme.training import recount
from programme.training_import import (
    RECORD_COLUMNS,
    ROSTER_COLUMNS,
    ImportRefused,
    template_workbook,
)
from tests.programme.training.conftest import add_cadre, add_course, csv_bytes, xlsx
from tests.statements import statements

pytestmark = pytest.mark.django_db

ROSTER_HEAD = [c.header for c in ROSTER_COLUMNS]
RECORD_HEAD = [c.header for c in RECORD_COLUMNS]


def roster_row(code, org="", name=None, birth="", cat="Cán bộ công đoàn", start="01/01/2025"):
    return [org, code, name or f"Nguyễn Văn {code}", birth, cat, "", start, ""]


def record_row(code, course="TT-01", org="", done="Có", on="10/03/2025", name="", result="Đạt"):
    return [org, code, name, course, done, on, result]


def snapshot():
    return (
        Cadre.objects.count(),
        TrainingRecord.objects.count(),
        OrgMonth.objects.count(),
        SubtreeMonth.objects.count(),
    )


def refused(action) -> ImportRefused:
    before = snapshot()
    with pytest.raises(ImportRefused) as err:
        action.execute()
    assert snapshot() == before  # nothing written
    return err.value


@pytest.fixture
def base(org_tree):
    """UA1's roster (G1: A1, A2, A3 cadres) and a course of province A from 01/03/2025."""
    people = [add_cadre(org_tree["g1"], code) for code in ("A1", "A2", "A3")]
    recount([p.pk for p in people])
    course = add_course(org_tree["a"], "TT-01", start=datetime.date(2025, 3, 1))
    return people, course


def test_roster_xlsx_imported_whole_and_counted(org_tree, editor_of):
    data = xlsx(
        [
            ["STT", *ROSTER_HEAD],
            [1, *roster_row("CB-1", name="Nguyễn Thị Lan", birth="15/04/1985")],
            [2, *roster_row("cb-2", org="xg2", cat="Cán bộ chủ chốt")],
            [3, *roster_row("L-1", org="XUA1", cat="Cán bộ chủ chốt", start="02/02/2025")],
        ]
    )
    created = ImportRoster(org_tree["ua1"], data, "ds.xlsx", actor=editor_of("ua1")).execute()
    assert len(created) == 3
    lan = Cadre.objects.get(code="CB-1")
    assert (lan.organization, lan.full_name, lan.birth_date) == (
        org_tree["ua1"],
        "Nguyễn Thị Lan",
        datetime.date(1985, 4, 15),
    )
    assert Cadre.objects.get(code="CB-2").organization == org_tree["g2"]
    # UA1's own "Cán bộ công đoàn" is not counted; the UA1 leader is, and the G2 leader
    # (a grassroots cadre) too.
    assert subtree_totals(
        org_tree["a"], Period.year(2025), series=["leaders_total", "cadres_total"]
    ) == {"leaders_total": 1, "cadres_total": 1}


def test_roster_csv_utf8_with_semicolons(org_tree, editor_of):
    text = ";".join(ROSTER_HEAD) + "\n" + ";".join(roster_row("Đ-01", name="Đặng Thị Hà")) + "\n"
    created = ImportRoster(
        org_tree["g1"], ("\ufeff" + text).encode("utf-8"), "ds.csv", actor=editor_of("g1")
    ).execute()
    assert [c.full_name for c in created] == ["Đặng Thị Hà"]


def test_roster_refused_with_every_reason(org_tree, editor_of):
    add_cadre(org_tree["g1"], "OLD")
    data = xlsx(
        [
            ROSTER_HEAD,
            roster_row("OK-1"),
            roster_row("OLD"),  # 3: already on the roster
            roster_row("D1"),
            roster_row("d1"),  # 5: duplicate of row 4
            roster_row("X", start="2025-01-01"),  # 6: not dd/mm/yyyy
            roster_row("Y", start="31/02/2025"),  # 7: impossible date
            roster_row("Z", cat="Trưởng ban"),  # 8: unknown category
            roster_row("W", org="XG3"),  # 9: G3 is outside G1's subtree
            ["", "", "", "", "Cán bộ công đoàn", "", "01/01/2025", "05/05/2024"],  # 10
        ]
    )
    err = refused(ImportRoster(org_tree["g1"], data, "ds.xlsx", actor=editor_of("g1")))
    reasons = {r.row: r.reason for r in err.rejected}
    assert sorted(reasons) == [3, 5, 6, 7, 8, 9, 10]
    assert "đã có trong danh sách cán bộ" in reasons[3]
    assert "Trùng với dòng 4" in reasons[5]
    assert "không đúng định dạng dd/mm/yyyy" in reasons[6]
    assert "«31/02/2025» không tồn tại" in reasons[7]
    assert "Nhóm chức danh phải là" in reasons[8]
    assert "Không có đơn vị mã «XG3»" in reasons[9]
    assert "Thiếu mã cán bộ" in reasons[10]
    assert "Thiếu họ và tên" in reasons[10]
    assert "Ngày kết thúc 05/05/2024 trước ngày bắt đầu 01/01/2025" in reasons[10]
    assert "7 dòng không hợp lệ" in err.message


def test_records_imported_and_counted_once(org_tree, editor_of, base):
    add_course(org_tree["ua1"], "TT-02", start=datetime.date(2025, 4, 1))
    data = csv_bytes(
        [
            RECORD_HEAD,
            record_row("A1", org="XG1", name="Người A1"),
            record_row("A1", org="XG1", course="TT-02", on="05/04/2025"),
            record_row("A2", org="XG1", done="Không", on="", result=""),
            record_row("a3", org="xg1", on="01/03/2025"),
        ]
    )
    created = ImportRecords(org_tree["ua1"], data, "kq.csv", actor=editor_of("a")).execute()
    assert len(created) == 4
    assert subtree_totals(
        org_tree["ua1"], Period.year(2025), series=["cadres_total", "cadres_trained"]
    ) == {"cadres_total": 3, "cadres_trained": 2}


def test_records_refused_with_every_reason(org_tree, editor_of, base):
    people, course = base
    TrainingRecord.objects.create(
        cadre=people[2], course=course, completed=True, completed_on=datetime.date(2025, 3, 2)
    )
    add_course(org_tree["b"], "TT-B")  # province B's: not visible from G1
    data = xlsx(
        [
            RECORD_HEAD,
            record_row("A1"),  # 2: fine
            record_row("NOBODY"),  # 3: unknown person
            record_row("A2", course="TT-XX"),  # 4: unknown course
            record_row("A2", course="TT-B"),  # 5: another province's course
            record_row("A2", on="28/02/2025"),  # 6: before the course started
            record_row("A1"),  # 7: duplicate of row 2
            record_row("A3"),  # 8: already recorded
            record_row("A2", on="3/15/2025"),  # 9: impossible date (US order)
            record_row("A2", done="Có", on=""),  # 10: completed without a date
            record_row("A2", done="Rồi chưa?"),  # 11: bad flag
            record_row("A2", name="Lê Văn Khác"),  # 12: name does not match
            record_row("A2", on=datetime.datetime(2099, 1, 1)),  # 13: in the future
        ]
    )
    err = refused(ImportRecords(org_tree["g1"], data, "kq.xlsx", actor=editor_of("g1")))
    reasons = {r.row: r.reason for r in err.rejected}
    assert sorted(reasons) == list(range(3, 14))
    assert "Không có cán bộ mã «NOBODY» trong danh sách cán bộ của" in reasons[3]
    assert "Không có khoá học mã «TT-XX»" in reasons[4]
    assert "Không có khoá học mã «TT-B»" in reasons[5]
    assert "trước ngày bắt đầu khoá học (01/03/2025)" in reasons[6]
    assert "Trùng với dòng 2" in reasons[7]
    assert "đã có kết quả khoá học «TT-01»" in reasons[8]
    assert "«3/15/2025» không tồn tại" in reasons[9]
    assert "Thiếu ngày hoàn thành" in reasons[10]
    assert "phải là «Có» hoặc «Không»" in reasons[11]
    assert "không khớp" in reasons[12]
    assert "ở tương lai" in reasons[13]


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "a.xlsx", "Tệp rỗng."),
        (b"Ma can bo,Ho va ten\n1,2\n", "a.xlsx", "không phải bảng tính Excel"),
        (b"PK\x03\x04not really a zip", "a.xlsx", "không phải bảng tính Excel"),
        ("Mã cán bộ;Họ và tên\n".encode("utf-16"), "a.csv", "UTF-8"),
        ("Mã cán;Tên\n".encode("latin-1"), "a.csv", "UTF-8"),
        (b"x", "a.pdf", "Chỉ nhận tệp Excel (.xlsx) hoặc CSV"),
        ("Mã cán bộ,Họ và tên\nA1,B\n".encode(), "a.csv", "thiếu cột bắt buộc"),
        ("\n\n".join(ROSTER_HEAD).encode(), "a.csv", "thiếu cột bắt buộc"),
        ((",".join(ROSTER_HEAD) + "\n").encode(), "a.csv", "không có dòng dữ liệu"),
    ],
)
def test_file_level_refusals(org_tree, editor_of, data, name, message):
    err = refused(ImportRoster(org_tree["g1"], data, name, actor=editor_of("g1")))
    assert message.lower() in err.message.lower()
    assert err.rejected == []


def test_a_zip_that_is_not_a_workbook_is_refused(org_tree, editor_of):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    err = refused(ImportRoster(org_tree["g1"], out.getvalue(), "a.xlsx", actor=editor_of("g1")))
    assert "không phải bảng tính Excel" in err.message


def test_size_limits(org_tree, editor_of, settings):
    settings.PROGRAMME_TRAINING_IMPORT_MAX_ROWS = 3
    data = xlsx([ROSTER_HEAD, *[roster_row(f"R{n}") for n in range(4)]])
    err = refused(ImportRoster(org_tree["g1"], data, "a.xlsx", actor=editor_of("g1")))
    assert "hơn 3 dòng dữ liệu" in err.message
    settings.PROGRAMME_TRAINING_IMPORT_MAX_ROWS = 5000
    settings.PROGRAMME_TRAINING_IMPORT_MAX_BYTES = 1024
    err = refused(ImportRoster(org_tree["g1"], b"x" * 2048, "a.csv", actor=editor_of("g1")))
    assert "Tệp quá lớn" in err.message


def test_only_editors_of_the_organisation_import(org_tree, editor_of):
    data = xlsx([ROSTER_HEAD, roster_row("P1")])
    for user in (editor_of("g3"), editor_of("g1", role="reader")):
        before = snapshot()
        with pytest.raises(PermissionDenied):
            ImportRoster(org_tree["g1"], data, "a.xlsx", actor=user).execute()
        assert snapshot() == before


def test_template_opens_in_vietnamese_and_imports(org_tree, editor_of):
    workbook = openpyxl.load_workbook(io.BytesIO(template_workbook("can-bo")))
    sheet = workbook.worksheets[0]
    assert [c.value for c in sheet[1]] == ROSTER_HEAD
    assert workbook.sheetnames == ["Danh sách cán bộ", "Hướng dẫn"]
    guide = [row[0] for row in workbook["Hướng dẫn"].iter_rows(values_only=True)]
    assert "Nhóm chức danh" in guide
    out = io.BytesIO()
    workbook.save(out)  # the example row as filled in by the template
    created = ImportRoster(org_tree["g1"], out.getvalue(), "mau.xlsx", actor=editor_of("g1"))
    assert [c.full_name for c in created.execute()] == ["Nguyễn Thị Lan"]


def test_statements_do_not_grow_with_rows(org_tree, editor_of):
    editor = editor_of("ua1")
    counts = []
    for n, size in enumerate((5, 40)):
        rows = [roster_row(f"S{n}-{i}", org="XG1" if i % 2 else "XG2") for i in range(size)]
        data = xlsx([ROSTER_HEAD, *rows])
        with statements() as sql:
            ImportRoster(org_tree["ua1"], data, "a.xlsx", actor=editor).execute()
        counts.append(len(sql))
    assert counts[0] == counts[1], counts
    assert counts[1] <= 25, counts
