"""Fixtures of the programme API tests: a client schema built by graphql-core from the live
schema's introspection (what a portal's tooling does), and figures for the test tree."""

from __future__ import annotations

import datetime
import json

import pytest
from graphql import build_client_schema, get_introspection_query, graphql_sync, parse, validate

from programme.actions.set_public_indicators import SetPublicIndicators
from programme.recording import bump

PUBLIC = ["cases_on_time", "campaigns", "misinfo_handled"]


@pytest.fixture(scope="session")
def introspected_schema():
    """The client schema graphql-core builds from an introspection of the server's schema
    (built here with introspection on, as the development server serves it)."""
    from graphql_api.schema import build_schema

    served = build_schema(introspection=True, mask_errors=False)
    result = graphql_sync(served._schema, get_introspection_query(descriptions=True))
    assert result.errors is None, result.errors
    return build_client_schema(result.data)


@pytest.fixture
def api(introspected_schema):
    """``api(client, query, variables)``: validate against the introspected schema, POST,
    return the JSON body (with ``_status``)."""

    def _call(client, query, variables=None):
        errors = validate(introspected_schema, parse(query))
        assert not errors, [e.message for e in errors]
        response = client.post(
            "/graphql/",
            json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
        )
        body = response.json()
        body["_status"] = response.status_code
        return body

    return _call


@pytest.fixture
def figures(org_tree):
    """2026: cases answered on time in A's subtree (March: 19 of 20, April: 2 of 5), A's own
    campaigns (2 in February, 1 in July) and G1's (5, not A's own); A publishes PUBLIC."""
    g1, g3, a = org_tree["g1"], org_tree["g3"], org_tree["a"]
    bump(g1, datetime.date(2026, 3, 1), {"cases_due": 10, "cases_on_time": 9})
    bump(g3, datetime.date(2026, 3, 1), {"cases_due": 10, "cases_on_time": 10})
    bump(g1, datetime.date(2026, 4, 1), {"cases_due": 5, "cases_on_time": 2})
    bump(a, datetime.date(2026, 2, 1), {"campaigns": 2})
    bump(a, datetime.date(2026, 7, 1), {"campaigns": 1})
    bump(g1, datetime.date(2026, 5, 1), {"campaigns": 5, "channels_present": 1})
    bump(org_tree["g4"], datetime.date(2026, 3, 1), {"cases_due": 4, "cases_on_time": 0})
    SetPublicIndicators(a, PUBLIC).execute()
    return org_tree
