"""Reads on a real streaming replica (a second PostgreSQL cluster, tests/replicas/cluster.py).

Which server served a request is read from the connections themselves: the statements each
Django connection ran during the request, and ``inet_server_port()``/``pg_is_in_recovery()``
on the connection that ran them.
"""

from __future__ import annotations

import json
import time
import uuid

import pytest
from django.db import connections, transaction
from django.http import JsonResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from congdoan import replicas
from tests.replicas import cluster
from tests.replicas.conftest import client, in_schema, replayed

PAGES = "{ pages(first: 50) { edges { node { title } } } }"


def served(call):
    """``(result, statements on the replica, statements on the primary)`` of ``call()``."""
    with (
        CaptureQueriesContext(connections["replica"]) as on_replica,
        CaptureQueriesContext(connections["default"]) as on_primary,
    ):
        result = call()
    return (
        result,
        [q["sql"] for q in on_replica.captured_queries],
        [q["sql"] for q in on_primary.captured_queries],
    )


def page_reads(statements):
    return [sql for sql in statements if '"wagtailcore_page"' in sql and sql.startswith("SELECT")]


def titles(response):
    assert response.status_code == 200, response.content
    body = response.json()
    assert "errors" not in body, body
    return {edge["node"]["title"] for edge in body["data"]["pages"]["edges"]}


def replica_session():
    """Where the replica connection is, and the search_path it has set on the server."""
    with connections["replica"].cursor() as cursor:
        cursor.execute(
            "SELECT inet_server_port(), pg_is_in_recovery(), current_setting('search_path')"
        )
        return cursor.fetchone()


def article(schema, title):
    from tests.factories import make_article

    with in_schema(schema):
        return make_article(title=title)


def pause_replay(replica):
    cluster.psql(replica.port, "SELECT pg_wal_replay_pause()")
    deadline = time.monotonic() + 10
    while cluster.psql(replica.port, "SELECT pg_get_wal_replay_pause_state()") != "paused":
        assert time.monotonic() < deadline, "replay did not pause"
        time.sleep(0.05)


def resume_replay(replica):
    cluster.psql(replica.port, "SELECT pg_wal_replay_resume()")


@replicas.read_from_replica
def feed_titles(request):
    """A feed-like view: its reads may go to the replica."""
    from wagtail.models import Page

    return JsonResponse({"titles": list(Page.objects.live().values_list("title", flat=True))})


def test_graphql_reads_are_served_by_the_replica(replica):
    title = f"Tin đọc từ bản sao {uuid.uuid4().hex[:8]}"
    article("rep_a", title)
    replayed(replica)

    response, on_replica, on_primary = served(
        lambda: client("rep_a").get("/graphql/", {"query": PAGES})
    )
    assert title in titles(response)
    assert page_reads(on_replica), on_replica
    assert not page_reads(on_primary), on_primary
    port, in_recovery, search_path = replica_session()
    assert (port, in_recovery) == (replica.port, True)
    assert search_path.split(", ")[0].strip('"') == "rep_a"
    assert replica.port != replica.primary_port

    # A query sent by POST is a read too.
    response, on_replica, on_primary = served(
        lambda: client("rep_a").post("/graphql/", {"query": PAGES}, content_type="application/json")
    )
    assert title in titles(response)
    assert page_reads(on_replica) and not page_reads(on_primary)
    assert "congdoan_primary" not in response.cookies  # reads stay cacheable


def test_each_tenant_reads_its_own_rows_on_the_replica(replica):
    from wagtail.models import Page

    from tenants.models import Tenant

    mark = uuid.uuid4().hex[:8]
    article("rep_a", f"Tin riêng A {mark}")
    article("rep_b", f"Tin riêng B {mark}")
    replayed(replica)

    for schema, own, other in (("rep_a", "A", "B"), ("rep_b", "B", "A"), ("rep_a", "A", "B")):
        response, on_replica, _ = served(
            lambda schema=schema: client(schema).get("/graphql/", {"query": PAGES})
        )
        found = titles(response)
        assert f"Tin riêng {own} {mark}" in found
        assert f"Tin riêng {other} {mark}" not in found
        assert page_reads(on_replica)
        assert replica_session()[2].split(", ")[0].strip('"') == schema

    # The ORM inside read_from_replica(): the tenant of the primary connection, on the replica.
    with in_schema("rep_b"), replicas.read_from_replica():
        queryset = Page.objects.filter(title__startswith="Tin riêng")
        assert queryset.db == "replica"
        assert set(queryset.values_list("title", flat=True)) == {f"Tin riêng B {mark}"}
    connections["default"].set_schema_to_public()
    with replicas.read_from_replica():  # public schema: the tenant registry
        assert Tenant.objects.all().db == "replica"
        assert {"rep_a", "rep_b"} <= set(Tenant.objects.values_list("schema_name", flat=True))
    assert replica_session()[2].split(", ")[0].strip('"') == "public"


def test_writes_transactions_and_later_reads_use_the_primary(replica):
    from taggit.models import Tag
    from wagtail.models import Page

    with in_schema("rep_a"), replicas.read_from_replica() as state:
        assert Page.objects.all().db == "replica"
        with transaction.atomic():
            assert Page.objects.all().db == "default"  # reads inside a transaction stay with it
        assert Page.objects.all().db == "replica"
        name = f"the-{uuid.uuid4().hex[:8]}"
        tag = Tag.objects.create(name=name, slug=name)
        assert tag._state.db == "default"
        assert state.wrote
        # Read-your-writes within the same unit of work: the new row is on the primary.
        assert Page.objects.all().db == "default"
        assert Tag.objects.filter(name=name).exists()
    with in_schema("rep_a"):
        assert Page.objects.all().db == "default"  # outside read_from_replica()


def test_a_client_that_wrote_reads_its_write_while_the_replica_lags(replica, settings):
    """Replay is paused, so the replica is definitely stale: the admin who just published an
    article through the admin sees it at once in the API (pinned to the primary); a client
    that did not write still gets the replica's older answer until replay catches up."""
    from accounts.models import User
    from tenants.models import Role, Tenant
    from tests.cms.helpers import page_form, rich_text, streamfield, user_with_role
    from tests.factories import home_page

    settings.REPLICA_MAX_LAG_SECONDS = 3600  # keep reading from the stale replica
    settings.REPLICA_PIN_SECONDS = 60
    tenant = Tenant.objects.get(schema_name="rep_a")
    user = user_with_role(tenant, Role.ADMIN)
    title = f"Tin vừa xuất bản {uuid.uuid4().hex[:8]}"
    try:
        admin = client("rep_a")
        with in_schema("rep_a"):
            admin.force_login(user)
            parent = home_page().pk
        replayed(replica)
        reader = client("rep_a")
        pause_replay(replica)
        try:
            body = streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))])
            form = page_form(title, standfirst="Sa-pô", body=body, **{"action-publish": "1"})
            saved = admin.post(f"/admin/pages/add/cms/articlepage/{parent}/", form)
            assert saved.status_code == 302, saved.content.decode()[-2000:]
            assert float(saved.cookies["congdoan_primary"].value) > time.time() + 50

            response, on_replica, on_primary = served(
                lambda: admin.get("/graphql/", {"query": PAGES})
            )
            assert title in titles(response)  # read-your-writes
            assert page_reads(on_primary) and not on_replica  # pinned to the primary

            response, on_replica, _ = served(lambda: reader.get("/graphql/", {"query": PAGES}))
            assert title not in titles(response)  # the replica really is behind
            assert page_reads(on_replica)
        finally:
            resume_replay(replica)
        replayed(replica)
        assert title in titles(reader.get("/graphql/", {"query": PAGES}))
    finally:
        User.objects.filter(pk=user.pk).delete()


def test_a_lagging_replica_is_left_for_the_primary(replica, settings):
    settings.REPLICA_MAX_LAG_SECONDS = 0.3
    settings.REPLICA_HEALTH_SECONDS = 0  # probe on every request
    pause_replay(replica)
    try:
        title = f"Tin khi bản sao chậm {uuid.uuid4().hex[:8]}"
        article("rep_a", title)
        deadline = time.monotonic() + 15
        while replicas.replica_health().usable:
            assert time.monotonic() < deadline, replicas.replica_health()
            time.sleep(0.1)
        health = replicas.replica_health()
        assert health.lag is None or health.lag > 0.3, health

        response, on_replica, on_primary = served(
            lambda: client("rep_a").get("/graphql/", {"query": PAGES})
        )
        assert title in titles(response)  # fresh: answered by the primary
        assert page_reads(on_primary) and not page_reads(on_replica)
    finally:
        resume_replay(replica)
    replayed(replica)
    replicas.reset_health()
    response, on_replica, _ = served(lambda: client("rep_a").get("/graphql/", {"query": PAGES}))
    assert title in titles(response) and page_reads(on_replica)


def test_a_stopped_replica_degrades_to_the_primary_without_errors(replica, settings):
    settings.REPLICA_HEALTH_SECONDS = 600  # the stop is not noticed until a request fails
    if replica.directory is None:
        pytest.skip("the replica was started elsewhere without REPLICA_DIR: cannot stop it")
    title = f"Tin khi bản sao dừng {uuid.uuid4().hex[:8]}"
    article("rep_a", title)
    replayed(replica)
    # The probe says "usable" and is trusted for a while: the first request after the stop
    # still goes to the replica, fails there and is answered again by the primary.
    response, on_replica, _ = served(lambda: client("rep_a").get("/graphql/", {"query": PAGES}))
    assert title in titles(response) and page_reads(on_replica)
    assert replicas.replica_health().usable

    replica.stop()
    try:
        for _ in range(3):
            response = client("rep_a").get("/graphql/", {"query": PAGES})
            assert title in titles(response)
            response = client("rep_a").post(
                "/graphql/", {"query": PAGES}, content_type="application/json"
            )
            assert title in titles(response)
        health = replicas.replica_health()
        assert not health.usable and "kết nối" in health.reason

        # A plain view (a feed) whose read raises on the dead replica, the last probe still
        # trusted: repeated on the primary, no error.
        replicas._health = replicas.Health(True, "ok", 0.0, time.monotonic())
        with in_schema("rep_a"):
            answer = feed_titles(RequestFactory().get("/feed/"))
        assert answer.status_code == 200
        assert title in json.loads(answer.content)["titles"]
        assert not replicas.replica_health().usable
        with CaptureQueriesContext(connections["default"]) as on_primary:
            response = client("rep_a").get("/graphql/", {"query": PAGES})
        assert title in titles(response)
        assert page_reads([q["sql"] for q in on_primary.captured_queries])
        assert connections["replica"].connection is None  # closed, not retried per request
    finally:
        replica.start()
    replicas.reset_health()
    replayed(replica)
    response, on_replica, _ = served(lambda: client("rep_a").get("/graphql/", {"query": PAGES}))
    assert title in titles(response) and page_reads(on_replica)  # back on the replica
