"""While PostgreSQL is unreachable the GraphQL endpoint answers 503 with Retry-After and a
Vietnamese message, never a 200 carrying the driver's text; whether the connection fails in
the view (the tenant's settings) or inside a resolver.

The outage is real: the request runs in a thread whose database connection points at a
local port nothing listens on (the suite's own connection stays up)."""

import json
import socket
import threading

import pytest
from django.core.cache import cache
from django.db import connections
from django.test import RequestFactory
from django_tenants.utils import schema_context, tenant_context

from graphql_api.models import PERSISTED_ONLY_KEY
from graphql_api.security import DATABASE_DOWN

pytestmark = pytest.mark.django_db


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _request_during_outage(tenant, query="{ site { name } articles(first: 3) { totalCount } }"):
    from graphql_api.views import graphql_view

    view = graphql_view()
    request = RequestFactory().post(
        "/graphql/", json.dumps({"query": query}), content_type="application/json"
    )
    outcome = {}

    def run():
        default = connections["default"]
        down = default.__class__(
            {**default.settings_dict, "HOST": "127.0.0.1", "PORT": _closed_port()}, "default"
        )
        connections["default"] = down  # this thread only
        try:
            with tenant_context(tenant):
                outcome["response"] = view(request)
        except Exception as exc:  # pragma: no cover - reported by the assertion below
            outcome["error"] = exc
        finally:
            down.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=120)
    assert "error" not in outcome, outcome.get("error")
    return outcome["response"]


def _assert_503(response):
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    body = json.loads(response.content)
    assert body == {"errors": [{"message": DATABASE_DOWN}]}
    text = response.content.decode()
    assert "psycopg" not in text and "connection" not in text.lower()


def test_outage_in_the_view_is_503(tenant_a):
    with schema_context(tenant_a.schema_name):
        cache.delete(PERSISTED_ONLY_KEY)  # the view must read the tenant's settings
    _assert_503(_request_during_outage(tenant_a))


def test_outage_inside_resolvers_is_503_not_200(tenant_a):
    with schema_context(tenant_a.schema_name):
        cache.set(PERSISTED_ONLY_KEY, False, 60)  # the request reaches the resolvers
    try:
        _assert_503(_request_during_outage(tenant_a))
    finally:
        with schema_context(tenant_a.schema_name):
            cache.delete(PERSISTED_ONLY_KEY)
