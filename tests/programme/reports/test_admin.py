"""Báo cáo định kỳ in a tenant's Wagtail admin: my organisation's reports and the inbox
(statement budget), create/write/submit, approve/return from the parent's admin, downloads,
and "not found" for a report outside the account's roles or the tenant's branch."""

import io

import pytest
from openpyxl import load_workbook

from programme.actions.approve_report import ApproveReport
from programme.actions.edit_report import EditReport
from programme.actions.generate_report import GenerateReport
from programme.actions.submit_report import SubmitReport
from programme.models import Report, ReportStatus
from tests.statements import statements

pytestmark = pytest.mark.django_db

INDEX = "/admin/chuong-trinh/bao-cao/"
# The sidebar is rendered from JSON: its Vietnamese labels are \u-escaped there.
MENU = "Ch\\u01b0\\u01a1ng tr\\u00ecnh truy\\u1ec1n th\\u00f4ng"


def html(response):
    return response.content.decode()


def sent_up(org, admin, year, quarter, results="Kết quả quý này."):
    report = GenerateReport(org, year, quarter, actor=admin).execute()
    EditReport(report, actor=admin, results=results).execute()
    return SubmitReport(report, actor=admin).execute()


@pytest.fixture
def a_client(people, tenant_a, client_for):
    return client_for(tenant_a, people["a_admin"])


def test_index_shows_mine_and_the_inbox_in_bounded_statements(org_tree, people, current, a_client):
    year, quarter = current
    ua1_report = sent_up(org_tree["ua1"], people["ua1_admin"], year, quarter)
    assert MENU in html(a_client.get("/admin/"))
    page = html(a_client.get(INDEX))
    assert "Báo cáo của Liên đoàn Lao động tỉnh A" in page
    assert f'data-report="{ua1_report.pk}"' in page
    assert "Công đoàn phường Hoàn Kiếm" in page and "(1 chờ duyệt)" in page

    with statements() as few:
        assert a_client.get(INDEX).status_code == 200
    for org in ("g1", "g2", "g3", "ua2"):
        sent_up(org_tree[org], people["a_admin"], year, quarter)
    GenerateReport(org_tree["a"], year, quarter, actor=people["a_admin"]).execute()
    GenerateReport(org_tree["a"], year - 1, 4, actor=people["a_admin"]).execute()
    a_client.get(INDEX)  # warm again: the setup above took seconds (cached tenant lookups)
    with statements() as many:
        page = html(a_client.get(INDEX))
    assert page.count('data-report="') == 7  # 2 of A's own, 5 received
    assert len(many) == len(few), many
    assert len(many.mentioning("programme_report")) <= 2, many.mentioning("programme_report")
    # Decided reports go after the ones waiting for a decision.
    ApproveReport(ua1_report, actor=people["a_admin"]).execute()
    inbox = html(a_client.get(INDEX)).split('id="received-reports"')[1]
    rows = [part.split('"')[0] for part in inbox.split('data-report="')[1:]]
    assert rows[-1] == str(ua1_report.pk) and len(rows) == 5
    assert "(4 chờ duyệt)" in html(a_client.get(INDEX))


def test_create_write_and_submit_then_nothing_changes(org_tree, people, current, a_client):
    year, quarter = current
    response = a_client.post(
        f"{INDEX}tao/", {"org": org_tree["a"].pk, "year": year, "quarter": quarter}
    )
    report = Report.objects.get(organization=org_tree["a"], year=year, quarter=quarter)
    assert response.status_code == 302 and response["Location"].endswith(f"{INDEX}{report.pk}/")
    page = html(a_client.get(f"{INDEX}{report.pk}/"))
    assert report.title in page and "Yêu cầu của đoàn viên được trả lời trong 24 giờ" in page

    sections = {
        "results": "Đã phát động Tháng Công nhân trên toàn tỉnh.",
        "shortcomings": "Kênh Zalo của nhiều công đoàn cơ sở chưa hoạt động.",
        "proposals": "Đề nghị Tổng Liên đoàn hỗ trợ kinh phí số hóa.",
    }
    # "Lưu và gửi cấp trên" saves what is in the form, then sends it.
    response = a_client.post(f"{INDEX}{report.pk}/gui/", sections)
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == ReportStatus.SUBMITTED and report.recipient == org_tree["tld"]
    assert report.shortcomings == sections["shortcomings"]

    response = a_client.post(f"{INDEX}{report.pk}/sua/", {**sections, "results": "Sửa sau"})
    assert response.status_code == 409
    assert "sửa nội dung báo cáo đã gửi cấp trên" in html(response)
    # A's admin is the sender, not the level it went to: no decision form, refused anyway.
    page = html(a_client.get(f"{INDEX}{report.pk}/"))
    assert 'id="approve-report"' not in page and 'id="commentary-form"' not in page
    response = a_client.post(f"{INDEX}{report.pk}/duyet/")
    assert response.status_code == 409
    assert "Tổng Liên đoàn Lao động Việt Nam" in html(response)
    report.refresh_from_db()
    assert report.status == ReportStatus.SUBMITTED and report.results == sections["results"]


def test_return_with_reason_then_approve_from_the_parent(org_tree, people, current, a_client):
    year, quarter = current
    report = sent_up(org_tree["ua1"], people["ua1_admin"], year, quarter)
    page = html(a_client.get(f"{INDEX}{report.pk}/"))
    assert 'id="approve-report"' in page and 'id="return-report"' in page

    response = a_client.post(f"{INDEX}{report.pk}/tra-lai/", {"reason": "  "})
    assert response.status_code == 409 and "Lý do trả lại" in html(response)
    response = a_client.post(f"{INDEX}{report.pk}/tra-lai/", {"reason": "Thiếu số liệu."})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == ReportStatus.RETURNED

    EditReport(report, actor=people["ua1_admin"], results="Đã bổ sung.").execute()
    SubmitReport(report, actor=people["ua1_admin"]).execute()
    response = a_client.post(f"{INDEX}{report.pk}/duyet/", {"note": "Đồng ý."})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == ReportStatus.APPROVED
    page = html(a_client.get(f"{INDEX}{report.pk}/"))
    assert "Đã được duyệt" in page and "Trả lại" in page and "Thiếu số liệu." in page


def test_downloads(org_tree, people, current, a_client):
    report = sent_up(org_tree["ua1"], people["ua1_admin"], *current, results="Tồn tại ít.")
    response = a_client.get(f"{INDEX}{report.pk}/tai/xlsx/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="bao-cao-xua1-quy-' in response["Content-Disposition"]
    wb = load_workbook(io.BytesIO(response.content))
    assert wb["Chỉ tiêu"]["A2"].value == "Đơn vị: Công đoàn phường Hoàn Kiếm"
    response = a_client.get(f"{INDEX}{report.pk}/tai/pdf/")
    assert response.status_code == 200 and response.content.startswith(b"%PDF-")
    assert a_client.get(f"{INDEX}{report.pk}/tai/docx/").status_code == 404


def test_a_foreign_report_is_not_found(org_tree, people, current, tenant_b, client_for):
    from accounts.roles import Role
    from hierarchy.actions import GrantRole
    from tests.factories import make_user

    year, quarter = current
    report = sent_up(org_tree["ua1"], people["ua1_admin"], year, quarter)
    b_admin = make_user("quan-tri.b@example.vn")
    GrantRole(b_admin, org_tree["b"], Role.ADMIN).execute()
    b_report = sent_up(org_tree["ub1"], b_admin, year, quarter)
    b_client = client_for(tenant_b, b_admin)
    for url in (
        f"{INDEX}{report.pk}/",
        f"{INDEX}{report.pk}/tai/xlsx/",
        f"{INDEX}{report.pk}/tai/pdf/",
        f"{INDEX}?org={org_tree['ua1'].pk}",
        f"{INDEX}?org=abc",
        f"{INDEX}999999/",
    ):
        response = b_client.get(url)
        assert response.status_code == 404, url
        assert "Không tìm thấy báo cáo" in html(response)
    for op in ("duyet", "tra-lai", "sua", "gui", "lap-lai", "khong-co"):
        assert b_client.post(f"{INDEX}{report.pk}/{op}/", {"reason": "x"}).status_code == 404
    assert (
        b_client.post(
            f"{INDEX}tao/", {"org": org_tree["ua1"].pk, "year": year, "quarter": quarter}
        ).status_code
        == 404
    )
    report.refresh_from_db()
    assert report.status == ReportStatus.SUBMITTED
    # The other way round.
    a_client = client_for(org_tree["a"].tenant, people["a_admin"])
    assert a_client.get(f"{INDEX}{b_report.pk}/").status_code == 404
