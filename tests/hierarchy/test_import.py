"""Import/export of the tree: validation report, all-or-nothing, idempotent re-import."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from hierarchy.generator import generate
from hierarchy.importer import (
    ImportRejected,
    export_rows,
    import_rows,
    read_rows,
    write_csv,
    write_json,
)
from hierarchy.models import Organization


def _row(code, parent, level, kind, name=None, **extra):
    return {
        "code": code,
        "parent_code": parent,
        "name": name or f"Đơn vị {code}",
        "level": level,
        "kind": kind,
        "member_count": extra.pop("member_count", 10),
        **extra,
    }


BASE = [
    _row("R", "", 1, "national_federation"),
    _row("P1", "R", 2, "provincial_federation"),
    _row("P2", "R", 2, "provincial_federation"),
    _row("U1", "P1", 3, "commune_union"),
    _row("G1", "U1", 4, "grassroots"),
    _row("G2", "P1", 4, "grassroots"),
]


@pytest.mark.django_db
def test_generated_small_tree_imports_and_round_trips_through_csv_and_json():
    rows = generate("small")
    report = import_rows(rows)
    assert report.created == len(rows) and report.ok
    assert Organization.objects.count() == len(rows)
    assert Organization.find_problems() == ([], [], [], [], [])
    for writer, fmt in ((write_csv, "csv"), (write_json, "json")):
        out = io.StringIO()
        assert writer(export_rows(), out) == len(rows)
        again = import_rows(read_rows(out.getvalue(), fmt))
        assert (again.created, again.updated, again.moved) == (0, 0, 0)
        assert again.unchanged == len(rows)
    hanoi = Organization.objects.get(code="LDLD-HA-NOI")
    assert hanoi.name == "Liên đoàn Lao động thành phố Hà Nội"
    assert hanoi.member_count == sum(
        Organization.objects.filter(path__startswith=hanoi.path, level=4).values_list(
            "member_count", flat=True
        )
    )


@pytest.mark.django_db
def test_reimport_updates_in_place_and_reparents():
    import_rows(BASE)
    ids = dict(Organization.objects.values_list("code", "id"))
    changed = [dict(r) for r in BASE]
    changed[4] = _row("G1", "P2", 4, "grassroots", name="Công đoàn cơ sở mới", member_count=99)
    changed.append(_row("G3", "G1", 5, "union_group"))
    report = import_rows(changed)
    assert (report.created, report.updated, report.moved) == (1, 1, 1)
    g1 = Organization.objects.get(code="G1")
    assert g1.id == ids["G1"] and g1.name == "Công đoàn cơ sở mới" and g1.member_count == 99
    assert g1.get_parent().code == "P2"
    assert Organization.objects.get(code="G3").get_parent().code == "G1"
    assert Organization.objects.get(code="U1").numchild == 0
    assert Organization.find_problems() == ([], [], [], [], [])


@pytest.mark.django_db
def test_bad_file_is_rejected_whole_with_every_reason():
    import_rows(BASE)
    before = list(Organization.objects.order_by("path").values_list("code", "path", "name"))
    bad = [
        _row("N1", "P1", 3, "commune_union", name="Hợp lệ"),  # fine, but must not be written
        _row("N2", "NOPE", 4, "grassroots"),  # unknown parent
        _row("N1", "P1", 3, "commune_union"),  # duplicate code
        _row("N3", "G2", 3, "commune_union"),  # bad level order (3 under 4)
        _row("P1", "G1", 2, "provincial_federation"),  # cycle P1 -> G1 -> U1 -> P1
        _row("N4", "P1", 9, "grassroots"),  # bad level
        _row("", "P1", 4, "grassroots"),  # missing code
        _row("N5", "P1", 4, "sector_union"),  # kind does not match level
    ]
    with pytest.raises(ImportRejected) as caught:
        import_rows(bad)
    reasons = {(e.row, e.reason.split(":")[0].split(" ")[0]) for e in caught.value.report.errors}
    text = "\n".join(str(e) for e in caught.value.report.errors)
    assert "không tìm thấy đơn vị cấp trên NOPE" in text
    assert "mã đơn vị trùng với dòng 1" in text
    assert "sai thứ tự cấp" in text
    assert "tạo vòng lặp" in text
    assert "cấp 9" in text and "thiếu mã đơn vị" in text and "không thuộc cấp 4" in text
    assert {r for r, _ in reasons} == {2, 3, 4, 5, 6, 7, 8}
    after = list(Organization.objects.order_by("path").values_list("code", "path", "name"))
    assert after == before


def test_commands_generate_import_export(tmp_path, db, capsys):
    src = tmp_path / "tree.json"
    call_command("generate_org_tree", str(src), "--size", "small")
    call_command("import_org_tree", str(src))
    err = capsys.readouterr().err
    assert "100%" in err
    out = tmp_path / "out.csv"
    call_command("export_org_tree", str(out))
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith("code,parent_code,name")
    assert len(json.loads(src.read_text(encoding="utf-8"))) == Organization.objects.count()
    broken = tmp_path / "broken.csv"
    broken.write_text("code,parent_code,name,level,kind\nX1,KHONGCO,Tên,4,grassroots\n")
    with pytest.raises(CommandError, match="Từ chối toàn bộ"):
        call_command("import_org_tree", str(broken), "--no-progress")
    assert "dòng 1 [X1]: không tìm thấy đơn vị cấp trên KHONGCO" in capsys.readouterr().err


@pytest.mark.django_db
def test_reimport_moves_nested_organisations_in_one_go_and_stays_idempotent():
    rows = [dict(r, sort_order=i) for i, r in enumerate(BASE, start=1)]
    rows.append(_row("G3", "U1", 4, "grassroots", sort_order=9))
    import_rows(rows)
    changed = [dict(r) for r in rows]
    # U1 moves to P2 while G1, inside it now, moves to P2 itself; G3 follows U1.
    changed[3] = dict(changed[3], parent_code="P2")
    changed[4] = dict(changed[4], parent_code="P2")
    report = import_rows(changed)
    assert (report.created, report.updated, report.moved) == (0, 0, 2)
    assert report.unchanged == len(rows) - 2
    p2 = Organization.objects.get(code="P2")
    assert set(p2.get_children().values_list("code", flat=True)) == {"U1", "G1"}
    assert [o.code for o in Organization.objects.get(code="U1").get_children()] == ["G3"]
    # The file's display order survives the move, so the same file changes nothing again.
    assert Organization.objects.get(code="G1").sort_order == 5
    again = import_rows(changed)
    assert (again.created, again.updated, again.moved, again.unchanged) == (0, 0, 0, len(rows))
    assert Organization.find_problems() == ([], [], [], [], [])


@pytest.mark.django_db
def test_contacts_and_effective_dates_round_trip_and_blank_dates_keep_the_stored_ones():
    import datetime

    rows = [dict(r) for r in BASE]
    rows[1] = dict(
        rows[1],
        email="ldld@p1.vn",
        phone="024 3825 1234",
        address="Số 1 Trần Hưng Đạo",
        website="https://p1.congdoan.vn",
        valid_from="2025-07-01",
    )
    rows[5] = dict(rows[5], valid_from="2020-01-01", valid_to="2025-06-30", status="dissolved")
    import_rows(rows)
    p1 = Organization.objects.get(code="P1")
    assert (p1.website, p1.valid_from) == ("https://p1.congdoan.vn", datetime.date(2025, 7, 1))
    assert Organization.objects.get(code="R").valid_from == datetime.date.today()
    exported = list(export_rows())
    row = next(r for r in exported if r["code"] == "G2")
    assert (row["valid_from"], row["valid_to"], row["status"]) == (
        "2020-01-01",
        "2025-06-30",
        "dissolved",
    )
    out = io.StringIO()
    write_json(exported, out)
    again = import_rows(read_rows(out.getvalue(), "json"))
    assert (again.updated, again.unchanged) == (0, len(rows))
    # A file without those columns (the generator's, a hand-made one) keeps what is stored.
    assert import_rows(BASE).updated == 0
    p1 = Organization.objects.get(code="P1")
    assert (p1.email, p1.valid_from) == ("ldld@p1.vn", datetime.date(2025, 7, 1))
    assert Organization.objects.get(code="G2").status == "dissolved"
    # Present but empty, a contact is cleared.
    assert import_rows([dict(BASE[1], email="")]).updated == 1
    assert Organization.objects.get(code="P1").email == ""
    with pytest.raises(ImportRejected) as caught:
        import_rows(
            [
                dict(BASE[0], valid_from="01/07/2025"),
                dict(BASE[1], valid_to="2000-01-01", valid_from="2025-01-01"),
            ]
        )
    text = "\n".join(str(e) for e in caught.value.report.errors)
    assert "ngày hiệu lực '01/07/2025' không hợp lệ (định dạng YYYY-MM-DD)" in text
    assert "ngày hết hiệu lực trước ngày hiệu lực" in text
