"""Training imports in Chromium: an editor of a province uploads a roster spreadsheet with
bad rows (refused whole, the rejected rows listed, nothing imported), then a good one
(imported), and sees the completion figures against the targets; no English on the screens."""

import datetime
import io

import openpyxl
import pytest

from accounts.roles import Role
from hierarchy.actions import GrantRole
from programme.models import Cadre
from programme.training_import import ROSTER_COLUMNS
from tests.browser.english import collect_english
from tests.factories import make_user

pytestmark = pytest.mark.browser

HEAD = [c.header for c in ROSTER_COLUMNS]


def _xlsx(tmp_path, name, rows):
    workbook = openpyxl.Workbook()
    for row in [HEAD, *rows]:
        workbook.active.append(row)
    path = tmp_path / name
    out = io.BytesIO()
    workbook.save(out)
    path.write_bytes(out.getvalue())
    return path


def test_refused_then_good_roster_import(
    page, tenant_a, org_tree, login, orm, screenshot, tmp_path
):
    with orm():
        editor = make_user()
        GrantRole(editor, org_tree["a"], Role.EDITOR).execute()
    admin = login(page, editor, tenant_a)
    page.goto(admin + f"chuong-trinh/tap-huan/nhap/?org={org_tree['ua1'].pk}")
    assert page.get_by_text("Chương trình truyền thông").first.is_visible()
    bad = _xlsx(
        tmp_path,
        "danh-sach-sai.xlsx",
        [
            ["XG1", "CB-01", "Nguyễn Thị Lan", "", "Cán bộ chủ chốt", "Chủ tịch", "01/01/2025", ""],
            ["XG9", "CB-02", "Trần Văn Bình", "", "Cán bộ công đoàn", "", "01/01/2025", ""],
            ["XG1", "CB-01", "Nguyễn Thị Lan", "", "Cán bộ chủ chốt", "", "01/01/2025", ""],
            ["XG2", "CB-03", "Lê Thị Hoa", "", "Cán bộ công đoàn", "", "30/02/2025", ""],
        ],
    )
    page.select_option("#id_kind", "can-bo")
    page.set_input_files("#id_file", str(bad))
    page.get_by_role("button", name="Tải lên và nhập").click()
    table = page.locator("table.programme-rejected")
    table.wait_for()
    rows = table.locator("tbody tr")
    assert rows.count() == 3
    assert "Không có đơn vị mã «XG9»" in rows.nth(0).inner_text()
    assert "Trùng với dòng 2" in rows.nth(1).inner_text()
    assert "«30/02/2025» không tồn tại" in rows.nth(2).inner_text()
    assert "Không cán bộ nào được nhập" in page.locator(".programme-refusal").inner_text()
    screenshot(page, "programme-training-import-refused")
    found = collect_english(page, "import-refused")
    with orm():
        assert not Cadre.objects.exists()

    good = _xlsx(
        tmp_path,
        "danh-sach.xlsx",
        [
            ["", "UA1-CT", "Phạm Văn Hùng", "", "Cán bộ chủ chốt", "Chủ tịch", "01/01/2025", ""],
            ["XG1", "CB-01", "Nguyễn Thị Lan", "", "Cán bộ chủ chốt", "Chủ tịch", "01/01/2025", ""],
            ["XG2", "CB-03", "Lê Thị Hoa", "", "Cán bộ công đoàn", "", "28/02/2025", ""],
        ],
    )
    page.set_input_files("#id_file", str(good))
    page.get_by_role("button", name="Tải lên và nhập").click()
    page.wait_for_selector("text=Đã nhập 3 cán bộ từ tệp «danh-sach.xlsx».")
    screenshot(page, "programme-training-import-done")
    with orm():
        assert Cadre.objects.count() == 3
        assert Cadre.objects.get(code="UA1-CT").organization == org_tree["ua1"]

    page.goto(
        admin + f"chuong-trinh/tap-huan/?org={org_tree['a'].pk}&nam={datetime.date.today().year}"
    )
    page.wait_for_selector("text=Theo đơn vị trực thuộc")
    assert "0/1" in page.locator("table.listing").first.inner_text()  # leaders of UA1
    screenshot(page, "programme-training-figures")
    found += collect_english(page, "figures")
    page.goto(admin + f"chuong-trinh/tap-huan/can-bo/?org={org_tree['a'].pk}")
    page.wait_for_selector("text=Phạm Văn Hùng")
    found += collect_english(page, "roster")
    assert not found, found
