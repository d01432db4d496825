"""Kênh truyền thông in a tenant's admin: an editor of province A opens the programme menu,
adds a channel for one of its upper-grassroots unions (a wrong address first: the
Vietnamese error next to the field), checks it now against a local web server (never the
internet) and sees it active; the union then counts as having a channel."""

import pytest

from accounts.roles import Role
from hierarchy.actions import GrantRole
from programme.models import Channel, ChannelState
from tests.factories import make_user
from tests.programme.actuals.loopback import loopback_site

pytestmark = pytest.mark.browser


def test_editor_adds_a_channel_and_checks_it(
    page, tenant_a, org_tree, login, orm, settings, screenshot
):
    settings.PROGRAMME_CHANNEL_ALLOW_PRIVATE = True  # the local web server below
    ua1 = org_tree["ua1"]
    with orm():
        editor = make_user()
        GrantRole(editor, org_tree["a"], Role.EDITOR).execute()
    admin_url = login(page, editor, tenant_a)

    with loopback_site() as site:
        page.goto(admin_url)
        page.get_by_role("button", name="Chương trình truyền thông").click()
        page.get_by_role("link", name="Kênh truyền thông").click()
        page.wait_for_url("**/admin/chuong-trinh/kenh/")
        assert ua1.name in page.locator("#units").inner_text()
        page.locator(f'tr[data-unit="{ua1.code}"] a').click()
        page.wait_for_url(f"**/admin/chuong-trinh/kenh/?org={ua1.code}")

        page.select_option("#id_platform", "website")
        page.fill("#id_url", "congdoanhoankiem.vn")
        page.fill("#id_name", "Trang tin Công đoàn phường Hoàn Kiếm")
        page.get_by_role("button", name="Thêm kênh").click()
        assert "Địa chỉ không hợp lệ" in page.locator("#channel-form").inner_text()
        page.fill("#id_url", f"{site}/ok")
        page.get_by_role("button", name="Thêm kênh").click()
        page.wait_for_url(f"**/admin/chuong-trinh/kenh/?org={ua1.code}")
        row = page.locator("#channels tbody tr").first
        assert "Chưa kiểm tra" in row.inner_text()
        assert "chưa đạt" in page.locator("#channel-state").inner_text()

        row.get_by_role("button", name="Kiểm tra ngay").click()
        page.wait_for_url(f"**/admin/chuong-trinh/kenh/?org={ua1.code}")
        assert "Kênh đang hoạt động" in page.locator(".messages").inner_text()
        result = page.locator("#channels tbody tr .channel-result").first.inner_text()
        assert result.startswith("Hoạt động") and "HTTP 200" in result
        state = page.locator("#channel-state").inner_text()
        assert "đạt" in state and "chưa đạt" not in state
        screenshot(page, "programme-channels-checked")

    with orm():
        channel = Channel.objects.get(organization=ua1)
        assert channel.last_check_ok and channel.last_checked_by_id == editor.pk
        assert ChannelState.objects.get(organization=ua1).present
    noise = ("Cross-Origin-Opener-Policy", "Failed to load resource")
    assert [e for e in page.console_errors if not any(n in e for n in noise)] == []


def test_editor_declares_offline_products_and_corrects_them(
    page, tenant_a, org_tree, login, orm, screenshot
):
    """Kê khai sản phẩm: a month declared, a bad figure refused in Vietnamese, then corrected:
    the figures change by the difference."""
    import datetime

    from programme.figures import Period, own_totals

    with orm():
        editor = make_user()
        GrantRole(editor, org_tree["a"], Role.EDITOR).execute()
    admin_url = login(page, editor, tenant_a)
    month = datetime.date.today().replace(day=1)
    page.goto(admin_url)
    page.get_by_role("button", name="Chương trình truyền thông").click()
    page.get_by_role("link", name="Kê khai sản phẩm").click()
    page.wait_for_url("**/admin/chuong-trinh/ke-khai/")
    page.fill("#id_printed", "4")
    page.fill("#id_outdoor", "3")
    page.fill("#id_materials_total", "10")
    page.fill("#id_materials_digitised", "12")
    page.get_by_role("button", name="Lưu kê khai").click()
    assert "không thể lớn hơn tổng số tài liệu" in page.locator("#declaration-form").inner_text()
    page.fill("#id_materials_digitised", "6")
    page.get_by_role("button", name="Lưu kê khai").click()
    page.wait_for_url("**/admin/chuong-trinh/ke-khai/?org=*")
    row = page.locator(f'#declarations tr[data-month="{month:%m/%Y}"]')
    assert row.locator("td").nth(1).inner_text() == "7"
    row.get_by_role("link", name="Sửa").click()
    assert page.input_value("#id_printed") == "4"
    page.fill("#id_outdoor", "1")
    page.get_by_role("button", name="Lưu kê khai").click()
    page.wait_for_url("**/admin/chuong-trinh/ke-khai/?org=*")
    assert "(lần 2)" in page.locator(".messages").inner_text()
    screenshot(page, "programme-declarations")
    with orm():
        period = Period.month(month.year, month.month)
        assert own_totals(org_tree["a"], period, series=["products_total"]) == {"products_total": 5}
