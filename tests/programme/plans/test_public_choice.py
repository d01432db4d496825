"""Choosing the indicators an organisation publishes: known keys only, its admins only,
audited; the choice is kept in catalogue order."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from programme.actions.set_public_indicators import SetPublicIndicators
from programme.models import PlanEvent, PublicIndicators

pytestmark = pytest.mark.django_db


def test_the_choice_is_kept_in_catalogue_order_and_audited(org_tree, admin_of):
    a = org_tree["a"]
    user = admin_of(a)
    SetPublicIndicators(a, ["channels", "campaigns", "channels"], actor=user).execute()
    SetPublicIndicators(a, ["cases_on_time"], actor=user).execute()
    assert PublicIndicators.objects.get(organization=a).indicators == ["cases_on_time"]
    events = PlanEvent.objects.filter(organization=a, action="publish").order_by("id")
    assert [e.detail for e in events] == [
        {"before": [], "after": ["campaigns", "channels"]},
        {"before": ["campaigns", "channels"], "after": ["cases_on_time"]},
    ]
    assert {e.actor_id for e in events} == {user.pk}


def test_unknown_keys_and_other_organisations_are_refused(org_tree, admin_of):
    a = org_tree["a"]
    with pytest.raises(ValidationError, match="Chỉ tiêu «likes» không có trong danh mục"):
        SetPublicIndicators(a, ["campaigns", "likes"]).execute()
    with pytest.raises(PermissionDenied, match="chọn chỉ tiêu công khai"):
        SetPublicIndicators(a, ["campaigns"], actor=admin_of(org_tree["b"])).execute()
    with pytest.raises(PermissionDenied):
        SetPublicIndicators(a, ["campaigns"], actor=admin_of(org_tree["ua1"])).execute()
    assert not PublicIndicators.objects.exists() and not PlanEvent.objects.exists()
