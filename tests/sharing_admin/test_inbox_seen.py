"""New-item badges, the inbox-opened marker, and retraction and correction notices."""

from html import unescape

from sharing.actions import CorrectShare, RetractShare
from sharing.models import InboxVisit, Receipt
from tests.sharing.factories import editor_of, make_share, microsite
from tests.sharing_admin.helpers import sidebar_text


def test_badge_counts_new_items_until_the_inbox_is_opened(org_tree, tenant_a, client_for):
    g1 = microsite(org_tree["g1"])
    editor = editor_of(g1)
    client = client_for(tenant_a, editor)
    make_share(org_tree["tld"], title="Thông báo một")
    make_share(org_tree["tld"], title="Thông báo hai")
    dashboard = client.get("/admin/").content.decode()
    assert "Nội dung được chia sẻ (2 mới)" in sidebar_text(dashboard)
    assert 'data-new-items="2"' in dashboard  # the dashboard panel
    inbox = client.get("/admin/chia-se/nhan/").content.decode()
    assert "2 nội dung mới" in inbox
    assert InboxVisit.objects.filter(user=editor, organization=g1).count() == 1
    assert "mới)" not in sidebar_text(client.get("/admin/").content.decode())
    third = make_share(org_tree["tld"], title="Thông báo ba")
    assert "Nội dung được chia sẻ (1 mới)" in sidebar_text(client.get("/admin/").content.decode())
    # Acting on it (seen) clears it too; no receipt is written for merely opening the inbox.
    client.post(f"/admin/chia-se/nhan/{third.pk}/da-xem/", {"org": "XG1"})
    assert "mới)" not in sidebar_text(client.get("/admin/").content.decode())
    assert Receipt.objects.filter(organization=g1).count() == 1
    # Another organisation's editor has its own marker.
    other = client_for(tenant_a, editor_of(microsite(org_tree["g2"])))
    assert "Nội dung được chia sẻ (3 mới)" in sidebar_text(other.get("/admin/").content.decode())


def test_retracted_item_shows_its_reason_instead_of_404(org_tree, tenant_a, client_for):
    g1 = microsite(org_tree["g1"])
    client = client_for(tenant_a, editor_of(g1))
    share = make_share(org_tree["tld"], title="Hướng dẫn số 9")
    client.get("/admin/chia-se/nhan/")
    CorrectShare(share, "Sửa ngày họp thành 12/12/2026.", actor=None).execute()
    inbox = unescape(client.get("/admin/chia-se/nhan/").content.decode())
    assert "Đính chính: Sửa ngày họp thành 12/12/2026." in unescape(
        inbox.replace("<strong>", "").replace("</strong>", "")
    )
    RetractShare(share, actor=None, reason="Văn bản ban hành nhầm đối tượng").execute()
    assert "Chia sẻ nội dung (1 mới)" in sidebar_text(client.get("/admin/").content.decode())
    inbox = unescape(client.get("/admin/chia-se/nhan/").content.decode())
    assert "Đã thu hồi: Văn bản ban hành nhầm đối tượng" in inbox
    item = client.get(f"/admin/chia-se/nhan/{share.pk}/?org=XG1")
    assert item.status_code == 200
    assert "Đã thu hồi: Văn bản ban hành nhầm đối tượng" in unescape(item.content.decode())
    # Only receivers see it: province B's inbox does not know this share.
    outsider = client_for(tenant_a, editor_of(microsite(org_tree["g3"])))
    share_b = make_share(org_tree["b"], title="Chỉ cho tỉnh B")
    RetractShare(share_b, actor=None, reason="Lý do riêng").execute()
    assert outsider.get(f"/admin/chia-se/nhan/{share_b.pk}/?org=XG3").status_code == 404
