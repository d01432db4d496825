"""Báo cáo định kỳ in the browser: a province's admin generates its quarterly report from
the programme menu, writes it and sends it up; the national federation's admin finds it in
the inbox of its own admin and approves it; the XLSX downloaded from the browser opens with
openpyxl and its Vietnamese text intact."""

import pytest
from openpyxl import load_workbook

from accounts.roles import Role
from hierarchy.actions import GrantRole
from hierarchy.models import Organization
from programme.models import Report, ReportStatus
from tests.factories import make_user

pytestmark = pytest.mark.browser

RESULTS = "Liên đoàn Lao động tỉnh A phát động Tháng Công nhân, 45 tin bài gửi Tổng Liên đoàn."
SHORTCOMINGS = "Tồn tại: một số công đoàn cơ sở chưa có kênh Zalo hoạt động."
PROPOSALS = "Đề nghị Tổng Liên đoàn tổ chức lớp tập huấn kỹ năng số."


def test_report_sent_up_approved_and_downloaded(
    page, org_tree, tenant_a, tenant_b, login, orm, screenshot, tmp_path
):
    with orm():
        # Tenant B serves the national federation here (the fixture has no national tenant).
        Organization.objects.filter(pk=org_tree["b"].pk).update(tenant=None)
        Organization.objects.filter(pk=org_tree["tld"].pk).update(tenant=tenant_b)
        a_admin = make_user("quan-tri.tinh-a@example.vn")
        GrantRole(a_admin, org_tree["a"], Role.ADMIN).execute()
        tld_admin = make_user("quan-tri.tld@example.vn")
        GrantRole(tld_admin, Organization.objects.get(pk=org_tree["tld"].pk), Role.ADMIN).execute()

    admin_url = login(page, a_admin, tenant_a)
    page.goto(admin_url)
    page.get_by_role("button", name="Chương trình truyền thông").click()
    page.get_by_role("link", name="Báo cáo định kỳ").click()
    page.wait_for_url("**/admin/chuong-trinh/bao-cao/")
    page.get_by_role("button", name="Lập báo cáo").click()
    page.wait_for_url("**/admin/chuong-trinh/bao-cao/*/")
    assert "Bản nháp" in page.locator("#report-status").inner_text()
    assert page.locator("#report-indicators tbody tr").count() >= 10
    page.fill("#id_results", RESULTS)
    page.fill("#id_shortcomings", SHORTCOMINGS)
    page.fill("#id_proposals", PROPOSALS)
    page.get_by_role("button", name="Lưu và gửi cấp trên").click()
    page.wait_for_load_state()
    assert page.locator("#report-status").inner_text() == "Đã gửi cấp trên"
    assert "Đã gửi báo cáo lên cấp trên" in page.locator(".messages").inner_text()
    screenshot(page, "programme-report-submitted")

    with orm():
        report = Report.objects.get(organization=org_tree["a"])
        assert report.recipient_id == org_tree["tld"].pk

    admin_url = login(page, tld_admin, tenant_b)
    page.goto(admin_url.rstrip("/") + "/chuong-trinh/bao-cao/")
    row = page.locator(f'#received-reports tr[data-report="{report.pk}"]')
    assert "Liên đoàn Lao động tỉnh A" in row.inner_text()
    assert "Đã gửi cấp trên" in row.inner_text()
    screenshot(page, "programme-report-inbox")
    row.get_by_role("link", name=report.title).click()
    page.wait_for_url(f"**/admin/chuong-trinh/bao-cao/{report.pk}/")
    assert "Tồn tại: một số công đoàn cơ sở" in page.content()
    page.fill("#decision-note", "Đồng ý với đề xuất của tỉnh.")
    page.get_by_role("button", name="Duyệt báo cáo").click()
    page.wait_for_load_state()
    assert page.locator("#report-status").inner_text() == "Đã được duyệt"
    screenshot(page, "programme-report-approved")

    with page.expect_download() as download_info:
        page.click("#download-xlsx")
    download = download_info.value
    assert download.suggested_filename.endswith(".xlsx")
    path = tmp_path / download.suggested_filename
    download.save_as(str(path))
    wb = load_workbook(path)
    sheet, notes = wb["Chỉ tiêu"], wb["Nhận xét"]
    assert sheet["A1"].value == report.title
    assert sheet["A2"].value == "Đơn vị: Liên đoàn Lao động tỉnh A"
    texts = {
        notes.cell(row=r, column=1).value: notes.cell(row=r, column=2).value for r in (4, 5, 6)
    }
    assert texts == {
        "Kết quả": RESULTS,
        "Tồn tại, hạn chế": SHORTCOMINGS,
        "Đề xuất, kiến nghị": PROPOSALS,
    }
    noise = ("Cross-Origin-Opener-Policy", "Failed to load resource")
    assert [e for e in page.console_errors if not any(n in e for n in noise)] == []

    with orm():
        report.refresh_from_db()
        assert report.status == ReportStatus.APPROVED and report.decided_by_id == tld_admin.pk
