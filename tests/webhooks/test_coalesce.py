"""A burst of edits to one object reaches an endpoint once, with its latest state and
sequence number; sequence numbers grow per object."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from tests.webhooks.conftest import publish, run_until_quiet
from webhooks.models import Delivery

pytestmark = pytest.mark.django_db


def republish(tenant, page, title):
    with schema_context(tenant.schema_name):
        page.title = title
        page.save_revision().publish()


def test_a_burst_of_publishes_is_delivered_once_with_the_latest_state(
    tenant_a, receiver, make_endpoint
):
    server = receiver()
    endpoint = make_endpoint(tenant_a, server.url, events=["page.published", "page.unpublished"])
    page = publish(tenant_a, "Bản 1")
    republish(tenant_a, page, "Bản 2")
    republish(tenant_a, page, "Bản 3")
    other = publish(tenant_a, "Bài khác")
    assert Delivery.objects.filter(endpoint=endpoint).count() == 2
    run_until_quiet()
    assert len(server.requests) == 2
    by_id = {r.payload["object"]["id"]: r.payload for r in server.requests}
    assert by_id[page.pk]["data"]["title"] == "Bản 3"
    assert by_id[page.pk]["sequence"] == 3
    assert by_id[other.pk]["sequence"] == 1

    # After the delivery went out, the next edit is a new delivery with the next number.
    republish(tenant_a, page, "Bản 4")
    run_until_quiet()
    assert len(server.requests) == 3
    last = server.verify(endpoint.secret, server.requests[-1])
    assert last["sequence"] == 4 and last["data"]["title"] == "Bản 4"
    assert server.requests[-1].webhook_id != server.requests[0].webhook_id


def test_two_endpoints_each_get_the_event_with_the_same_sequence(tenant_a, receiver, make_endpoint):
    one, two = receiver(), receiver()
    make_endpoint(tenant_a, one.url, events=["page.published"])
    make_endpoint(tenant_a, two.url, events=["page.published"])
    publish(tenant_a)
    run_until_quiet()
    assert len(one.requests) == len(two.requests) == 1
    assert one.requests[0].payload["sequence"] == two.requests[0].payload["sequence"] == 1
    assert one.requests[0].webhook_id != two.requests[0].webhook_id
