"""Cached answers of ``programme`` (persisted GET through the response cache) are dropped
when the organisation's public choice changes, or a plan at it or above it does: an
indicator taken off the portal is never served again from the cache."""

import pytest

from delivery.cache import response_cache
from programme.actions.activate_plan import ActivatePlan
from programme.actions.save_plan_targets import SavePlanTargets
from programme.actions.set_public_indicators import SetPublicIndicators
from tests.delivery.helpers import persisted_get, register

pytestmark = pytest.mark.django_db

QUERY = (
    "query Figures($org: String!, $year: Int!) "
    "{ programme(org: $org, year: $year) { indicators { key target } } }"
)


@pytest.fixture
def rcache():
    response_cache.reset()
    yield response_cache
    response_cache.reset()


def answer(response):
    return {i["key"]: i["target"] for i in response.json()["data"]["programme"]["indicators"]}


def test_a_changed_choice_or_plan_drops_the_cached_answer(
    figures, client_for, tenant_a, rcache, django_capture_on_commit_callbacks
):
    sha = register(tenant_a, QUERY)
    client = client_for(tenant_a)
    variables = {"org": "XPA", "year": 2026}
    first = persisted_get(client, sha, variables)
    assert first["X-Cache"] == "MISS"
    assert answer(first) == {"campaigns": 3.0, "cases_on_time": 100.0, "misinfo_handled": 80.0}
    assert persisted_get(client, sha, variables)["X-Cache"] == "HIT"

    with django_capture_on_commit_callbacks(execute=True):
        SetPublicIndicators(figures["a"], ["campaigns"]).execute()
    after = persisted_get(client, sha, variables)
    assert after["X-Cache"] == "MISS" and answer(after) == {"campaigns": 3.0}

    # A plan above (the national federation's) changes A's targets: dropped too.
    with django_capture_on_commit_callbacks(execute=True):
        SavePlanTargets(figures["tld"], 2026, [{"indicator": "campaigns", "value": 4}]).execute()
        ActivatePlan(figures["tld"], 2026).execute()
    again = persisted_get(client, sha, variables)
    assert again["X-Cache"] == "MISS" and answer(again) == {"campaigns": 4.0}
    # A plan of another province does not touch it.
    assert persisted_get(client, sha, variables)["X-Cache"] == "HIT"
    with django_capture_on_commit_callbacks(execute=True):
        SavePlanTargets(figures["b"], 2026, [{"indicator": "campaigns", "value": 5}]).execute()
    assert persisted_get(client, sha, variables)["X-Cache"] == "HIT"
