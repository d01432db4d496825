"""The admin's lists cost a fixed number of statements, however many rows they show; an
event nobody subscribed to costs one query."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from tests.statements import statements
from tests.webhooks.conftest import admin_of, publish, run_until_quiet
from webhooks.outbox import Event, emit

pytestmark = pytest.mark.django_db


def log_statements(client, endpoint) -> int:
    client.get(f"/admin/webhook/log/{endpoint.pk}/")  # warm (session, menus)
    with statements() as sql:
        assert client.get(f"/admin/webhook/log/{endpoint.pk}/").status_code == 200
    return len(sql)


def test_delivery_log_statements_do_not_grow_with_deliveries(
    tenant_a, receiver, make_endpoint, client_for
):
    server = receiver(script=[500], default=200)
    endpoint = make_endpoint(tenant_a, server.url, events=["page.published"])
    client = client_for(tenant_a, admin_of(tenant_a))
    publish(tenant_a, "Một")
    run_until_quiet()
    one = log_statements(client, endpoint)
    for n in range(4):
        publish(tenant_a, f"Bài {n}")
    run_until_quiet()
    assert log_statements(client, endpoint) == one


def test_endpoint_list_statements_do_not_grow_with_endpoints(
    tenant_a, receiver, make_endpoint, client_for
):
    url = receiver().url
    client = client_for(tenant_a, admin_of(tenant_a))
    make_endpoint(tenant_a, url)
    client.get("/admin/webhook/")
    with statements() as sql:
        client.get("/admin/webhook/")
    one = len(sql)
    for _ in range(4):
        make_endpoint(tenant_a, url)
    with statements() as sql:
        client.get("/admin/webhook/")
    assert len(sql) == one


def test_an_event_without_subscribers_costs_one_statement(tenant_a):
    with schema_context(tenant_a.schema_name), statements() as sql:
        emit(Event("page.published", tenant_a, "page", 1, {}))
    assert len(sql.starting("SELECT")) == 1 and not sql.starting("INSERT", "UPDATE"), sql
