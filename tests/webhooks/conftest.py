"""Fixtures of the webhook tests: real HTTP receivers on loopback (allowed by
``WEBHOOKS_ALLOWED_NETWORKS`` in the test settings), tenant admins, endpoints, and a fake
clock: jobs run with ``run_due_jobs(now=...)`` at the planned times, never by sleeping."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from accounts.roles import Role
from hierarchy.actions import GrantRole
from tests.factories import make_article, make_user
from tests.hierarchy.factories import org_tree  # noqa: F401
from tests.webhooks.receiver import Receiver
from webhooks import events
from webhooks.actions import CreateEndpoint
from webhooks.models import Delivery

ALL_EVENTS = list(events.REGISTRY)


@pytest.fixture
def receiver():
    made = []

    def _make(script=(), default=200):
        server = Receiver(script, default).start()
        made.append(server)
        return server

    yield _make
    for server in made:
        server.stop()


def admin_of(tenant, email=None):
    user = make_user(email)
    GrantRole(user, tenant, Role.ADMIN).execute()
    return user


@pytest.fixture
def make_endpoint():
    def _make(tenant, url, events=None, **fields):
        endpoint, _secret = CreateEndpoint(
            tenant, url=url, events=events or ALL_EVENTS, **fields
        ).execute()
        return endpoint

    return _make


def publish(tenant, title="Bài viết thử", **fields):
    with schema_context(tenant.schema_name):
        return make_article(title, **fields)


def run_jobs(now=None) -> int:
    from jobs import run_due_jobs

    return run_due_jobs("webhooks", now=now)


def run_until_quiet(limit=20) -> None:
    """Run every webhook attempt at its planned time until none is waiting."""
    for _ in range(limit):
        waiting = Delivery.objects.filter(status="pending").exclude(next_attempt_at=None)
        nxt = waiting.order_by("next_attempt_at").values_list("next_attempt_at", flat=True).first()
        if nxt is None:
            return
        run_jobs(now=nxt)
    raise AssertionError("webhook attempts still waiting")
