"""Routing decisions that need no replica server: which GraphQL requests are reads, and
that nothing changes without a ``replica`` alias."""

from __future__ import annotations

import json

import pytest
from django.conf import settings
from django.test import RequestFactory

from congdoan import replicas

factory = RequestFactory()


def post(payload, content_type="application/json"):
    body = payload if isinstance(payload, str) else json.dumps(payload)
    return factory.post("/graphql/", body, content_type=content_type)


@pytest.mark.parametrize(
    ("request_", "is_read"),
    [
        (factory.get("/graphql/", {"query": "{ site { name } }"}), True),
        (factory.get("/graphql/", {"query": "mutation { x }"}), True),  # strawberry refuses it
        (post({"query": "{ site { name } }"}), True),
        (post({"query": "query Q { site { name } }", "operationName": "Q"}), True),
        (post({"query": "mutation M { publish(id: 1) { ok } }"}), False),
        (post({"query": "query Q { a } mutation M { b }", "operationName": "Q"}), True),
        (post({"query": "query Q { a } mutation M { b }", "operationName": "M"}), False),
        (post({"query": "query Q { a } mutation M { b }"}), False),
        (post({"query": "subscription { s }"}), False),
        (post({"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "ab"}}}), False),
        (post({"query": "{ unclosed"}), False),
        (post("not json"), False),
        (post("[1, 2]"), False),
        (post({"query": "{ a }"}, content_type="application/x-www-form-urlencoded"), False),
        (factory.put("/graphql/", "{}", content_type="application/json"), False),
    ],
)
def test_which_graphql_requests_are_reads(request_, is_read):
    assert replicas.graphql_read(request_) is is_read


def test_without_a_replica_everything_stays_on_the_primary(monkeypatch):
    from django.core.exceptions import MiddlewareNotUsed

    monkeypatch.delitem(settings.DATABASES, "replica", raising=False)
    replicas.reset_health()
    router = replicas.ReplicaRouter()
    with replicas.read_from_replica() as state:
        assert state.depth == 0
        assert router.db_for_read(None) == "default"
    assert not replicas.replica_health().usable
    with pytest.raises(MiddlewareNotUsed):
        replicas.ReplicaMiddleware(lambda request: None)
    calls = []
    view = replicas.read_from_replica(lambda request: calls.append(request) or "ok")
    assert view(factory.get("/")) == "ok" and len(calls) == 1
    assert router.allow_migrate("replica", "cms") is False
    assert router.allow_migrate("default", "cms") is None


def test_a_pin_shorter_than_the_possible_lag_is_reported(settings, monkeypatch):
    monkeypatch.setitem(settings.DATABASES, "replica", settings.DATABASES.get("replica", {}))
    settings.REPLICA_PIN_SECONDS = 1
    settings.REPLICA_MAX_LAG_SECONDS = 2
    settings.REPLICA_HEALTH_SECONDS = 2
    [warning] = replicas.pin_covers_lag()
    assert warning.id == "congdoan.W020" and "ít nhất 4" in warning.hint
    settings.REPLICA_PIN_SECONDS = 4
    assert replicas.pin_covers_lag() == []
