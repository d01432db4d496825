"""Wagtail admin screens of the tree: scope, search, detail, confirmed actions."""

from html import unescape

from hierarchy.actions import GrantRole
from hierarchy.models import Organization, OrganizationEvent
from tests.factories import make_user


def test_list_shows_only_the_users_subtree_within_this_tenant(org_tree, tenant_a, client_for):
    editor_a = make_user()
    GrantRole(editor_a, org_tree["a"], "editor").execute()
    GrantRole(editor_a, org_tree["b"], "admin").execute()  # another province: not on this host
    client = client_for(tenant_a, editor_a)
    body = client.get("/admin/to-chuc/").content.decode()
    assert "Công đoàn phường Hoàn Kiếm" in body and "XG3" in body
    assert "XG4" not in body and "Liên đoàn Lao động tỉnh B" not in body
    found = client.get("/admin/to-chuc/", {"q": "cong doan phuong hoan kiem"}).content.decode()
    assert "XUA1" in found and "XUA2" not in found
    assert client.get(f"/admin/to-chuc/{org_tree['g4'].pk}/").status_code == 404
    detail = client.get(f"/admin/to-chuc/{org_tree['g1'].pk}/").content.decode()
    assert "Liên đoàn Lao động tỉnh A" in detail and "Lịch sử" in detail


def test_rename_needs_confirmation_and_respects_roles(org_tree, tenant_a, client_for):
    admin_a, editor = make_user(), make_user()
    GrantRole(admin_a, org_tree["a"], "admin").execute()
    GrantRole(editor, org_tree["a"], "editor").execute()
    g1 = org_tree["g1"]
    url = f"/admin/to-chuc/{g1.pk}/rename/"
    data = {
        "effective_date": "2025-07-01",
        "name": "Công đoàn cơ sở May Việt Tiến",
        "short_name": "",
    }
    client = client_for(tenant_a, admin_a)
    page = client.post(url, data).content.decode()
    assert "Xác nhận" in page
    assert Organization.objects.get(pk=g1.pk).name == g1.name
    response = client.post(url, {**data, "confirm": "1"})
    assert response.status_code == 302
    assert Organization.objects.get(pk=g1.pk).name == "Công đoàn cơ sở May Việt Tiến"
    event = OrganizationEvent.objects.get(action="rename")
    assert event.actor == admin_a and str(event.effective_date) == "2025-07-01"
    # An editor cannot restructure; the refusal is shown, nothing changes.
    refused = client_for(tenant_a, editor).post(url, {**data, "name": "Tên khác", "confirm": "1"})
    assert refused.status_code == 200 and "không có quyền quản trị" in refused.content.decode()
    assert Organization.objects.get(pk=g1.pk).name == "Công đoàn cơ sở May Việt Tiến"


def test_move_form_refuses_a_cycle(org_tree, tenant_a, client_for):
    admin_a = make_user()
    GrantRole(admin_a, org_tree["a"], "admin").execute()
    client = client_for(tenant_a, admin_a)
    response = client.post(
        f"/admin/to-chuc/{org_tree['ua1'].pk}/move/",
        {"effective_date": "2025-07-01", "new_parent": "XG1", "confirm": "1"},
    )
    assert "vòng lặp" in response.content.decode()
    response = client.post(
        f"/admin/to-chuc/{org_tree['g1'].pk}/move/",
        {"effective_date": "2025-07-01", "new_parent": "XUA2", "confirm": "1"},
    )
    assert response.status_code == 302
    assert Organization.objects.get(code="XG1").get_parent().code == "XUA2"


def test_provincial_admin_screens_render_and_list_only_its_branch(org_tree, tenant_a, client_for):
    admin_a = make_user()
    GrantRole(admin_a, org_tree["a"], "admin").execute()
    client = client_for(tenant_a, admin_a)
    index = client.get("/admin/to-chuc/")
    assert index.status_code == 200
    body = index.content.decode()
    assert "Cây tổ chức công đoàn" in body and "6 đơn vị" in body
    for code in ("XPA", "XUA1", "XUA2", "XG1", "XG2", "XG3"):
        assert f"<td>{code}</td>" in body
    for code in ("XTLD", "XPB", "XUB1", "XG4", "XSGD"):
        assert f"<td>{code}</td>" not in body
    filtered = client.get("/admin/to-chuc/", {"level": 4}).content.decode()
    assert "<td>XG1</td>" in filtered and "<td>XUA1</td>" not in filtered

    detail = client.get(f"/admin/to-chuc/{org_tree['a'].pk}/").content.decode()
    assert "Quản trị viên" in detail and "Hợp nhất" in detail and "Giải thể" in detail
    # The federation above and the sibling province are named in the breadcrumb only.
    assert f"/admin/to-chuc/{org_tree['tld'].pk}/" not in detail
    for action in (
        "move",
        "rename",
        "dissolve",
        "merge",
        "split",
        "microsite",
        "provision",
        "promote",
        "fold",
        "grant-role",
        "revoke-role",
    ):
        page = client.get(f"/admin/to-chuc/{org_tree['ua1'].pk}/{action}/")
        assert page.status_code == 200, action
        assert "Tiếp tục" in page.content.decode()
    for org in ("b", "g4", "tld", "s"):
        assert client.get(f"/admin/to-chuc/{org_tree[org].pk}/").status_code == 404
        assert client.get(f"/admin/to-chuc/{org_tree[org].pk}/rename/").status_code == 404
    # Naming an organisation outside the branch in a form is refused, nothing changes.
    refused = client.post(
        f"/admin/to-chuc/{org_tree['a'].pk}/merge/",
        {"effective_date": "2025-07-01", "others": "XPB", "code": "XAB", "name": "Gộp A-B"},
    )
    assert "Không tìm thấy đơn vị “XPB” trong phạm vi của bạn" in unescape(
        refused.content.decode()
    )
    refused = client.post(
        f"/admin/to-chuc/{org_tree['g1'].pk}/move/",
        {"effective_date": "2025-07-01", "new_parent": "XUB1", "confirm": "1"},
    )
    assert "trong phạm vi của bạn" in refused.content.decode()
    assert not Organization.objects.filter(code="XAB").exists()
    assert Organization.objects.get(code="XG1").get_parent().code == "XUA1"


def test_editor_sees_the_branch_but_no_action_buttons(org_tree, tenant_a, client_for):
    editor = make_user()
    GrantRole(editor, org_tree["a"], "editor").execute()
    client = client_for(tenant_a, editor)
    body = client.get("/admin/to-chuc/").content.decode()
    assert "6 đơn vị" in body and "<td>XPB</td>" not in body
    detail = client.get(f"/admin/to-chuc/{org_tree['g1'].pk}/").content.decode()
    assert "Biên tập viên" in detail and "/merge/" not in detail and "/rename/" not in detail


def test_platform_superuser_sees_the_host_tenants_whole_branch(org_tree, tenant_b, client_for):
    root = make_user(is_superuser=True, is_staff=True)
    body = client_for(tenant_b, root).get("/admin/to-chuc/").content.decode()
    assert "3 đơn vị" in body and "<td>XG4</td>" in body and "<td>XG1</td>" not in body


def test_actions_from_a_tenant_admin_on_an_organisation_with_its_own_tenant(
    org_tree, tenant_a, client_for
):
    from hierarchy.actions import ProvisionTenant
    from tenants.models import Tenant

    admin_a = make_user()
    GrantRole(admin_a, org_tree["a"], "admin").execute()
    tenant = ProvisionTenant(
        org_tree["ua2"], schema_name="test_h_kcn3", domain="kcn3.test"
    ).execute()
    client = client_for(tenant_a, admin_a)
    # The request runs in test_a's schema; the action still updates the other tenant's row.
    response = client.post(
        f"/admin/to-chuc/{org_tree['ua2'].pk}/rename/",
        {"effective_date": "2025-07-01", "name": "Công đoàn các KCN tỉnh A", "confirm": "1"},
    )
    assert response.status_code == 302
    assert Tenant.objects.get(pk=tenant.pk).name == "Công đoàn các KCN tỉnh A"
    response = client.post(
        f"/admin/to-chuc/{org_tree['g1'].pk}/merge/",
        {
            "effective_date": "2025-07-01",
            "others": "XG2",
            "code": "XG12",
            "name": "Công đoàn cơ sở hợp nhất",
            "confirm": "1",
        },
    )
    merged = Organization.objects.get(code="XG12")
    assert response.status_code == 302 and response["Location"].endswith(f"/{merged.pk}/")
    assert merged.get_parent().code == "XUA1" and merged.member_count == 160


def test_granting_a_role_from_the_admin_mirrors_it_into_the_microsite(
    org_tree, tenant_a, client_for
):
    from django.contrib.auth.models import Group
    from django_tenants.utils import schema_context

    from hierarchy.models import OrgRole

    admin_a, editor = make_user(), make_user("bientap.xg1@example.vn")
    GrantRole(admin_a, org_tree["a"], "admin").execute()
    client = client_for(tenant_a, admin_a)
    url = f"/admin/to-chuc/{org_tree['g1'].pk}/"
    assert client.post(url + "microsite/", {"effective_date": "2025-07-01", "confirm": "1"})[
        "Location"
    ].endswith(url)
    data = {"effective_date": "2025-07-01", "email": editor.email, "role": "editor"}
    confirm = client.post(url + "grant-role/", data).content.decode()
    assert "Cấp vai trò Biên tập viên cho bientap.xg1@example.vn" in confirm
    assert client.post(url + "grant-role/", {**data, "confirm": "1"}).status_code == 302
    assert OrgRole.objects.get(user=editor).organization.code == "XG1"
    with schema_context("test_a"):
        assert set(Group.objects.filter(user=editor).values_list("name", flat=True)) == {
            "Biên tập viên – XG1"
        }
    # Nobody grants above their own role: an editor of the branch cannot make an admin.
    refused = client_for(tenant_a, editor).post(
        url + "grant-role/",
        {"effective_date": "2025-07-01", "email": admin_a.email, "role": "admin", "confirm": "1"},
    )
    assert refused.status_code == 200
    assert "quản trị viên" in refused.content.decode()
    assert not OrgRole.objects.filter(user=admin_a, organization=org_tree["g1"]).exists()
