"""The plan screen of the Wagtail admin over HTTP: the form lists every indicator with its
default, inheritance and what is in force; saving, activating, the public choice and the
refusals go through the actions; statements are bounded whatever the number of children."""

import pytest

from programme.actions.activate_plan import ActivatePlan
from programme.actions.save_plan_targets import SavePlanTargets
from programme.metrics import INDICATORS
from programme.models import Plan, PlanStatus, PublicIndicators
from programme.targets import targets_for
from tests.hierarchy.factories import make_org
from tests.statements import statements

pytestmark = pytest.mark.django_db

URL = "/admin/chuong-trinh/chi-tieu/"


def test_the_form_lists_every_indicator_with_default_inherited_and_in_force(
    org_tree, admin_of, client_for, tenant_a
):
    SavePlanTargets(
        org_tree["a"], 2026, [{"indicator": "misinfo_handled", "value": 90, "overridable": False}]
    ).execute()
    ActivatePlan(org_tree["a"], 2026).execute()
    client = client_for(tenant_a, admin_of(org_tree["a"]))
    page = client.get(f"{URL}?org={org_tree['ua1'].pk}&year=2026")
    assert page.status_code == 200
    html = page.content.decode()
    for key in INDICATORS:
        assert f'data-indicator="{key}"' in html
    assert "do Liên đoàn Lao động tỉnh A đặt" in html and "Không được điều chỉnh" in html
    # The menu entry is there.
    assert URL in client.get("/admin/").content.decode()


def test_saving_activating_and_a_refused_override_through_the_screen(
    org_tree, admin_of, client_for, tenant_a
):
    a, ua1 = org_tree["a"], org_tree["ua1"]
    client = client_for(tenant_a, admin_of(a))
    saved = client.post(
        URL,
        {
            "org": a.pk,
            "year": 2026,
            "op": "save",
            "cases_on_time__all": "95",
            "cases_on_time__open": "on",
            "misinfo_handled__all": "90",
            "campaigns__l4": "2",
            "campaigns__open": "on",
        },
    )
    assert saved.status_code == 302
    client.post(URL, {"org": a.pk, "year": 2026, "op": "activate"})
    assert Plan.objects.get(organization=a, year=2026).status == PlanStatus.ACTIVE
    assert targets_for(org_tree["g1"], 2026)["campaigns"].value == 2
    refused = client.post(
        URL,
        {"org": ua1.pk, "year": 2026, "op": "save", "misinfo_handled__all": "85,5"},
    )
    assert refused.status_code == 400
    html = refused.content.decode()
    assert (
        "Không thể điều chỉnh chỉ tiêu «Thông tin sai lệch được phát hiện và xử lý»: "
        "Liên đoàn Lao động tỉnh A đã ấn định mức 90 % năm 2026 cho Công đoàn phường Hoàn Kiếm"
    ) in html
    assert 'value="85,5"' in html  # what was typed is shown again
    assert not Plan.objects.filter(organization=ua1).exists()
    bad = client.post(URL, {"org": a.pk, "year": 2026, "op": "save", "campaigns__all": "-1"})
    assert "số lượng không được âm (-1)" in bad.content.decode()
    assert targets_for(org_tree["g1"], 2026)["campaigns"].value == 2  # unchanged


def test_choosing_public_indicators(org_tree, admin_of, client_for, tenant_a):
    a = org_tree["a"]
    client = client_for(tenant_a, admin_of(a))
    client.post(
        URL,
        {"org": a.pk, "op": "public", "public": ["channels", "cases_on_time", "nonsense"]},
    )
    assert PublicIndicators.objects.get(organization=a).indicators == [
        "cases_on_time",
        "channels",
    ]


def test_outside_the_accounts_scope_is_not_found(org_tree, admin_of, client_for, tenant_a):
    client = client_for(tenant_a, admin_of(org_tree["a"]))
    assert client.get(f"{URL}?org={org_tree['g4'].pk}").status_code == 404
    assert client.get(f"{URL}?code=XG4").status_code == 404
    assert client.get(f"{URL}?code=XG1").status_code == 200


def test_statements_do_not_grow_with_the_children(org_tree, admin_of, client_for, tenant_a):
    a = org_tree["a"]
    client = client_for(tenant_a, admin_of(a))
    client.get(f"{URL}?org={a.pk}")
    with statements() as few:
        assert client.get(f"{URL}?org={a.pk}").status_code == 200
    for n in range(15):
        make_org(a, name=f"Công đoàn cơ sở số {n}", code=f"XN{n}")
    SavePlanTargets(a, 2026, [{"indicator": "campaigns", "value": 3}]).execute()
    with statements() as many:
        assert client.get(f"{URL}?org={a.pk}&year=2026").status_code == 200
    assert len(many) <= len(few) + 1, many  # + the plan's targets


def test_a_target_for_a_kind_below_is_added_kept_and_removed(
    org_tree, admin_of, client_for, tenant_a
):
    a = org_tree["a"]
    client = client_for(tenant_a, admin_of(a))
    base = {"org": a.pk, "year": 2026, "op": "save", "campaigns__all": "3"}
    client.post(
        URL,
        {
            **base,
            "extra_indicator": "digital_share",
            "extra_kind": "industrial_zone_union",
            "extra_value": "70",
        },
    )
    ActivatePlan(a, 2026).execute()
    assert targets_for(org_tree["ua2"], 2026)["digital_share"].value == 70
    assert targets_for(org_tree["ua1"], 2026)["digital_share"].value == 50
    # Saving the table again keeps it; it is shown with a box to remove it.
    page = client.get(f"{URL}?org={a.pk}&year=2026").content.decode()
    assert "Riêng: 70 (Công đoàn các khu công nghiệp)" in page
    client.post(URL, {**base, "campaigns__all": "4"})
    assert targets_for(org_tree["ua2"], 2026)["digital_share"].value == 70
    extra = Plan.objects.get(organization=a).targets.get(indicator="digital_share")
    client.post(URL, {**base, "drop_extra": str(extra.pk)})
    assert targets_for(org_tree["ua2"], 2026)["digital_share"].value == 50
    # A kind at or above the setter's level is refused by the action.
    refused = client.post(
        URL,
        {**base, "extra_indicator": "campaigns", "extra_kind": "sector_union", "extra_value": "1"},
    )
    assert refused.status_code == 400
    assert (
        "Công đoàn ngành trung ương cùng cấp với Liên đoàn Lao động tỉnh A, không thuộc phạm vi"
        in refused.content.decode()
    )
    assert client.get(f"{URL}?org={a.pk}&year=2040").status_code == 404
