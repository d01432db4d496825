"""Sharing a page down the tree in Chromium: the organisation picker (typed without
accents, chosen with the keyboard or the mouse), the reach step, then the confirmation; and
an unknown organisation typed gets a Vietnamese error next to its field."""

import pytest

from sharing.models import Share
from tests.factories import make_article
from tests.sharing.factories import editor_of

pytestmark = pytest.mark.browser


def _share_form(page, login, orm, org_tree, tenant_a):
    with orm():
        moderator = editor_of(org_tree["a"], "moderator")
    with orm(tenant_a):
        article = make_article("Kế hoạch tổ chức Tháng Công nhân năm 2027")
    page.goto(login(page, moderator, tenant_a) + f"chia-se/trang/{article.pk}/")
    return article


def _pick(page, field, typed, option_text, *, keyboard=True):
    box = page.locator(f"#id_{field}")
    box.fill("")
    box.press_sequentially(typed, delay=20)
    option = page.locator(f"#id_{field}-listbox [role=option]", has_text=option_text)
    option.wait_for()
    if keyboard:
        box.press("ArrowDown")
        assert box.get_attribute("aria-activedescendant") == option.get_attribute("id")
        box.press("Enter")
    else:
        option.click()


def test_share_to_a_subtree_through_the_picker_with_reach_and_confirmation(
    page, login, orm, org_tree, tenant_a
):
    article = _share_form(page, login, orm, org_tree, tenant_a)
    root = page.locator("#id_scope_root")
    assert root.get_attribute("role") == "combobox"
    # The issuer (Liên đoàn Lao động tỉnh A) is the default root; choose a commune union.
    _pick(page, "scope_root", "hoan kiem", "Công đoàn phường Hoàn Kiếm")
    assert page.locator("#id_scope_root-codes").input_value() == "XUA1"
    _pick(page, "exclude", "truong thcs nguyen du", "Trường THCS Nguyễn Du", keyboard=False)
    assert page.locator("#id_exclude-codes").input_value() == "XG2"
    page.get_by_role("button", name="Tiếp tục: xem số đơn vị nhận").click()
    # The reach step: Hoàn Kiếm itself and May Việt Tiến (Nguyễn Du is excluded).
    heading = page.locator("[data-reach-count]")
    assert heading.inner_text() == "Nội dung này sẽ đến 2 đơn vị"
    sample = page.locator("[data-reach-sample] li").all_inner_texts()
    assert sample == [
        "Công đoàn phường Hoàn Kiếm (XUA1)",
        "Công đoàn cơ sở Công ty TNHH May Việt Tiến (XG1)",
    ]
    with orm():
        assert not Share.objects.exists()
    page.get_by_role("button", name="Xác nhận chia sẻ").click()
    page.wait_for_url("**/chia-se/*/")
    with orm():
        share = Share.objects.get(source_page_id=article.pk)
        assert (share.scope_root.code, share.exclude_ids) == ("XUA1", [org_tree["g2"].pk])
    assert "Đã chia sẻ “Kế hoạch tổ chức Tháng Công nhân năm 2027” tới 2 đơn vị." in page.content()
    # No script error from the picker (the browser's notices about plain-HTTP test hosts and
    # Wagtail's offline update check are not ours).
    noise = ("Cross-Origin-Opener-Policy", "Failed to load resource")
    assert [e for e in page.console_errors if not any(n in e for n in noise)] == []


def test_unknown_organisation_typed_gets_a_vietnamese_error_next_to_the_field(
    page, login, orm, org_tree, tenant_a
):
    _share_form(page, login, orm, org_tree, tenant_a)
    include = page.locator("#id_include")
    include.fill("Hà Nội")
    page.locator("#id_include-listbox").get_by_text("Không tìm thấy đơn vị phù hợp.").wait_for()
    include.press("Escape")
    page.get_by_role("button", name="Tiếp tục: xem số đơn vị nhận").click()
    wrapper = page.locator('[data-contentpath="include"]')
    error = wrapper.locator(".error-message")
    assert error.inner_text().strip() == (
        "Không tìm thấy đơn vị “Hà Nội” trong phạm vi của bạn: hãy gõ tên hoặc mã rồi chọn "
        "trong danh sách gợi ý."
    )
    assert page.get_by_text("Không tìm thấy đơn vị “Hà Nội”").count() == 1
    # What was typed is still there to correct, and nothing was sent.
    assert page.locator("#id_include").input_value() == "Hà Nội"
    assert page.locator("[data-reach-count]").count() == 0
    with orm():
        assert not Share.objects.exists()
