"""The public ``programme`` query: an organisation's chosen indicators only, with value
(subtree roll-up, or its own count for per-unit targets), target in force, status and
monthly trend; clear errors; bounded statements and an estimate that covers them."""

import datetime

import pytest
from django.core.management import call_command
from django.db import connection
from graphql import parse

from graphql_api.security import estimate_cost, limits
from programme.actions.activate_plan import ActivatePlan
from programme.actions.save_plan_targets import SavePlanTargets
from programme.recording import bump
from tests.hierarchy.factories import make_org
from tests.statements import statements

pytestmark = pytest.mark.django_db

QUERY = """
query Figures($org: String!, $year: Int!, $quarter: Int, $filter: ProgrammeFilter) {
  programme(org: $org, year: $year, quarter: $quarter, filter: $filter) {
    organization { code name }
    year quarter periodLabel
    indicators {
      key label unit group isRate value target periodTarget targetSetBy status statusLabel
      trend { month value }
    }
  }
}
"""


def by_key(body):
    assert "errors" not in body, body
    return {i["key"]: i for i in body["data"]["programme"]["indicators"]}


def test_a_year_answers_only_the_public_indicators(figures, api, client_for, tenant_a):
    body = api(client_for(tenant_a), QUERY, {"org": "XPA", "year": 2026})
    answer = body["data"]["programme"]
    assert answer["organization"] == {"code": "XPA", "name": "Liên đoàn Lao động tỉnh A"}
    assert answer["periodLabel"] == "năm 2026"
    got = by_key(body)
    assert list(got) == ["campaigns", "cases_on_time", "misinfo_handled"]  # catalogue order
    cases = got["cases_on_time"]
    # A's subtree: (9 + 10 + 2) / (10 + 10 + 5); province B's cases are not A's.
    assert (cases["value"], cases["target"], cases["status"], cases["statusLabel"]) == (
        84.0,
        100.0,
        "NOT_MET",
        "Chưa đạt",
    )
    assert cases["targetSetBy"] is None and cases["isRate"] and cases["unit"] == "%"
    trend = {m["month"]: m["value"] for m in cases["trend"]}
    assert len(trend) == 12 and trend["2026-03-01"] == 95.0 and trend["2026-04-01"] == 40.0
    assert trend["2026-01-01"] is None  # nothing was due
    # Campaigns: a target for each organisation, so A's own 3, not G1's 5.
    campaigns = got["campaigns"]
    assert (campaigns["value"], campaigns["target"], campaigns["status"]) == (3.0, 3.0, "MET")
    assert got["misinfo_handled"]["status"] == "NO_DATA"
    assert got["misinfo_handled"]["statusLabel"] == "Chưa có số liệu"
    assert got["misinfo_handled"]["value"] is None


def test_an_indicator_not_chosen_is_never_answered(figures, api, client_for, tenant_a):
    client = client_for(tenant_a)
    asked = {"keys": ["channels", "campaigns", "reports_on_time"]}
    got = by_key(api(client, QUERY, {"org": "XPA", "year": 2026, "filter": asked}))
    assert list(got) == ["campaigns"]
    # G1 has figures for channels but published nothing: nothing is answered.
    body = api(client, QUERY, {"org": "XG1", "year": 2026})
    assert body["data"]["programme"]["indicators"] == []
    by_group = api(client, QUERY, {"org": "XPA", "year": 2026, "filter": {"group": "Chiến dịch"}})
    assert list(by_key(by_group)) == ["campaigns"]


def test_targets_in_force_and_a_quarter(figures, api, client_for, tenant_a):
    a = figures["a"]
    SavePlanTargets(a, 2026, [{"indicator": "cases_on_time", "value": 80}]).execute()
    ActivatePlan(a, 2026).execute()
    client = client_for(tenant_a)
    got = by_key(api(client, QUERY, {"org": "xpa", "year": 2026}))
    cases = got["cases_on_time"]
    assert (cases["target"], cases["targetSetBy"], cases["status"]) == (
        80.0,
        "Liên đoàn Lao động tỉnh A",
        "MET",
    )
    q1 = api(client, QUERY, {"org": "XPA", "year": 2026, "quarter": 1})
    assert q1["data"]["programme"]["periodLabel"] == "quý 1/2026"
    campaigns = by_key(q1)["campaigns"]
    # 3 a year is 0.75 a quarter (shown rounded to 0.8); 2 in February meets it.
    assert (campaigns["value"], campaigns["periodTarget"], campaigns["status"]) == (
        2.0,
        0.8,
        "MET",
    )
    assert [m["month"] for m in campaigns["trend"]] == ["2026-01-01", "2026-02-01", "2026-03-01"]
    q2 = by_key(api(client, QUERY, {"org": "XPA", "year": 2026, "quarter": 2}))
    assert (q2["campaigns"]["value"], q2["campaigns"]["status"]) == (0.0, "NOT_MET")
    assert q2["cases_on_time"]["value"] == 40.0


@pytest.mark.parametrize(
    ("variables", "message", "code"),
    [
        (
            {"org": "KHONG-CO", "year": 2026},
            "Không tìm thấy tổ chức có mã «KHONG-CO».",
            "NOT_FOUND",
        ),
        ({"org": "", "year": 2026}, "Không tìm thấy tổ chức có mã «».", "NOT_FOUND"),
        (
            {"org": "XPA", "year": 2031},
            "Năm phải từ 2023 đến 2028 (chương trình 2023-2028).",
            "BAD_USER_INPUT",
        ),
        ({"org": "XPA", "year": 2026, "quarter": 5}, "Quý phải từ 1 đến 4.", "BAD_USER_INPUT"),
    ],
)
def test_clear_errors(figures, api, client_for, tenant_a, variables, message, code):
    body = api(client_for(tenant_a), QUERY, variables)
    assert body["data"] is None
    assert [(e["message"], e["extensions"]["code"]) for e in body["errors"]] == [(message, code)]


def _run(client):
    from tests.graphql.helpers import post

    connection.set_schema_to_public()
    with statements() as sql:
        response = post(client, QUERY, {"org": "XPA", "year": 2026})
    assert "errors" not in response.json()
    return [s for s in sql if not s.startswith(("SET ", "SAVEPOINT", "RELEASE SAVEPOINT"))]


def test_statements_are_bounded_and_covered_by_the_estimate(figures, client_for, tenant_a):
    client = client_for(tenant_a)
    _run(client)  # warm: domain and persisted-query switch cached
    few = _run(client)
    # Thirty more units with figures: the same statements.
    a = figures["a"]
    for n in range(30):
        unit = make_org(a, name=f"Công đoàn cơ sở số {n}", code=f"XN{n}")
        bump(unit, datetime.date(2026, 6, 1), {"cases_due": 1})
    many = _run(client)
    assert len(many) == len(few), many
    document = parse(QUERY)
    from graphql_api.schema import schema

    estimate = estimate_cost(
        schema._schema, document, document.definitions[0], {"org": "XPA", "year": 2026}
    )
    # The organisation, its public choice, its subtree's and its own months, its targets.
    assert len(few) == 5, few
    assert len(few) <= estimate.statements <= limits().max_statements, (few, estimate)


def test_the_committed_schema_is_current():
    call_command("export_graphql_schema", "--check")


def test_a_merged_organisation_points_to_its_successor(figures, api, client_for, tenant_a):
    from hierarchy.models import Organization

    g1, g2 = figures["g1"], figures["g2"]
    Organization.objects.filter(pk=g1.pk).update(status="merged", successor=g2)
    body = api(client_for(tenant_a), QUERY, {"org": "XG1", "year": 2026})
    assert body["data"] is None
    assert [(e["message"], e["extensions"]["code"]) for e in body["errors"]] == [
        (
            "Công đoàn cơ sở Công ty TNHH May Việt Tiến (mã «XG1») đã hợp nhất. Số liệu của "
            "đơn vị được tính cho Công đoàn cơ sở Trường THCS Nguyễn Du (mã «XG2»).",
            "GONE",
        )
    ]


def test_many_aliases_are_refused_before_running(figures, client_for, tenant_a):
    from tests.graphql.helpers import post

    fields = " ".join(
        f'y{year}q{q}: programme(org: "XPA", year: {year}, quarter: {q}) {{ periodLabel }}'
        for year in (2025, 2026, 2027)
        for q in (1, 2, 3, 4)
    )
    connection.set_schema_to_public()
    with statements() as sql:
        response = post(client_for(tenant_a), f"{{ {fields} }}")
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"].startswith("Truy vấn quá tốn kém")
    assert not [s for s in sql if "programme_" in s]  # nothing ran
