"""The admin screens: sharing from the page editor, the receivers' inbox, compliance and
reminders on the dashboard, proposals, and tenants that never see each other's state."""

from django_tenants.utils import schema_context

from sharing.models import Proposal, Receipt, Reminder, Share
from tests.factories import make_article, make_user
from tests.sharing.factories import editor_of, make_share, microsite


def _microsite_article(tenant, org, title):
    with schema_context(tenant.schema_name):
        from wagtail.models import Page

        return make_article(title, parent=Page.objects.get(pk=org.microsite_page_id))


def test_share_from_the_page_editor(org_tree, tenant_a, client_for):
    editor = editor_of(org_tree["a"], "moderator")
    with schema_context(tenant_a.schema_name):
        page = make_article("Kế hoạch 18/KH-LĐLĐ tổ chức Tháng Công nhân")
    client = client_for(tenant_a, editor)
    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Chia sẻ xuống cấp dưới" in edit and f"/admin/chia-se/trang/{page.pk}/" in edit
    form = client.get(f"/admin/chia-se/trang/{page.pk}/").content.decode()
    assert "Gốc phạm vi" in form and "Chỉ đạo bắt buộc" in form
    response = client.post(
        f"/admin/chia-se/trang/{page.pk}/",
        {
            "issuer": str(org_tree["a"].pk),
            "scope_root": "XPA",
            "levels": ["4"],
            "exclude": "XG2",
            "mandatory": "on",
            "confirm": "1",
        },
    )
    share = Share.objects.get(source_page_id=page.pk, source_tenant=tenant_a)
    assert response.status_code == 302 and response["Location"].endswith(f"/chia-se/{share.pk}/")
    assert share.mandatory and share.levels == [4] and share.exclude_ids == [org_tree["g2"].pk]
    detail = client.get(f"/admin/chia-se/{share.pk}/").content.decode()
    assert "Số đơn vị nhận hiện nay" in detail and "Loại trừ (cả cấp dưới): XG2" in detail
    bad = client.post(
        f"/admin/chia-se/trang/{page.pk}/",
        {"issuer": str(org_tree["a"].pk), "scope_root": "KHONG-CO"},
    ).content.decode()
    assert "Không tìm thấy đơn vị “KHONG-CO”" in bad
    beside = client.post(
        f"/admin/chia-se/trang/{page.pk}/", {"issuer": str(org_tree["a"].pk), "scope_root": "XPB"}
    ).content.decode()
    assert "Chỉ được chia sẻ xuống cấp dưới" in beside
    client.post(f"/admin/chia-se/{share.pk}/thu-hoi/", {"reason": "Ban hành nhầm"})
    assert Share.objects.get(pk=share.pk).status == "retracted"


def test_grassroots_editor_cannot_share_above_itself_in_the_admin(org_tree, tenant_a, client_for):
    g1 = microsite(org_tree["g1"])
    editor = editor_of(g1)
    page = _microsite_article(tenant_a, g1, "Tin của công đoàn cơ sở")
    client = client_for(tenant_a, editor)
    for root in ("XUA1", "XG2", "XPA"):
        body = client.post(
            f"/admin/chia-se/trang/{page.pk}/", {"issuer": str(g1.pk), "scope_root": root}
        ).content.decode()
        assert "Chỉ được chia sẻ xuống cấp dưới" in body, root
    # Nor can it pretend to be its parent: the issuer list only holds what its role covers.
    body = client.post(
        f"/admin/chia-se/trang/{page.pk}/",
        {"issuer": str(org_tree["ua1"].pk), "scope_root": "XUA1"},
    ).content.decode()
    assert "Bạn không thể chia sẻ thay đơn vị này" in body
    assert not Share.objects.exists()
    # A page outside its microsite is not its to share.
    with schema_context(tenant_a.schema_name):
        other = make_article("Tin của tỉnh")
    refused = client.get(f"/admin/chia-se/trang/{other.pk}/")  # Wagtail: back to the dashboard
    assert refused.status_code == 302 and refused["Location"] == "/admin/"


def test_inbox_actions_and_hide_refused_for_directives(org_tree, tenant_a, client_for):
    g1 = microsite(org_tree["g1"])
    editor = editor_of(g1)
    directive = make_share(org_tree["tld"], mandatory=True, title="Chỉ đạo về Tháng Công nhân")
    optional = make_share(org_tree["tld"], title="Tài liệu tham khảo")
    client = client_for(tenant_a, editor)
    inbox = client.get("/admin/chia-se/nhan/").content.decode()
    assert "Chỉ đạo về Tháng Công nhân" in inbox and "Tài liệu tham khảo" in inbox
    assert "Chỉ đạo chờ xác nhận (1)" in inbox
    refused = client.post(
        f"/admin/chia-se/nhan/{directive.pk}/an/", {"org": "XG1"}, follow=True
    ).content.decode()
    assert "Không thể ẩn chỉ đạo bắt buộc" in refused
    assert not Receipt.objects.filter(share=directive, hidden=True).exists()
    client.post(f"/admin/chia-se/nhan/{directive.pk}/xac-nhan/", {"org": "XG1"})
    client.post(f"/admin/chia-se/nhan/{optional.pk}/an/", {"org": "XG1"})
    assert Receipt.objects.get(share=directive, organization=g1).acknowledged_at
    assert Receipt.objects.get(share=optional, organization=g1).hidden
    response = client.post(f"/admin/chia-se/nhan/{optional.pk}/tao-bai-rieng/", {"org": "XG1"})
    fork_id = Receipt.objects.get(share=optional, organization=g1).fork_page_id
    assert response.status_code == 302 and response["Location"].endswith(f"/pages/{fork_id}/edit/")
    item = client.get(f"/admin/chia-se/nhan/{optional.pk}/?org=XG1").content.decode()
    assert "Mở bài riêng" in item
    # Another grassroots union's inbox is not this editor's.
    assert client.get("/admin/chia-se/nhan/?org=XG2").status_code == 404


def test_compliance_view_and_dashboard_reminder(org_tree, tenant_a, client_for):
    g1, g2 = microsite(org_tree["g1"]), microsite(org_tree["g2"])
    admin_a = editor_of(org_tree["a"], "admin")
    with schema_context(tenant_a.schema_name):
        page = make_article("Chỉ đạo tổ chức Tết Sum vầy")
    client = client_for(tenant_a, admin_a)
    client.post(
        f"/admin/chia-se/trang/{page.pk}/",
        {"issuer": str(org_tree["a"].pk), "scope_root": "XUA1", "mandatory": "on", "confirm": "1"},
    )
    share = Share.objects.get(source_page_id=page.pk)
    client_for(tenant_a, editor_of(g1)).post(
        f"/admin/chia-se/nhan/{share.pk}/xac-nhan/", {"org": "XG1"}
    )
    report = client.get(f"/admin/chia-se/{share.pk}/tuan-thu/").content.decode()
    assert "1/3" in report and "Công đoàn cơ sở Trường THCS Nguyễn Du (XG2" in report
    client.post(
        f"/admin/chia-se/{share.pk}/tuan-thu/", {"target": "XUA1", "message": "Hạn chót 17h."}
    )
    assert Reminder.objects.get(share=share).target == org_tree["ua1"]
    dashboard = client_for(tenant_a, editor_of(g2)).get("/admin/").content.decode()
    assert "Nhắc xác nhận" in dashboard and "Hạn chót 17h." in dashboard
    assert (
        "Nhắc xác nhận" not in client_for(tenant_a, editor_of(g1)).get("/admin/").content.decode()
    )


def test_proposal_through_the_admin(org_tree, tenant_a, client_for):
    g1 = microsite(org_tree["g1"])
    story = _microsite_article(tenant_a, g1, "Sáng kiến an toàn lao động")
    client_for(tenant_a, editor_of(g1)).post(
        f"/admin/chia-se/de-xuat/trang/{story.pk}/", {"note": "Đề nghị nhân rộng"}
    )
    proposal = Proposal.objects.get()
    assert proposal.current_org == org_tree["ua1"]
    admin_a = editor_of(org_tree["a"], "admin")
    client = client_for(tenant_a, admin_a)
    client.post(f"/admin/chia-se/de-xuat/{proposal.pk}/", {"decision": "forward", "note": "Tốt"})
    assert Proposal.objects.get().current_org == org_tree["a"]
    listing = client.get("/admin/chia-se/de-xuat/").content.decode()
    assert "Sáng kiến an toàn lao động" in listing
    decision = {"decision": "approve", "share": "on", "scope_root": "XUA2"}
    step = client.post(f"/admin/chia-se/de-xuat/{proposal.pk}/", decision).content.decode()
    assert "Nội dung này sẽ đến 2 đơn vị" in step and not Share.objects.exists()
    response = client.post(f"/admin/chia-se/de-xuat/{proposal.pk}/", {**decision, "confirm": "1"})
    share = Share.objects.get(proposal=proposal)
    assert response.status_code == 302 and share.scope_root == org_tree["ua2"]
    detail = client.get(f"/admin/chia-se/de-xuat/{proposal.pk}/").content.decode()
    assert "Duyệt và chuyển lên cấp trên" in detail and "Đã duyệt" in detail


def test_tenants_cannot_read_each_others_receiver_state(org_tree, tenant_a, tenant_b, client_for):
    g1 = microsite(org_tree["g1"])
    share = make_share(org_tree["tld"], title="Tin toàn quốc")
    from sharing.actions import ForkShare, HideShare

    HideShare(share, g1, actor=None).execute()
    with schema_context(tenant_a.schema_name):
        ForkShare(share, org_tree["a"], actor=None).execute()
    platform = make_user(is_superuser=True, is_staff=True)
    b_editor = editor_of(org_tree["b"])
    for user in (platform, b_editor):
        client = client_for(tenant_b, user)
        # A's organisations have no inbox on B's admin, hidden or forked.
        assert client.get("/admin/chia-se/nhan/?org=XG1").status_code == 404
        assert client.get("/admin/chia-se/nhan/?org=XPA").status_code == 404
        assert client.get(f"/admin/chia-se/nhan/{share.pk}/?org=XG1").status_code == 404
        assert (
            client.post(f"/admin/chia-se/nhan/{share.pk}/bo-an/", {"org": "XG1"}).status_code == 404
        )
    # B's own inbox shows the item as B received it: not hidden, not forked.
    own = client_for(tenant_b, b_editor).get(f"/admin/chia-se/nhan/{share.pk}/").content.decode()
    assert "Tin toàn quốc" in own and "Mở bài riêng" not in own and "Hiện lại" not in own
    # Shares issued in A are not listed or opened from B.
    issued = make_share(org_tree["a"], title="Tin riêng của tỉnh A")
    assert client_for(tenant_b, platform).get(f"/admin/chia-se/{issued.pk}/").status_code == 404
    assert (
        "Tin riêng của tỉnh A"
        not in client_for(tenant_b, platform).get("/admin/chia-se/da-chia-se/").content.decode()
    )
