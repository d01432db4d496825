"""The response cache's contract: one GET per hit, tags, exact invalidation, the race mark."""

import json

from django.db import transaction
from django_tenants.utils import schema_context

from delivery import tags
from delivery.cache import etag_for, invalidate, make_key


def test_keys_carry_the_tenant_schema_and_canonical_parts(db):
    with schema_context("test_a"):
        a = make_key("gql", "doc", {"x": 1, "y": 2})
        a_again = make_key("gql", "doc", {"y": 2, "x": 1})
    with schema_context("test_b"):
        b = make_key("gql", "doc", {"x": 1, "y": 2})
    assert a.startswith("rc:e:test_a:gql:")
    assert b.startswith("rc:e:test_b:gql:")
    assert a == a_again
    assert a != b


def test_set_then_get_returns_body_etag_and_headers(rcache):
    body = json.dumps({"data": {"tiêu đề": "Công đoàn"}}, ensure_ascii=False).encode()
    etag = rcache.set(
        "rc:e:x:gql:1",
        body,
        tags=["t:x", "p:x:1"],
        content_type="application/json",
        headers={"Surrogate-Key": "t:x p:x:1"},
        max_age=60,
        stale=30,
    )
    entry = rcache.get("rc:e:x:gql:1")
    assert etag == entry.etag == etag_for(body)
    assert entry.body == body
    assert entry.fresh
    assert entry.headers == {"Surrogate-Key": "t:x p:x:1"}
    assert entry.tags == ("t:x", "p:x:1")
    assert rcache.get("rc:e:x:gql:2") is None


def test_a_hit_is_one_redis_command(rcache):
    rcache.set("rc:e:x:gql:1", b"{}", tags=["t:x"], content_type="a/b", max_age=60)
    before = rcache.client.info("commandstats")
    rcache.get("rc:e:x:gql:1")
    after = rcache.client.info("commandstats")
    calls = {k: after[k]["calls"] - before.get(k, {"calls": 0})["calls"] for k in after}
    # INFO itself is counted once in the delta (the second call sees the first).
    assert {k: v for k, v in calls.items() if v and k != "cmdstat_info"} == {"cmdstat_get": 1}


def test_invalidate_deletes_exactly_the_tagged_entries(rcache, db):
    rcache.set("k1", b"1", tags=[tags.page("a", 1), tags.tenant("a")], content_type="x", max_age=60)
    rcache.set("k2", b"2", tags=[tags.page("a", 2), tags.tenant("a")], content_type="x", max_age=60)
    rcache.set("k3", b"3", tags=[tags.share(7)], content_type="x", max_age=60)
    assert invalidate([tags.page("a", 1), tags.share(7)]) == 2
    assert rcache.get("k1") is None
    assert rcache.get("k3") is None
    assert rcache.get("k2").body == b"2"
    assert invalidate([tags.tenant("a")]) == 1
    assert rcache.get("k2") is None


def test_a_read_that_began_before_an_invalidation_is_not_stored(rcache, db):
    since = rcache.begin()
    invalidate([tags.page("a", 1)])
    stored = rcache.set(
        "k1", b"old", tags=[tags.page("a", 1)], content_type="x", max_age=60, since=since
    )
    assert stored is None
    assert rcache.get("k1") is None
    # An unrelated tag does not block a store; a read begun after the write stores.
    assert rcache.set("k2", b"2", tags=["p:a:2"], content_type="x", max_age=60, since=since)
    assert rcache.set(
        "k1", b"new", tags=[tags.page("a", 1)], content_type="x", max_age=60, since=rcache.begin()
    )


def test_stale_entries_are_served_as_not_fresh(rcache):
    rcache.set("k1", b"1", tags=["t:a"], content_type="x", max_age=0, stale=60)
    entry = rcache.get("k1")
    assert entry is not None
    assert not entry.fresh


def test_invalidation_inside_a_transaction_repeats_on_commit(
    rcache, db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        invalidate([tags.page("a", 1)])
        # A read between the write and its commit stores the old content...
        rcache.set("k1", b"old", tags=[tags.page("a", 1)], content_type="x", max_age=60)
    # ...and the commit hook drops it.
    assert rcache.get("k1") is None


def test_subtree_tags_cover_every_ancestor():
    assert tags.subtrees("0001000A0003") == ["st:0001", "st:0001000A", "st:0001000A0003"]
