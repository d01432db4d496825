"""The organisation picker: accent-insensitive search limited to what the account may pick,
and form fields that keep "Hà Nội" one name (never two unknown codes)."""

from html import unescape

import pytest
from django.core.exceptions import ValidationError
from django_tenants.utils import schema_context

from hierarchy.actions import GrantRole
from hierarchy.models import Kind
from hierarchy.picker import OrgChoiceField, search
from sharing.models import Share
from tests.factories import make_article, make_user
from tests.hierarchy.factories import make_org
from tests.sharing.factories import editor_of, microsite
from tests.sharing_admin.helpers import field_error_follows_label


def _hanoi(org_tree):
    return make_org(org_tree["ua1"], Kind.GRASSROOTS, "Công đoàn cơ sở Bệnh viện Hà Nội", "XHN")


def test_search_ignores_accents_and_case_and_ranks_exact_codes_first(org_tree):
    hanoi = _hanoi(org_tree)
    from hierarchy.models import Organization

    found = search(Organization.objects.all(), "ha noi")
    assert [r["code"] for r in found] == ["XHN"]
    assert found[0] == {
        "id": hanoi.pk,
        "code": "XHN",
        "name": "Công đoàn cơ sở Bệnh viện Hà Nội",
        "level": 4,
        "active": True,
        "parent": "Công đoàn phường Hoàn Kiếm",
    }
    assert [r["code"] for r in search(Organization.objects.all(), "BỆNH VIỆN HÀ NỘI")] == ["XHN"]
    assert search(Organization.objects.all(), "xg1")[0]["code"] == "XG1"
    assert search(Organization.objects.all(), "h") == []  # one letter: nothing asked yet


def test_share_picker_answers_only_inside_the_issuers_subtree(org_tree, tenant_a, client_for):
    _hanoi(org_tree)
    client = client_for(tenant_a, editor_of(org_tree["a"]))
    body = client.get("/admin/chia-se/don-vi/", {"q": "cong doan", "trong": "XPA"}).json()
    codes = {r["code"] for r in body["results"]}
    assert codes == {"XUA1", "XUA2", "XG1", "XG2", "XG3", "XHN"}
    # Another province, or a subtree the account has no role on, is not searchable.
    assert client.get("/admin/chia-se/don-vi/", {"q": "x", "trong": "XPB"}).status_code == 404
    assert client.get("/admin/chia-se/don-vi/", {"q": "x", "trong": "XTLD"}).status_code == 404
    grassroots = client_for(tenant_a, editor_of(microsite(org_tree["g1"])))
    mine = grassroots.get("/admin/chia-se/don-vi/", {"q": "cong doan"}).json()
    assert [r["code"] for r in mine["results"]] == ["XG1"]


def test_org_tree_picker_is_the_visible_branch(org_tree, tenant_a, client_for):
    admin_a = make_user()
    GrantRole(admin_a, org_tree["a"], "admin").execute()
    body = client_for(tenant_a, admin_a).get("/admin/to-chuc/chon/", {"q": "dong hoa"}).json()
    assert body["results"] == []  # Đông Hòa is in province B
    body = client_for(tenant_a, admin_a).get("/admin/to-chuc/chon/", {"q": "hoan kiem"}).json()
    assert [r["code"] for r in body["results"]] == ["XUA1"]


def test_field_takes_names_whole_and_reports_unknown_entries(org_tree):
    _hanoi(org_tree)
    field = OrgChoiceField(multiple=True)
    assert [o.code for o in field.clean("Công đoàn cơ sở Bệnh viện Hà Nội, XG2")] == ["XHN", "XG2"]
    assert [o.code for o in field.clean("cong doan co so benh vien ha noi")] == ["XHN"]
    with pytest.raises(ValidationError) as refused:
        field.clean("Hà Nội")
    assert refused.value.messages == [
        "Không tìm thấy đơn vị “Hà Nội” trong phạm vi của bạn: hãy gõ tên hoặc mã rồi chọn "
        "trong danh sách gợi ý."
    ]


def test_unknown_organisation_gets_one_styled_error_next_to_its_field(
    org_tree, tenant_a, client_for
):
    editor = editor_of(org_tree["a"], "moderator")
    with schema_context(tenant_a.schema_name):
        page = make_article("Thông báo về Tháng Công nhân")
    client = client_for(tenant_a, editor)
    body = unescape(
        client.post(
            f"/admin/chia-se/trang/{page.pk}/",
            {"issuer": str(org_tree["a"].pk), "scope_root": "XPA", "include": "Hà Nội"},
        ).content.decode()
    )
    message = "Không tìm thấy đơn vị “Hà Nội” trong phạm vi của bạn"
    assert field_error_follows_label(body, "include", message)
    assert "Nội dung này sẽ đến" not in body and not Share.objects.exists()
