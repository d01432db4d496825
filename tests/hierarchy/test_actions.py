"""Restructuring actions: move, merge, split, dissolve, rename — validation, atomicity,
history and attribution."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hierarchy.actions import (
    DissolveOrganization,
    GrantRole,
    MergeOrganizations,
    MoveOrganization,
    RenameOrganization,
    SplitOrganization,
)
from hierarchy.actions.split import SplitPart
from hierarchy.attribution import attribution
from hierarchy.models import EventAction, Kind, Organization, OrganizationEvent, OrgRole, Status
from tests.factories import make_user
from tests.hierarchy.factories import make_org, refresh
from tests.statements import statements

D = datetime.date(2025, 7, 1)


def _snapshot():
    return list(
        Organization.objects.order_by("path").values_list(
            "code", "path", "depth", "numchild", "status", "name"
        )
    )


def test_move_subtree_with_history(org_tree):
    g1, ub1, ua1 = org_tree["g1"], org_tree["ub1"], org_tree["ua1"]
    make_org(g1, Kind.UNION_GROUP, code="XT1")
    MoveOrganization(g1, ub1, effective_date=D).execute()
    g1, ub1, ua1 = refresh(g1, ub1, ua1)
    assert g1.get_parent().code == "XUB1" and ub1.numchild == 2 and ua1.numchild == 1
    assert Organization.objects.get(code="XT1").get_parent().code == "XG1"
    event = OrganizationEvent.objects.get(action=EventAction.MOVE)
    assert event.effective_date == D
    assert event.payload["before"]["parent"] == "XUA1"
    assert event.payload["after"]["parent"] == "XUB1"
    assert event.payload["subtree_size"] == 2
    assert Organization.find_problems() == ([], [], [], [], [])


def test_move_refuses_a_cycle_and_a_bad_level(org_tree):
    before = _snapshot()
    with pytest.raises(ValidationError, match="vòng lặp"):
        MoveOrganization(org_tree["a"], org_tree["g1"]).execute()
    with pytest.raises(ValidationError, match="vòng lặp"):
        MoveOrganization(org_tree["ua1"], org_tree["ua1"]).execute()
    with pytest.raises(ValidationError, match="cấp trên phải ở cấp cao hơn"):
        MoveOrganization(org_tree["ua1"], org_tree["ub1"]).execute()
    assert _snapshot() == before
    assert not OrganizationEvent.objects.filter(action=EventAction.MOVE).exists()


def test_merge_two_provinces_carries_everything_over(org_tree):
    a, b = org_tree["a"], org_tree["b"]
    editor, admin_b = make_user(), make_user()
    GrantRole(editor, a, "editor").execute()
    GrantRole(admin_b, b, "admin").execute()
    with statements() as sql:
        merged = MergeOrganizations(
            [a, b], code="XPAB", name="Liên đoàn Lao động tỉnh A-B", effective_date=D
        ).execute()
    # Folding tenant test_b costs statements per copied page; the tree itself a few.
    tree_updates = sql.starting(
        'UPDATE "hierarchy_organization"', "UPDATE hierarchy_organization"
    )
    assert len(tree_updates) < 15
    a, b = refresh(a, b)
    assert (a.status, b.status) == (Status.MERGED, Status.MERGED)
    assert a.successor == merged and a.valid_to == D
    assert merged.level == 2 and merged.kind == Kind.PROVINCIAL_FEDERATION
    assert merged.get_parent().code == "XTLD"
    assert set(merged.get_children().values_list("code", flat=True)) == {"XUA1", "XUA2", "XUB1"}
    assert Organization.objects.get(code="XG4").is_in_subtree_of(merged)
    assert merged.member_count == a.member_count + b.member_count
    assert set(OrgRole.objects.filter(organization=merged).values_list("role", flat=True)) == {
        "editor",
        "admin",
    }
    assert not OrgRole.objects.filter(organization__in=[a, b]).exists()
    # The first tenant's content now belongs to the merged federation.
    assert merged.tenant.schema_name == "test_a" and a.tenant is None
    event = OrganizationEvent.objects.get(action=EventAction.MERGE)
    assert [x["code"] for x in event.payload["before"]] == ["XPA", "XPB"]
    assert event.payload["organizations_moved"] == 7
    assert [t["schema_name"] for t in event.payload["tenants_folded"]] == ["test_b"]
    assert attribution("XPA", D - datetime.timedelta(days=1)) == (
        "Liên đoàn Lao động tỉnh A (nay là Liên đoàn Lao động tỉnh A-B)"
    )
    assert Organization.find_problems() == ([], [], [], [], [])


def test_merge_refuses_nonsense(org_tree):
    before = _snapshot()
    with pytest.raises(ValidationError, match="khác cấp"):
        MergeOrganizations([org_tree["a"], org_tree["ua2"]], code="X1", name="X").execute()
    with pytest.raises(ValidationError, match="khác loại"):
        MergeOrganizations([org_tree["a"], org_tree["s"]], code="X1", name="X").execute()
    with pytest.raises(ValidationError, match="ít nhất hai"):
        MergeOrganizations([org_tree["a"], org_tree["a"]], code="X1", name="X").execute()
    with pytest.raises(ValidationError, match="đã tồn tại"):
        MergeOrganizations([org_tree["a"], org_tree["b"]], code="XG1", name="X").execute()
    with pytest.raises(ValidationError, match="cấp trên phải ở cấp cao hơn"):
        MergeOrganizations(
            [org_tree["ua1"], org_tree["ub1"]], code="X1", name="X", parent=org_tree["g3"]
        ).execute()
    assert _snapshot() == before


def test_merge_is_atomic_when_a_step_fails(org_tree, monkeypatch):
    before = _snapshot()

    def boom(self, merged):
        raise RuntimeError("lỗi giữa chừng")

    monkeypatch.setattr(MergeOrganizations, "_carry_content", boom)
    with pytest.raises(RuntimeError):
        MergeOrganizations(
            [org_tree["ua1"], org_tree["ua2"]], code="XU12", name="X", kind=Kind.COMMUNE_UNION
        ).execute()
    assert _snapshot() == before
    assert not OrganizationEvent.objects.filter(action=EventAction.MERGE).exists()


def test_split_distributes_children(org_tree):
    ua1 = org_tree["ua1"]
    parts = [
        SplitPart("XS1", "Công đoàn phường Hoàn Kiếm Bắc", children=["XG1"]),
        SplitPart("XS2", "Công đoàn phường Hoàn Kiếm Nam", children=["XG2"], member_count=5),
    ]
    s1, s2 = SplitOrganization(ua1, parts, effective_date=D).execute()
    ua1 = refresh(ua1)[0]
    assert ua1.status == Status.DISSOLVED and ua1.successor == s1 and ua1.numchild == 0
    assert [c.code for c in s1.get_children()] == ["XG1"]
    assert s1.member_count == 120 and s2.member_count == 5
    assert s1.get_parent().code == "XPA" and s1.level == 3
    with pytest.raises(ValidationError, match="Chưa giao"):
        SplitOrganization(org_tree["ua2"], [SplitPart("Y1", "Y"), SplitPart("Y2", "Z")]).execute()
    assert Organization.find_problems() == ([], [], [], [], [])


def test_dissolve_requires_a_receiver_for_active_children(org_tree):
    ua1, ua2 = org_tree["ua1"], org_tree["ua2"]
    with pytest.raises(ValidationError, match="đơn vị tiếp nhận"):
        DissolveOrganization(ua1).execute()
    DissolveOrganization(ua1, reparent_to=ua2, effective_date=D).execute()
    ua1, ua2 = refresh(ua1, ua2)
    assert ua1.status == Status.DISSOLVED and ua1.valid_to == D
    assert set(ua2.get_children().values_list("code", flat=True)) == {"XG1", "XG2", "XG3"}
    assert attribution("XUA1") == "Công đoàn phường Hoàn Kiếm (đã giải thể)"
    with pytest.raises(ValidationError, match="không còn hoạt động"):
        DissolveOrganization(ua1).execute()


def test_rename_keeps_the_old_name_for_old_content(org_tree, tenant_a):
    a = org_tree["a"]
    RenameOrganization(a, "Liên đoàn Lao động tỉnh A mới", "LĐLĐ A", effective_date=D).execute()
    a = refresh(a)[0]
    assert a.name == "Liên đoàn Lao động tỉnh A mới" and "lien doan" in a.search_text
    tenant_a.refresh_from_db()
    assert tenant_a.name == a.name
    assert attribution("XPA", datetime.date(2025, 1, 1)) == (
        "Liên đoàn Lao động tỉnh A (nay là Liên đoàn Lao động tỉnh A mới)"
    )
    assert attribution("XPA", D) == "Liên đoàn Lao động tỉnh A mới"
    with pytest.raises(ValidationError, match="trùng"):
        RenameOrganization(a, a.name).execute()


def test_actions_apply_now_and_refuse_a_future_effective_date(org_tree):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError, match="ở tương lai"):
        RenameOrganization(org_tree["a"], "Tên mới", effective_date=tomorrow).execute()
    assert refresh(org_tree["a"])[0].name == "Liên đoàn Lao động tỉnh A"
    RenameOrganization(org_tree["a"], "Tên mới").execute()
    assert OrganizationEvent.objects.get(action=EventAction.RENAME).effective_date == (
        timezone.localdate()
    )
