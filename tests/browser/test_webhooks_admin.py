"""Cài đặt → Webhook in a tenant's admin: an admin creates an endpoint in Vietnamese, a
private address is refused with a Vietnamese message, the secret is shown once."""

import pytest

from hierarchy.actions import GrantRole
from tenants.models import Role
from tests.factories import make_user
from webhooks.models import Endpoint

pytestmark = pytest.mark.browser


def test_admin_creates_an_endpoint_and_a_bad_url_is_refused(page, tenant_a, login, orm, screenshot):
    with orm():
        admin = make_user()
        GrantRole(admin, tenant_a, Role.ADMIN).execute()
    admin_url = login(page, admin, tenant_a)

    # Reached from the Settings menu.
    page.goto(admin_url)
    page.get_by_role("button", name="Cài đặt").click()
    page.get_by_role("link", name="Webhook").click()
    page.wait_for_url("**/admin/webhook/")
    page.get_by_role("link", name="Thêm").first.click()
    page.wait_for_url("**/admin/webhook/new/")

    page.fill("#id_url", "http://192.168.1.20/nhan-webhook")
    page.fill("#id_description", "Cổng thông tin tỉnh A")
    page.get_by_label("Trang: xuất bản trang").check()
    page.locator("form#w-editor-form button[type=submit]").first.click()
    page.wait_for_load_state()
    error = page.locator(".error-message, .w-field__errors").first
    assert "địa chỉ nội bộ" in error.inner_text()
    screenshot(page, "webhooks-admin-bad-url")
    with orm():
        assert not Endpoint.objects.exists()

    page.fill("#id_url", "http://127.0.0.1:9/nhan-webhook")
    page.locator("form#w-editor-form button[type=submit]").first.click()
    page.wait_for_url("**/admin/webhook/edit/*/")
    message = page.locator(".messages").inner_text()
    with orm():
        endpoint = Endpoint.objects.get()
    assert endpoint.description == "Cổng thông tin tỉnh A"
    assert endpoint.events == ["page.published"]
    assert "chỉ hiện một lần" in message
    assert endpoint.secret in message
    assert page.get_by_role("link", name="Nhật ký gửi").is_visible()
    screenshot(page, "webhooks-admin-created")
