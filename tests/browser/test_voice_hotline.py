"""Ý kiến người lao động → Nhập ý kiến qua điện thoại in Chromium: a handler types in a
call, ticks the consents the caller agreed to, reads out the code and secret shown once, and
opens the case."""

import pytest

from tests.factories import make_user
from voice.actions.appoint_handler import AppointHandler
from voice.models import Case, Channel, Consent

pytestmark = pytest.mark.browser


def test_handler_enters_a_hotline_call(page, tenant_a, org_tree, login, orm, screenshot):
    with orm():
        handler = make_user()
        AppointHandler(user=handler, organization=org_tree["g1"]).execute()
    admin_url = login(page, handler, tenant_a)

    page.goto(admin_url)
    page.get_by_role("button", name="Ý kiến người lao động").click()
    page.get_by_role("link", name="Nhập ý kiến qua điện thoại").click()
    page.wait_for_url("**/admin/y-kien-dien-thoai/")
    page.check("input[name=kind][value=grievance]")
    page.fill("#id_org", org_tree["g1"].code)
    page.fill("#id_title", "Chậm trả lương tháng 10")
    page.fill(
        "#id_body",
        "Anh Dũng gọi đường dây nóng: công ty chậm trả lương tháng 10 đã hai tuần.",
    )
    page.fill("#id_contact_name", "Lê Văn Dũng")
    page.fill("#id_contact_phone", "0903 111 222")
    assert not page.is_checked("#id_consent_handle")  # never pre-ticked
    page.check("#id_consent_handle")
    screenshot(page, "voice-hotline-form")
    page.get_by_role("button", name="Lưu cuộc gọi").click()
    page.wait_for_selector("#voice-secret")
    code = page.locator("#voice-code").inner_text()
    secret = page.locator("#voice-secret").inner_text()
    assert len(code) == 9 and len(secret) == 19
    screenshot(page, "voice-hotline-done")
    page.get_by_role("link", name="Mở vụ việc").click()
    page.wait_for_url("**/admin/y-kien/*/")
    assert "gọi đường dây nóng" in page.locator(".voice-body").inner_text()

    with orm():
        case = Case.objects.get(code=code)
        assert case.channel == Channel.HOTLINE and case.entered_by_id == handler.pk
        assert Consent.objects.get(case=case).evidence["read_by"] == handler.pk
