"""The receiver's side in Chromium: a new-item badge, acknowledge, pin and fork a directive;
a retraction shows its reason in the inbox and on the item."""

import pytest

from sharing.actions import RetractShare
from sharing.models import Receipt
from tests.sharing.factories import editor_of, make_share, microsite

pytestmark = pytest.mark.browser


def _receiver(orm, org_tree):
    with orm():
        g1 = microsite(org_tree["g1"])
        return g1, editor_of(g1)


def test_receiver_sees_the_badge_acknowledges_pins_and_forks(page, login, orm, org_tree, tenant_a):
    g1, editor = _receiver(orm, org_tree)
    with orm():
        directive = make_share(org_tree["tld"], mandatory=True, title="Chỉ đạo về Tháng Công nhân")
    page.goto(login(page, editor, tenant_a))
    panel = page.locator("section[data-new-items]")
    assert panel.get_attribute("data-new-items") == "1"
    # The sidebar's "Chia sẻ nội dung" menu carries the count, and so does its inbox entry.
    page.get_by_role("button", name="Chia sẻ nội dung (1 mới)").click()
    page.get_by_role("link", name="Nội dung được chia sẻ (1 mới)").click()
    page.wait_for_url("**/chia-se/nhan/")
    row = page.locator("tr", has_text="Chỉ đạo về Tháng Công nhân")
    assert row.locator("[data-new-item]").inner_text() == "Mới"
    row.get_by_role("link", name="Chỉ đạo về Tháng Công nhân").click()
    page.get_by_role("button", name="Xác nhận đã nhận").click()
    page.get_by_text("Đã xác nhận nhận chỉ đạo.").wait_for()
    page.get_by_role("button", name="Ghim lên đầu").click()
    page.get_by_text("Đã ghim nội dung lên đầu.").wait_for()
    page.get_by_role("button", name="Tạo bài riêng (chỉnh sửa lại)").click()
    page.wait_for_url("**/pages/*/edit/")
    assert page.locator("#id_title").input_value() == "Chỉ đạo về Tháng Công nhân"
    with orm():
        receipt = Receipt.objects.get(share=directive, organization=g1)
        assert receipt.acknowledged_at is not None and receipt.pinned and receipt.fork_page_id
    # Having opened the inbox, nothing is new any more.
    page.goto(login(page, editor, tenant_a))
    assert page.locator("section[data-new-items]").count() == 0


def test_retraction_shows_its_reason_in_the_receivers_inbox(page, login, orm, org_tree, tenant_a):
    _, editor = _receiver(orm, org_tree)
    with orm():
        share = make_share(org_tree["tld"], title="Hướng dẫn số 18/HD-TLĐ")
        RetractShare(share, actor=None, reason="Văn bản ban hành nhầm đối tượng").execute()
    page.goto(login(page, editor, tenant_a) + "chia-se/nhan/")
    notice = page.locator(f'[data-retracted="{share.pk}"]')
    assert "Đã thu hồi: Văn bản ban hành nhầm đối tượng" in notice.inner_text()
    notice.get_by_role("link", name="“Hướng dẫn số 18/HD-TLĐ”").click()
    alert = page.get_by_role("alert")
    assert "Đã thu hồi: Văn bản ban hành nhầm đối tượng" in alert.inner_text()
    assert page.title().startswith("Đã thu hồi – Hướng dẫn số 18/HD-TLĐ")
