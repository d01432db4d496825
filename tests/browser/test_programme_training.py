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


def test_course_roster_entry_and_completion_by_hand(
    page, tenant_a, org_tree, login, orm, screenshot
):
    with orm():
        editor = make_user()
        GrantRole(editor, org_tree["a"], Role.EDITOR).execute()
    admin = login(page, editor, tenant_a)
    a = org_tree["a"].pk
    page.goto(admin + f"chuong-trinh/tap-huan/khoa-hoc/?org={a}")
    page.fill("#id_code", "th-2025-01")
    page.fill("#id_title", "Kỹ năng truyền thông trên mạng xã hội")
    page.select_option("#id_mode", "in_person")
    page.fill("#id_starts_on", "03/03/2025")
    page.fill("#id_ends_on", "04/03/2025")
    page.fill("#id_hours", "16")
    page.get_by_role("button", name="Tạo khoá học").click()
    page.wait_for_selector("text=Đã tạo khoá tập huấn.")
    found = collect_english(page, "courses")

    page.goto(admin + f"chuong-trinh/tap-huan/can-bo/?org={a}")
    page.fill("#id_unit", "XUA2")
    page.fill("#id_code", "ct-ua2")
    page.fill("#id_full_name", "Võ Thị Mai")
    page.select_option("#id_category", "leader")
    page.fill("#id_position", "Chủ tịch")
    page.fill("#id_active_from", "01/01/2025")
    page.get_by_role("button", name="Thêm vào danh sách").click()
    page.wait_for_selector("text=Đã thêm cán bộ vào danh sách.")
    page.get_by_role("link", name="Võ Thị Mai").click()
    page.wait_for_selector("text=Kết quả tập huấn")
    page.select_option("#id_course", label="Kỹ năng truyền thông trên mạng xã hội (TH-2025-01)")
    page.fill("#id_completed_on", "01/03/2025")
    page.get_by_role("button", name="Ghi kết quả").click()
    page.wait_for_selector("text=Ngày hoàn thành không được trước ngày bắt đầu khoá học")
    page.fill("#id_completed_on", "04/03/2025")
    page.get_by_role("button", name="Ghi kết quả").click()
    page.wait_for_selector("text=Đã ghi kết quả tập huấn.")
    screenshot(page, "programme-training-cadre")
    found += collect_english(page, "cadre")
    with orm():
        assert Cadre.objects.get(code="CT-UA2").trained_on == datetime.date(2025, 3, 4)

    page.goto(admin + f"chuong-trinh/tap-huan/?org={a}&nam=2025")
    page.wait_for_selector("text=Theo đơn vị trực thuộc")
    assert "1/1" in page.locator("table.listing").first.inner_text()
    assert "100,0%" in page.locator("table.listing").first.inner_text()
    assert not found, found
