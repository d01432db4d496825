"""Setting routing rules and days off: permissions, locks, bad input (Vietnamese errors,
nothing written), and the admin screen."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.roles import Role
from hierarchy.actions import GrantRole
from tests.factories import make_user
from voice.actions.set_holiday import SetHoliday
from voice.actions.set_routing_rule import SetRoutingRule
from voice.models import Holiday, Kind, RoutingRule, Topic
from voice.routing import route


def admin_of(org):
    user = make_user()
    GrantRole(user, org, Role.ADMIN).execute()
    return user


def test_admin_sets_and_changes_a_rule(org_tree):
    t = org_tree
    admin = admin_of(t["ua1"])
    rule = SetRoutingRule(t["g1"], kind=Kind.GRIEVANCE, response_hours=12, actor=admin).execute()
    assert route(t["g1"], kind=Kind.GRIEVANCE).response_hours == 12
    again = SetRoutingRule(
        t["g1"], kind=Kind.GRIEVANCE, response_hours=6, working_days_only=True, actor=admin
    ).execute()
    assert again.pk == rule.pk and RoutingRule.objects.count() == 1
    SetRoutingRule(t["g1"], kind=Kind.GRIEVANCE, remove=True, actor=admin).execute()
    assert not RoutingRule.objects.exists()


def test_only_admins_of_the_branch(org_tree):
    t = org_tree
    with pytest.raises(PermissionDenied):
        SetRoutingRule(t["g1"], response_hours=12, actor=admin_of(t["ua2"])).execute()
    editor = make_user()
    GrantRole(editor, t["g1"], Role.EDITOR).execute()
    with pytest.raises(PermissionDenied):
        SetRoutingRule(t["g1"], response_hours=12, actor=editor).execute()
    assert not RoutingRule.objects.exists()


def test_a_locked_ancestor_rule_cannot_be_overridden(org_tree):
    t = org_tree
    SetRoutingRule(t["a"], response_hours=24, overridable=False).execute()
    admin = admin_of(t["ua1"])
    with pytest.raises(ValidationError, match="không cho phép cấp dưới thay đổi"):
        SetRoutingRule(t["g1"], kind=Kind.QUESTION, response_hours=48, actor=admin).execute()
    # a destination is another attribute: allowed
    SetRoutingRule(
        t["g1"], kind=Kind.GRIEVANCE, topic=Topic.SAFETY, route_to=t["ua1"], actor=admin
    ).execute()
    assert RoutingRule.objects.filter(organization=t["g1"]).count() == 1


@pytest.mark.parametrize(
    "fields,message",
    [
        ({}, "cần có thời hạn phản hồi"),
        ({"response_hours": 0}, "từ 1 đến 720 giờ"),
        ({"response_hours": 5000}, "từ 1 đến 720 giờ"),
        ({"response_hours": 4, "kind": "spam"}, "Loại vụ việc không hợp lệ"),
        ({"response_hours": 4, "topic": "x"}, "Lĩnh vực không hợp lệ"),
        ({"route_to": "g4"}, "đơn vị cấp trên hoặc đơn vị trực thuộc"),
        ({"route_to": "g1"}, "chính đơn vị"),
    ],
)
def test_bad_input(org_tree, fields, message):
    if "route_to" in fields:
        fields["route_to"] = org_tree[fields["route_to"]]
    with pytest.raises(ValidationError, match=message):
        SetRoutingRule(org_tree["g1"], **fields).execute()
    assert not RoutingRule.objects.exists()


def test_holidays(org_tree):
    t = org_tree
    admin = admin_of(t["a"])
    day = datetime.date(2026, 12, 24)
    SetHoliday(t["a"], day, name="Nghỉ bù", actor=admin).execute()
    with pytest.raises(ValidationError, match="24/12/2026 đã có"):
        SetHoliday(t["a"], day, actor=admin).execute()
    with pytest.raises(PermissionDenied):
        SetHoliday(t["b"], day, actor=admin).execute()
    SetHoliday(t["a"], day, remove=True, actor=admin).execute()
    assert not Holiday.objects.exists()


def test_admin_screen(org_tree, tenant_a, client_for):
    t = org_tree
    admin = admin_of(t["a"])
    SetRoutingRule(t["tld"], response_hours=24, overridable=False).execute()
    client = client_for(tenant_a, admin)
    page = client.get("/admin/vu-viec/quy-tac/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Quy tắc kế thừa từ cấp trên" in html and "Tổng Liên đoàn Lao động Việt Nam" in html

    done = client.post(
        f"/admin/vu-viec/quy-tac/?org={t['ua1'].pk}",
        {
            "org": t["ua1"].pk,
            "op": "rule",
            "kind": "grievance",
            "topic": "safety",
            "route_to": "xpa",
            "overridable": "on",
        },
        follow=True,
    )
    assert done.status_code == 200
    rule = RoutingRule.objects.get(organization=t["ua1"])
    assert rule.route_to_id == t["a"].pk
    refused = client.post(
        "/admin/vu-viec/quy-tac/",
        {"org": t["a"].pk, "op": "rule", "response_hours": "48"},
        follow=True,
    )
    assert "không cho phép cấp dưới thay đổi" in refused.content.decode()
    client.post(
        "/admin/vu-viec/quy-tac/",
        {"org": t["a"].pk, "op": "holiday", "date": "02/09/2027", "name": "Quốc khánh"},
    )
    assert Holiday.objects.filter(organization=t["a"], date=datetime.date(2027, 9, 2)).exists()
    # another province's organisation does not exist for this admin
    assert client.get(f"/admin/vu-viec/quy-tac/?org={t['g4'].pk}").status_code == 404
