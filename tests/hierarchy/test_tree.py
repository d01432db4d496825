"""The tree model: appending, sort order, ancestors/descendants, tree integrity."""

from django.db import connection

from hierarchy import tree
from hierarchy.models import Kind, Organization
from tests.hierarchy.factories import make_org
from tests.statements import statements


def test_tree_shape_and_integrity(org_tree):
    a, g1 = org_tree["a"], org_tree["g1"]
    assert [o.code for o in g1.ancestors_and_self()] == ["XTLD", "XPA", "XUA1", "XG1"]
    assert set(a.subtree().values_list("code", flat=True)) == {
        "XPA",
        "XUA1",
        "XUA2",
        "XG1",
        "XG2",
        "XG3",
    }
    assert a.numchild == 2 and org_tree["tld"].numchild == 3
    assert g1.hosting_tenant().schema_name == "test_a"
    assert org_tree["g4"].hosting_tenant().schema_name == "test_b"
    assert Organization.find_problems() == ([], [], [], [], [])


def test_insert_at_position_shifts_later_siblings_in_one_update(org_tree):
    ua1 = org_tree["ua1"]
    with statements() as sql:
        g0 = make_org(ua1, name="Công đoàn cơ sở đứng đầu", position=1)
    updates = sql.starting("UPDATE")
    assert len(updates) <= 2  # the sibling shift and the parent's numchild
    order = list(
        Organization.objects.filter(path__startswith=ua1.path, depth=ua1.depth + 1)
        .order_by("sort_order")
        .values_list("code", flat=True)
    )
    assert order == [g0.code, "XG1", "XG2"]


def test_descendant_query_uses_the_path_pattern_index(org_tree):
    qs = org_tree["a"].subtree()
    sql, params = qs.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "hierarchy_organization_path" in plan and "_like" in plan, plan


def test_move_subtrees_keeps_paths_depths_and_counts(org_tree):
    ua1, ub1 = org_tree["ua1"], org_tree["ub1"]
    children = list(Organization.objects.filter(code__in=["XG1", "XG2"]).order_by("path"))
    tree.move_subtrees(children, ub1)
    assert Organization.find_problems() == ([], [], [], [], [])
    assert set(
        Organization.objects.get(pk=ub1.pk).get_children().values_list("code", flat=True)
    ) == {"XG1", "XG2", "XG4"}
    assert Organization.objects.get(pk=ua1.pk).numchild == 0
    assert make_org(ub1, kind=Kind.GRASSROOTS).get_parent().code == "XUB1"


def test_set_based_integrity_check_finds_what_find_problems_finds(org_tree):
    assert tree.integrity_problems() == {"wrong_depth": 0, "orphans": 0, "wrong_numchild": 0}
    Organization.objects.filter(code="XUA1").update(numchild=7)
    Organization.objects.filter(code="XG4").update(depth=2)
    Organization.objects.filter(code="XG3").update(path="0001ZZZZ00010001")  # no parent row
    assert tree.integrity_problems() == {"wrong_depth": 1, "orphans": 1, "wrong_numchild": 2}


def test_reparent_many_moves_nested_and_scattered_subtrees_in_a_fixed_number_of_statements(
    org_tree,
):
    ua2, ub1 = org_tree["ua2"], org_tree["ub1"]
    b, s = org_tree["b"], org_tree["s"]
    extra = [make_org(ub1, code=f"XE{i}") for i in range(12)]
    nodes = {o.code: o for o in Organization.objects.filter(code__in=["XUA1", "XG1", "XG3"])}
    moves = [(nodes["XG1"], b), (nodes["XUA1"], s), (nodes["XG3"], b)]
    moves += [(Organization.objects.get(pk=e.pk), s if i % 2 else ua2) for i, e in enumerate(extra)]
    with statements() as sql:
        tree.reparent_many(moves)
    # One scan for the last children, one UPDATE per depth of the moved roots (3 and 4).
    assert len(sql) == 3, sql
    tree.refresh_all_numchild()
    assert tree.integrity_problems() == {"wrong_depth": 0, "orphans": 0, "wrong_numchild": 0}
    parent_of = {o.code: o.get_parent().code for o in Organization.objects.filter(depth__gt=1)}
    assert parent_of["XG1"] == "XPB" and parent_of["XG3"] == "XPB"
    assert parent_of["XUA1"] == "XSGD" and parent_of["XG2"] == "XUA1"
    assert [parent_of[f"XE{i}"] for i in range(3)] == ["XUA2", "XSGD", "XUA2"]
    assert Organization.objects.get(code="XUB1").get_children().get().code == "XG4"


def test_create_appends_records_history_and_refuses_bad_input(org_tree):
    import pytest
    from django.core.exceptions import PermissionDenied, ValidationError

    from hierarchy.actions import CreateOrganization, GrantRole
    from hierarchy.models import EventAction, OrganizationEvent
    from tests.factories import make_user

    admin_a = make_user()
    GrantRole(admin_a, org_tree["a"], "admin").execute()
    new = CreateOrganization(
        parent=org_tree["ua2"],
        code="XG9",
        name="Công đoàn cơ sở Công ty May Hòa Bình",
        kind=Kind.GRASSROOTS,
        actor=admin_a,
        member_count=55,
        email="cdcs@hoabinh.vn",
    ).execute()
    assert new.get_parent().code == "XUA2" and new.level == 4 and new.sort_order == 2
    assert new.search_text == "cong doan co so cong ty may hoa binh xg9"
    event = OrganizationEvent.objects.get(action=EventAction.CREATE, organizations=new)
    assert event.actor == admin_a and event.payload["after"]["parent"] == "XUA2"
    created = OrganizationEvent.objects.filter(action=EventAction.CREATE).count()
    cases = [
        ({"parent": org_tree["ua2"], "code": "XG9", "kind": Kind.GRASSROOTS}, "đã tồn tại"),
        ({"parent": org_tree["g3"], "code": "XN1", "kind": Kind.COMMUNE_UNION}, "cấp cao hơn"),
        ({"parent": org_tree["ua2"], "code": "XN2", "kind": "district"}, "không hợp lệ"),
        ({"parent": org_tree["ua2"], "code": "", "kind": Kind.GRASSROOTS}, "không được để trống"),
    ]
    for kwargs, message in cases:
        with pytest.raises(ValidationError, match=message):
            CreateOrganization(name="Đơn vị thử", actor=admin_a, **kwargs).execute()
    with pytest.raises(PermissionDenied):
        CreateOrganization(
            parent=org_tree["ub1"],
            code="XN3",
            name="Ngoài phạm vi",
            kind=Kind.GRASSROOTS,
            actor=admin_a,
        ).execute()
    with pytest.raises(PermissionDenied, match="quản trị nền tảng"):
        CreateOrganization(
            parent=None, code="XN4", name="Gốc mới", kind=Kind.NATIONAL_FEDERATION, actor=admin_a
        ).execute()
    assert OrganizationEvent.objects.filter(action=EventAction.CREATE).count() == created
