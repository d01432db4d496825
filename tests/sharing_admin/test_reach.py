"""The reach step: count and sample of receivers, and every validation, before sending."""

from html import unescape

from django_tenants.utils import schema_context

from sharing.models import Share
from tests.factories import make_article
from tests.sharing.factories import editor_of


def _page(tenant, title="Kế hoạch tổ chức Tháng Công nhân 2027"):
    with schema_context(tenant.schema_name):
        return make_article(title)


def test_reach_step_then_confirmation_sends(org_tree, tenant_a, client_for):
    page = _page(tenant_a)
    client = client_for(tenant_a, editor_of(org_tree["a"], "moderator"))
    data = {
        "issuer": str(org_tree["a"].pk),
        "scope_root": "XPA",
        "exclude": "XG2",
        "mandatory": "on",
    }
    step = unescape(client.post(f"/admin/chia-se/trang/{page.pk}/", data).content.decode())
    # A's subtree minus A itself (the issuer) and XG2: UA1, UA2, G1, G3.
    assert "Nội dung này sẽ đến 4 đơn vị" in step
    assert "Công đoàn phường Hoàn Kiếm (XUA1)" in step
    assert "Loại trừ (cả cấp dưới): Công đoàn cơ sở Trường THCS Nguyễn Du (XG2)" in step
    assert "Xác nhận ban hành chỉ đạo" in step
    assert not Share.objects.exists()
    back = client.post(f"/admin/chia-se/trang/{page.pk}/", {**data, "back": "1", "confirm": "1"})
    assert "Tiếp tục: xem số đơn vị nhận" in back.content.decode() and not Share.objects.exists()
    sent = client.post(f"/admin/chia-se/trang/{page.pk}/", {**data, "confirm": "1"})
    share = Share.objects.get()
    assert sent.status_code == 302 and sent["Location"].endswith(f"/chia-se/{share.pk}/")


def test_scope_errors_show_before_the_confirmation_screen(org_tree, tenant_a, client_for):
    page = _page(tenant_a)
    client = client_for(tenant_a, editor_of(org_tree["a"]))
    beside = unescape(
        client.post(
            f"/admin/chia-se/trang/{page.pk}/",
            {"issuer": str(org_tree["a"].pk), "scope_root": "XPB"},
        ).content.decode()
    )
    assert beside.count("Chỉ được chia sẻ xuống cấp dưới") == 1
    assert "Nội dung này sẽ đến" not in beside
    # An editor (not moderator) cannot issue a directive: said now, not after confirming.
    directive = unescape(
        client.post(
            f"/admin/chia-se/trang/{page.pk}/",
            {"issuer": str(org_tree["a"].pk), "scope_root": "XPA", "mandatory": "on"},
        ).content.decode()
    )
    assert directive.count("Bạn cần vai trò kiểm duyệt viên trở lên") == 1
    assert "Nội dung này sẽ đến" not in directive
    both = unescape(
        client.post(
            f"/admin/chia-se/trang/{page.pk}/",
            {
                "issuer": str(org_tree["a"].pk),
                "scope_root": "XPA",
                "include": "XG1",
                "exclude": "XG1",
            },
        ).content.decode()
    )
    assert both.count("Đơn vị vừa được chọn nhận vừa bị loại trừ: XG1.") == 1
    assert not Share.objects.exists()
