"""Fixtures of the voice API tests."""

from __future__ import annotations

import json

import pytest
from graphql import build_schema

from graphql_api.management.commands.export_graphql_schema import SCHEMA_FILE
from voice.models import ConsentNotice

CANARY = "CANARY-4d1c-bí-mật"


@pytest.fixture(scope="session")
def client_schema():
    """What a portal's code generator reads: the committed graphql_api/schema.graphql."""
    return build_schema(SCHEMA_FILE.read_text())


@pytest.fixture
def api(client_schema):
    """``api(client, query, variables)``: validate against the client schema (graphql-core,
    like a portal's build), POST, return the JSON body."""
    from graphql import parse, validate

    def _call(client, query, variables=None, **headers):
        errors = validate(client_schema, parse(query))
        assert not errors, [e.message for e in errors]
        response = client.post(
            "/graphql/",
            json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
            **headers,
        )
        body = response.json()
        body["_status"] = response.status_code
        body["_response"] = response
        return body

    return _call


def notice_versions() -> dict[str, str]:
    return dict(ConsentNotice.objects.filter(active=True).values_list("purpose", "version"))


def consents(*purposes: str) -> list[dict]:
    versions = notice_versions()
    return [{"purpose": p.upper(), "noticeVersion": versions[p]} for p in purposes]


@pytest.fixture
def portal(tenant_a):
    """A portal's server calling the API of tenant A: no cookie, CSRF enforced as in
    production (Django's test client skips the check unless asked)."""
    from django.test import Client

    return Client(enforce_csrf_checks=True, HTTP_HOST=tenant_a.domains.get(is_primary=True).domain)
