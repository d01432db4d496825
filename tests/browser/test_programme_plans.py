"""Kế hoạch và chỉ tiêu in a province's admin: its admin opens the screen from the
"Chương trình truyền thông" menu, sets a target for its subtree and one fixed for the levels
below, activates the plan, opens a unit below and sees both inherited (who set them, one not
overridable), tries to override the fixed one there and is refused with the Vietnamese
error naming the province; nothing is saved for the unit."""

import json
import urllib.request
from urllib.parse import urlsplit

import pytest

from programme.models import Plan, PlanStatus
from programme.targets import targets_for
from tests.programme.plans.conftest import admin_of  # noqa: F401

pytestmark = pytest.mark.browser


def test_set_a_target_see_it_inherited_and_an_override_refused(
    page,
    tenant_a,
    org_tree,
    login,
    orm,
    screenshot,
    admin_of,  # noqa: F811
):
    a, ua1 = org_tree["a"], org_tree["ua1"]
    with orm():
        user = admin_of(a)
    admin_url = login(page, user, tenant_a)

    page.goto(admin_url)
    page.get_by_role("button", name="Chương trình truyền thông").click()
    page.get_by_role("link", name="Kế hoạch và chỉ tiêu").click()
    page.wait_for_url("**/admin/chuong-trinh/chi-tieu/")
    assert page.locator("#pick-org option:checked").inner_text() == a.name
    page.select_option("#pick-year", "2026")
    page.get_by_role("button", name="Xem").click()
    page.wait_for_url("**year=2026")

    page.get_by_label("Yêu cầu của đoàn viên được trả lời trong 24 giờ: mức chung").fill("95")
    misinfo = "Thông tin sai lệch được phát hiện và xử lý"
    page.get_by_label(f"{misinfo}: mức chung").fill("90")
    page.get_by_label(f"{misinfo}: cấp dưới được điều chỉnh").uncheck()
    page.get_by_role("button", name="Lưu chỉ tiêu", exact=True).click()
    assert "Đã lưu chỉ tiêu năm 2026" in page.locator(".messages").inner_text()
    assert page.locator("#plan-status").inner_text().endswith("Bản nháp")
    page.get_by_role("button", name="Áp dụng kế hoạch").click()
    assert "đã được áp dụng" in page.locator(".messages").inner_text()
    row = page.locator('tr[data-indicator="cases_on_time"] .in-force')
    assert "95" in row.inner_text() and "của đơn vị" in row.inner_text()
    screenshot(page, "programme-plan-province")

    page.get_by_role("link", name=ua1.name).click()
    page.wait_for_url(f"**org={ua1.pk}**")
    inherited = page.locator('tr[data-indicator="cases_on_time"] .inherited').inner_text()
    assert "95" in inherited and f"do {a.name} đặt" in inherited
    fixed = page.locator('tr[data-indicator="misinfo_handled"] .inherited').inner_text()
    assert "90" in fixed and "Không được điều chỉnh" in fixed
    in_force = page.locator('tr[data-indicator="misinfo_handled"] .in-force').inner_text()
    assert "90" in in_force and a.name in in_force
    page.locator('tr[data-indicator="misinfo_handled"]').scroll_into_view_if_needed()
    screenshot(page, "programme-plan-inherited")

    page.get_by_label(f"{misinfo}: mức chung").fill("85")
    page.get_by_role("button", name="Lưu chỉ tiêu", exact=True).click()
    error = page.locator(".plan-errors").inner_text()
    assert (
        f"Không thể điều chỉnh chỉ tiêu «{misinfo}»: {a.name} đã ấn định mức 90 % năm 2026 "
        f"cho {ua1.name} và không cho phép cấp dưới điều chỉnh."
    ) in error
    assert page.get_by_label(f"{misinfo}: mức chung").input_value() == "85"
    page.locator(".plan-errors").scroll_into_view_if_needed()
    shot = screenshot(page, "programme-plan-override-refused")
    assert shot.stat().st_size > 0
    noise = ("Cross-Origin-Opener-Policy", "Failed to load resource")
    assert [e for e in page.console_errors if not any(n in e for n in noise)] == []

    with orm():
        assert not Plan.objects.filter(organization=ua1).exists()
        assert Plan.objects.get(organization=a, year=2026).status == PlanStatus.ACTIVE
        assert targets_for(org_tree["g1"], 2026)["misinfo_handled"].value == 90


def test_choose_public_indicators_and_the_portal_query_answers_only_them(
    page,
    tenant_a,
    org_tree,
    login,
    orm,
    screenshot,
    tenant_url,
    admin_of,  # noqa: F811
):
    a = org_tree["a"]
    with orm():
        user = admin_of(a)
    admin_url = login(page, user, tenant_a)
    page.goto(f"{admin_url}chuong-trinh/chi-tieu/?year=2026")
    page.get_by_label("Yêu cầu của đoàn viên được trả lời trong 24 giờ: công khai").check()
    page.get_by_label("Chiến dịch truyền thông chuyên đề: công khai").check()
    page.get_by_role("button", name="Lưu chỉ tiêu công khai").click()
    assert "Đã cập nhật các chỉ tiêu công khai" in page.locator(".messages").inner_text()
    assert page.get_by_label("Chiến dịch truyền thông chuyên đề: công khai").is_checked()
    assert not page.get_by_label("Tỷ lệ tài liệu được số hóa: công khai").is_checked()
    page.locator('tr[data-indicator="campaigns"]').scroll_into_view_if_needed()
    screenshot(page, "programme-plan-public")

    # What a portal gets: only those two (a plain request, no session cookie).
    url = urlsplit(tenant_url(tenant_a, "/graphql/"))
    request = urllib.request.Request(
        f"http://127.0.0.1:{url.port}/graphql/",
        data=json.dumps(
            {"query": '{ programme(org: "XPA", year: 2026) { indicators { key status } } }'}
        ).encode(),
        headers={"Host": url.netloc, "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        answer = json.loads(response.read())
    assert answer["data"]["programme"]["indicators"] == [
        {"key": "campaigns", "status": "NOT_MET"},
        {"key": "cases_on_time", "status": "NO_DATA"},
    ]
