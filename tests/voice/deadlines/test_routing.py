"""Routing: rules inherited down the tree with local overrides, locks, route_to, conflict
of interest, inactive organisations, and the statement count of a decision."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from hierarchy.models import Organization
from voice.models import Kind, Topic
from voice.routing import route, window


def _route(org, **kw):
    with CaptureQueriesContext(connection) as ctx:
        decision = route(org, **kw)
    return decision, len(ctx.captured_queries)


def test_default_window_is_24_hours_at_the_origin(org_tree):
    d, statements = _route(org_tree["g1"], kind=Kind.QUESTION)
    assert d.organization.pk == org_tree["g1"].pk
    assert (d.response_hours, d.working_days_only, d.rule_ids) == (24, False, ())
    assert statements == 1


def test_nearest_rule_wins_and_specific_before_general(org_tree, rule):
    t = org_tree
    root = rule(t["tld"], response_hours=72)
    prov = rule(t["a"], response_hours=48, working_days_only=True)
    rule(t["a"], kind=Kind.GRIEVANCE, response_hours=12)
    safety = rule(t["a"], kind=Kind.GRIEVANCE, topic=Topic.SAFETY, response_hours=4)
    wages = rule(t["a"], topic=Topic.WAGES, response_hours=36)
    local = rule(t["ua1"], response_hours=20)

    assert route(t["g3"], kind=Kind.QUESTION).rule_ids == (prov.pk,)
    d = route(t["g3"], kind=Kind.QUESTION)
    assert (d.response_hours, d.working_days_only) == (48, True)
    assert route(t["g3"], kind=Kind.GRIEVANCE).response_hours == 12
    assert route(t["g3"], kind=Kind.GRIEVANCE, topic=Topic.SAFETY).response_hours == 4
    assert route(t["g3"], kind=Kind.QUESTION, topic=Topic.WAGES).response_hours == 36
    # kind beats topic at the same organisation
    assert route(t["g3"], kind=Kind.GRIEVANCE, topic=Topic.WAGES).response_hours == 12
    # the nearest organisation's general rule beats the province's specific one
    assert route(t["g1"], kind=Kind.GRIEVANCE, topic=Topic.SAFETY).rule_ids == (local.pk,)
    # another province inherits the root's
    assert route(t["g4"], kind=Kind.QUESTION).rule_ids == (root.pk,)
    assert {wages.pk, safety.pk}  # used above


def test_locked_ancestor_rule_wins_over_descendants(org_tree, rule):
    t = org_tree
    locked = rule(t["a"], response_hours=24, overridable=False)
    rule(t["ua1"], response_hours=96)
    rule(t["g1"], kind=Kind.QUESTION, response_hours=120)
    d = route(t["g1"], kind=Kind.QUESTION)
    assert (d.response_hours, d.rule_ids) == (24, (locked.pk,))
    # the province itself may still make a specific exception
    own = rule(t["a"], kind=Kind.OPINION, response_hours=48)
    assert route(t["g1"], kind=Kind.OPINION).rule_ids == (own.pk,)


def test_route_to_sends_grievances_about_safety_to_the_parent(org_tree, rule):
    t = org_tree
    send = rule(t["g1"], kind=Kind.GRIEVANCE, topic=Topic.SAFETY, route_to=t["ua1"])
    ua1_window = rule(t["ua1"], response_hours=8)
    d, statements = _route(t["g1"], kind=Kind.GRIEVANCE, topic=Topic.SAFETY)
    assert d.organization.pk == t["ua1"].pk
    assert d.response_hours == 8
    assert d.rule_ids == (send.pk, ua1_window.pk)
    assert statements == 1  # the parent is on the path already read
    assert route(t["g1"], kind=Kind.GRIEVANCE).organization.pk == t["g1"].pk


def test_route_to_outside_the_path_costs_one_more_statement(org_tree, rule):
    t = org_tree
    rule(t["a"], kind=Kind.MISINFORMATION, route_to=t["ub1"])
    d, statements = _route(t["g1"], kind=Kind.MISINFORMATION)
    assert d.organization.pk == t["ub1"].pk
    assert statements == 2


def test_conflict_of_interest_goes_to_the_parent_of_the_target(org_tree, rule):
    t = org_tree
    assert route(t["g1"], kind=Kind.GRIEVANCE, conflict_of_interest=True).organization.pk == (
        t["ua1"].pk
    )
    rule(t["g1"], kind=Kind.GRIEVANCE, route_to=t["ua1"])
    d = route(t["g1"], kind=Kind.GRIEVANCE, conflict_of_interest=True)
    assert d.organization.pk == t["a"].pk
    # at the root there is nobody above: it stays there
    assert route(t["tld"], kind=Kind.GRIEVANCE, conflict_of_interest=True).organization.pk == (
        t["tld"].pk
    )


def test_inactive_organisations_send_to_successor_or_parent(org_tree):
    t = org_tree
    Organization.objects.filter(pk=t["g1"].pk).update(status="merged", successor=t["g3"])
    Organization.objects.filter(pk=t["g2"].pk).update(status="dissolved")
    g1 = Organization.objects.get(pk=t["g1"].pk)
    g2 = Organization.objects.get(pk=t["g2"].pk)
    assert route(g1, kind=Kind.QUESTION).organization.pk == t["g3"].pk
    assert route(g2, kind=Kind.QUESTION).organization.pk == t["ua1"].pk
    Organization.objects.filter(pk=t["ua1"].pk).update(status="dissolved")
    assert route(g2, kind=Kind.QUESTION).organization.pk == t["a"].pk


def test_window_at_a_level(org_tree, rule):
    t = org_tree
    rule(t["a"], kind=Kind.GRIEVANCE, response_hours=10, working_days_only=True)
    w = window(t["ua2"], kind=Kind.GRIEVANCE)
    assert (w.response_hours, w.working_days_only) == (10, True)
    assert window(t["b"], kind=Kind.GRIEVANCE).response_hours == 24
