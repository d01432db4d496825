"""Targets set through the plan actions: inherited down the tree, overridden locally where
the level above allows it, refused (whole, in Vietnamese, naming who fixed it) where not."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.roles import Role
from programme.actions.activate_plan import ActivatePlan
from programme.actions.deactivate_plan import DeactivatePlan
from programme.actions.save_plan_targets import SavePlanTargets
from programme.models import Plan, PlanEvent, PlanStatus, Target
from programme.targets import targets_for, targets_for_many
from tests.statements import statements

pytestmark = pytest.mark.django_db

YEAR = 2026


def set_plan(org, targets, actor=None, activate=True):
    plan = SavePlanTargets(org, YEAR, targets, actor=actor).execute()
    if activate:
        ActivatePlan(org, YEAR, actor=actor).execute()
    return plan


def test_a_province_target_is_inherited_by_every_unit_below(org_tree, admin_of):
    a = org_tree["a"]
    user = admin_of(a)
    set_plan(a, [{"indicator": "cases_on_time", "value": "95"}], actor=user)
    for key in ("a", "ua1", "ua2", "g1", "g3"):
        got = targets_for(org_tree[key], YEAR)["cases_on_time"]
        assert (got.value, got.set_by, got.overridable) == (Decimal(95), a, True), key
    # Another province keeps the programme's default.
    assert targets_for(org_tree["g4"], YEAR)["cases_on_time"].set_by is None
    assert targets_for(org_tree["g4"], YEAR)["cases_on_time"].value == Decimal(100)


def test_a_draft_plan_is_not_in_force_until_activated(org_tree):
    a = org_tree["a"]
    set_plan(a, [{"indicator": "campaigns", "value": 5, "levels": [3]}], activate=False)
    assert targets_for(org_tree["ua1"], YEAR)["campaigns"].value == Decimal(1)
    ActivatePlan(a, YEAR).execute()
    assert targets_for(org_tree["ua1"], YEAR)["campaigns"].value == Decimal(5)
    DeactivatePlan(a, YEAR).execute()
    assert targets_for(org_tree["ua1"], YEAR)["campaigns"].value == Decimal(1)
    assert Plan.objects.get(organization=a, year=YEAR).status == PlanStatus.DRAFT


def test_a_unit_overrides_an_overridable_target_for_its_own_subtree(org_tree, admin_of):
    set_plan(org_tree["a"], [{"indicator": "articles_sent_up", "value": 40, "levels": [4]}])
    set_plan(
        org_tree["ua1"],
        [{"indicator": "articles_sent_up", "value": 45, "levels": [4]}],
        actor=admin_of(org_tree["ua1"]),
    )
    g1 = targets_for(org_tree["g1"], YEAR)["articles_sent_up"]
    assert (g1.value, g1.set_by) == (Decimal(45), org_tree["ua1"])
    g3 = targets_for(org_tree["g3"], YEAR)["articles_sent_up"]  # under UA2: the province's
    assert (g3.value, g3.set_by) == (Decimal(40), org_tree["a"])
    # The level-limited target leaves UA1 itself on the default for its level.
    assert targets_for(org_tree["ua1"], YEAR)["articles_sent_up"].set_by is None


def test_a_target_fixed_above_cannot_be_overridden_and_the_error_names_who_fixed_it(
    org_tree, admin_of
):
    a, ua1 = org_tree["a"], org_tree["ua1"]
    set_plan(a, [{"indicator": "campaigns", "value": 2, "levels": [4], "overridable": False}])
    user = admin_of(ua1)
    with pytest.raises(ValidationError) as refused:
        SavePlanTargets(
            ua1,
            YEAR,
            [
                {"indicator": "cases_on_time", "value": 100},
                {"indicator": "campaigns", "value": 4},
            ],
            actor=user,
        ).execute()
    assert refused.value.messages == [
        "Không thể điều chỉnh chỉ tiêu «Chiến dịch truyền thông chuyên đề»: Liên đoàn Lao động "
        "tỉnh A đã ấn định mức 2 chiến dịch/năm năm 2026 cho các đơn vị công đoàn cơ sở và "
        "không cho phép cấp dưới điều chỉnh."
    ]
    # Nothing half-written: no plan, no target, no audit row.
    assert not Plan.objects.filter(organization=ua1).exists()
    assert not PlanEvent.objects.filter(organization=ua1).exists()
    # Allowed: UA1's own campaigns (level 3), which the lock does not cover.
    set_plan(ua1, [{"indicator": "campaigns", "value": 4, "levels": [3]}], actor=user)
    assert targets_for(ua1, YEAR)["campaigns"].value == Decimal(4)
    assert targets_for(org_tree["g1"], YEAR)["campaigns"].value == Decimal(2)


def test_a_lock_set_after_a_local_override_wins_and_blocks_reactivation(org_tree):
    a, ua1 = org_tree["a"], org_tree["ua1"]
    set_plan(ua1, [{"indicator": "misinfo_handled", "value": 85}])
    assert targets_for(org_tree["g1"], YEAR)["misinfo_handled"].value == Decimal(85)
    set_plan(a, [{"indicator": "misinfo_handled", "value": 90, "overridable": False}])
    got = targets_for(org_tree["g1"], YEAR)["misinfo_handled"]
    assert (got.value, got.set_by) == (Decimal(90), a)
    DeactivatePlan(ua1, YEAR).execute()
    with pytest.raises(ValidationError, match="Liên đoàn Lao động tỉnh A đã ấn định mức 90 %"):
        ActivatePlan(ua1, YEAR).execute()


def test_within_a_plan_a_level_or_kind_target_beats_the_general_one(org_tree):
    set_plan(
        org_tree["a"],
        [
            {"indicator": "digital_share", "value": 60},
            {"indicator": "digital_share", "value": 70, "kinds": ["industrial_zone_union"]},
        ],
    )
    assert targets_for(org_tree["ua2"], YEAR)["digital_share"].value == Decimal(70)
    assert targets_for(org_tree["ua1"], YEAR)["digital_share"].value == Decimal(60)


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ({"indicator": "likes", "value": 1}, "Chỉ tiêu «likes» không có trong danh mục chỉ tiêu."),
        (
            {"indicator": "cases_on_time", "value": "101"},
            "tỷ lệ phải từ 0 đến 100%, không phải 101.",
        ),
        ({"indicator": "cases_on_time", "value": "-1"}, "tỷ lệ phải từ 0 đến 100%"),
        ({"indicator": "campaigns", "value": -2}, "số lượng không được âm (-2)."),
        ({"indicator": "campaigns", "value": "1,5"}, "số lượng phải là số nguyên"),
        ({"indicator": "campaigns", "value": "ba"}, "mức «ba» không phải là số."),
        ({"indicator": "campaigns", "value": "NaN"}, "không phải là số."),
        ({"indicator": "digital_share", "value": "50.125"}, "tối đa 2 chữ số thập phân"),
        ({"indicator": "campaigns", "value": 1, "levels": [9]}, "cấp 9 không tồn tại"),
        (
            {"indicator": "campaigns", "value": 1, "levels": [1]},
            "Liên đoàn Lao động tỉnh A (cấp 2) không đặt được chỉ tiêu cho cấp 1",
        ),
        ({"indicator": "campaigns", "value": 1, "kinds": ["club"]}, "«club» không tồn tại"),
        (
            {"indicator": "campaigns", "value": 1, "kinds": ["national_federation"]},
            "không đặt được chỉ tiêu cho Tổng Liên đoàn",
        ),
        (
            {"indicator": "campaigns", "value": 1, "kinds": ["sector_union"]},
            "Công đoàn ngành trung ương cùng cấp với Liên đoàn Lao động tỉnh A",
        ),
        (
            {"indicator": "campaigns", "value": 1, "levels": [4], "kinds": ["commune_union"]},
            "không loại đơn vị nào đã chọn ở các cấp đã chọn",
        ),
    ],
)
def test_bad_input_is_refused_in_vietnamese_and_nothing_is_written(org_tree, target, message):
    a = org_tree["a"]
    with pytest.raises(ValidationError) as refused:
        SavePlanTargets(a, YEAR, [{"indicator": "campaigns", "value": 3}, target]).execute()
    assert any(message in m for m in refused.value.messages), refused.value.messages
    assert not Plan.objects.filter(organization=a).exists()


def test_duplicates_and_years_outside_the_programme_are_refused(org_tree):
    a = org_tree["a"]
    twice = [{"indicator": "campaigns", "value": 3}, {"indicator": "campaigns", "value": 4}]
    with pytest.raises(ValidationError, match="được nhập hai lần"):
        SavePlanTargets(a, YEAR, twice).execute()
    with pytest.raises(ValidationError, match="Năm kế hoạch phải từ 2023 đến 2028"):
        SavePlanTargets(a, 2031, [{"indicator": "campaigns", "value": 3}]).execute()
    with pytest.raises(ValidationError, match="chưa có chỉ tiêu nào cho năm 2026"):
        ActivatePlan(a, YEAR).execute()
    with pytest.raises(ValidationError, match="không ở trạng thái đang áp dụng"):
        DeactivatePlan(a, YEAR).execute()
    assert not Plan.objects.exists()


def test_only_admins_of_the_setting_organisation_or_above_may_set_its_plan(org_tree, admin_of):
    a, ua1 = org_tree["a"], org_tree["ua1"]
    target = [{"indicator": "campaigns", "value": 2}]
    for actor in (admin_of(org_tree["b"]), admin_of(ua1), admin_of(a, Role.EDITOR)):
        with pytest.raises(PermissionDenied, match="không có quyền quản trị tại Liên đoàn"):
            SavePlanTargets(a, YEAR, target, actor=actor).execute()
    assert not Plan.objects.exists()
    # An admin of the province may set its plan and those of the units below it.
    province_admin = admin_of(a)
    SavePlanTargets(ua1, YEAR, target, actor=province_admin).execute()
    with pytest.raises(PermissionDenied):
        ActivatePlan(ua1, YEAR, actor=admin_of(org_tree["g1"])).execute()
    ActivatePlan(ua1, YEAR, actor=province_admin).execute()
    assert Plan.objects.get(organization=ua1).status == PlanStatus.ACTIVE


def test_saving_replaces_the_targets_and_every_action_is_audited(org_tree, admin_of):
    a = org_tree["a"]
    user = admin_of(a)
    SavePlanTargets(a, YEAR, [{"indicator": "campaigns", "value": 3}], actor=user).execute()
    SavePlanTargets(
        a, YEAR, [{"indicator": "campaigns", "value": 4, "levels": [2]}], actor=user
    ).execute()
    ActivatePlan(a, YEAR, actor=user).execute()
    DeactivatePlan(a, YEAR, actor=user).execute()
    assert list(Target.objects.filter(plan__organization=a).values_list("value", "levels")) == [
        (Decimal(4), [2])
    ]
    events = list(PlanEvent.objects.filter(organization=a).order_by("id"))
    assert [e.action for e in events] == ["save", "save", "activate", "deactivate"]
    assert {e.actor_id for e in events} == {user.pk}
    assert events[1].detail == {
        "before": [
            {
                "indicator": "campaigns",
                "value": "3.00",
                "levels": [],
                "kinds": [],
                "overridable": True,
            }
        ],
        "after": [
            {
                "indicator": "campaigns",
                "value": "4",
                "levels": [2],
                "kinds": [],
                "overridable": True,
            }
        ],
    }


def test_targets_for_many_resolves_a_list_of_organisations_in_one_statement(org_tree):
    set_plan(org_tree["a"], [{"indicator": "campaigns", "value": 2, "levels": [4]}])
    set_plan(org_tree["ua1"], [{"indicator": "campaigns", "value": 3, "levels": [4]}])
    orgs = [org_tree[k] for k in ("g1", "g2", "g3", "g4", "ua1", "tld")]
    with statements() as sql:
        many = targets_for_many(orgs, YEAR)
    assert len(sql.starting("SELECT")) == 1 and len(sql.starting("SET")) == len(sql) - 1, sql
    assert {org.code: many[org.pk]["campaigns"].value for org in orgs if org.level > 1} == {
        "XG1": Decimal(3),
        "XG2": Decimal(3),
        "XG3": Decimal(2),
        "XG4": Decimal(1),
        "XUA1": Decimal(1),
    }
    for org in orgs:
        assert many[org.pk] == targets_for(org, YEAR), org.code
    with statements() as sql:
        assert targets_for_many([], YEAR) == {}
    assert sql.starting("SELECT") == []
