"""The org tree for tenant-role editors, and restructuring checks before confirmation."""

from html import unescape

from hierarchy.actions import GrantRole
from hierarchy.models import Organization
from tenants.models import Role
from tests.factories import make_user
from tests.sharing_admin.helpers import field_error_follows_label, sidebar_text


def test_tenant_role_editor_sees_the_tenants_branch(org_tree, tenant_a, client_for):
    editor = make_user()
    GrantRole(editor, tenant_a, Role.EDITOR).execute()  # a tenant role only, like the demo editors
    client = client_for(tenant_a, editor)
    body = client.get("/admin/to-chuc/").content.decode()
    assert "6 đơn vị" in body and "<td>XG3</td>" in body and "<td>XPB</td>" not in body
    assert "Cây tổ chức" in sidebar_text(client.get("/admin/").content.decode())


def test_cycle_and_level_order_are_refused_before_confirmation(org_tree, tenant_a, client_for):
    admin_a = make_user()
    GrantRole(admin_a, org_tree["a"], "admin").execute()
    client = client_for(tenant_a, admin_a)
    cycle = unescape(
        client.post(
            f"/admin/to-chuc/{org_tree['ua1'].pk}/move/",
            {"effective_date": "2025-07-01", "new_parent": "XG1"},
        ).content.decode()
    )
    assert "Xác nhận thao tác" not in cycle
    assert field_error_follows_label(cycle, "new_parent", "tạo vòng lặp")
    level = unescape(
        client.post(
            f"/admin/to-chuc/{org_tree['g1'].pk}/move/",
            {"effective_date": "2025-07-01", "new_parent": "Công đoàn cơ sở Trường THCS Nguyễn Du"},
        ).content.decode()
    )
    assert level.count("đơn vị cấp trên phải ở cấp cao hơn") == 1
    assert "Xác nhận thao tác" not in level
    fine = client.post(
        f"/admin/to-chuc/{org_tree['g1'].pk}/move/",
        {"effective_date": "2025-07-01", "new_parent": "cong doan cac khu cong nghiep tinh a"},
    ).content.decode()
    assert "Xác nhận thao tác" in fine
    assert Organization.objects.get(code="XG1").get_parent().code == "XUA1"


def test_split_lines_name_children_by_code_or_name(org_tree, tenant_a, client_for):
    admin_a = make_user()
    GrantRole(admin_a, org_tree["a"], "admin").execute()
    client = client_for(tenant_a, admin_a)
    data = {
        "effective_date": "2025-07-01",
        "parts": "XUA1N | Công đoàn phường Hoàn Kiếm Bắc | "
        "cong doan co so cong ty tnhh may viet tien\n"
        "XUA1S | Công đoàn phường Hoàn Kiếm Nam | XG2",
    }
    url = f"/admin/to-chuc/{org_tree['ua1'].pk}/split/"
    step = unescape(client.post(url, data).content.decode())
    assert "Công đoàn phường Hoàn Kiếm Bắc (XUA1N) nhận XG1" in step
    client.post(url, {**data, "confirm": "1"})
    assert Organization.objects.get(code="XG1").get_parent().code == "XUA1N"
    assert Organization.objects.get(code="XG2").get_parent().code == "XUA1S"
