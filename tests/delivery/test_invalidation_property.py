"""Property: whatever interleaving of publishes, edits, unpublishes, shares, corrections,
retractions, hides, moves and renames of organisations happens, every read through the
response cache (persisted GET, hit or miss) returns exactly what the uncached path (POST)
returns at that moment: no stale content, no stale visibility, after any write."""

import contextlib
import itertools
import json

from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django_tenants.utils import schema_context
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hierarchy.actions import MoveOrganization, RenameOrganization
from sharing.actions import CorrectShare, HideShare, RetractShare
from sharing.models import Share, ShareStatus
from tests.delivery.helpers import persisted_get, register
from tests.graphql.helpers import add_page
from tests.sharing.factories import make_share, microsite

FEED = """query Feed($org: String) {
  feed(organization: $org, first: 30) {
    totalCount
    edges { node { id title correction pinned source { code name } sharedBy { code name } } }
  }
}"""
PAGES = "query Pages { pages(first: 30) { totalCount edges { node { id title urlPath } } } }"
PAGE = "query Page($id: ID!) { page(id: $id) { id title urlPath parent { title } } }"

OPS = (
    "publish",
    "edit",
    "unpublish",
    "share",
    "share_included",
    "correct",
    "retract",
    "hide",
    "move",
    "rename",
    "read",
)
programs = st.lists(
    st.tuples(st.sampled_from(OPS), st.integers(min_value=0, max_value=50)),
    min_size=1,
    max_size=12,
)
_n = itertools.count(1)


def _uncached(client, query, variables):
    response = client.post(
        "/graphql/",
        json.dumps({"query": query, "variables": variables}),
        content_type="application/json",
    )
    return response.status_code, response.json()


def _read_all(client, shas, pages):
    reads = [(FEED, {"org": "XPA"}), (FEED, {"org": "XG1"}), (PAGES, {})]
    reads += [(PAGE, {"id": str(page.pk)}) for page in pages[-3:]]
    for query, variables in reads:
        for _ in range(2):  # the second read is a hit when the first was stored
            cached = persisted_get(client, shas[query], variables or None)
            expected = _uncached(client, query, variables)
            assert (cached.status_code, cached.json()) == expected, (
                query.split("(")[0],
                variables,
                cached.get("X-Cache"),
            )


def _apply(op, pick, tree, tenant, pages, shares):
    n = next(_n)
    live = [p for p in pages if p.live]
    active = [s for s in shares if s.status == ShareStatus.ACTIVE]
    if op == "publish":
        with schema_context(tenant.schema_name):
            pages.append(add_page(title=f"Tin số {n}"))
    elif op == "edit" and live:
        page = live[pick % len(live)]
        with schema_context(tenant.schema_name):
            page.title = f"Tin sửa {n}"
            page.save_revision().publish()
    elif op == "unpublish" and live:
        with schema_context(tenant.schema_name):
            live[pick % len(live)].unpublish()
    elif op == "share":
        issuer = [tree["tld"], tree["a"], tree["ua1"], tree["ua2"]][pick % 4]
        shares.append(make_share(issuer, title=f"Chia sẻ {n}"))
    elif op == "share_included":
        shares.append(
            make_share(tree["a"], root=tree["ua2"], include=[tree["g1"]], title=f"Riêng {n}")
        )
    elif op == "correct" and active:
        CorrectShare(active[pick % len(active)], f"Đính chính {n}", actor=None).execute()
    elif op == "retract" and active:
        RetractShare(active[pick % len(active)], actor=None).execute()
    elif op == "hide" and active:
        HideShare(active[pick % len(active)], tree["g1"], actor=None).execute()
    elif op == "move":
        g1 = type(tree["g1"]).objects.get(pk=tree["g1"].pk)
        target = tree["ua2"] if g1.path.startswith(tree["ua1"].path) else tree["ua1"]
        MoveOrganization(g1, target, actor=None).execute()
    elif op == "rename":
        org = [tree["tld"], tree["a"], tree["ua1"]][pick % 3]
        RenameOrganization(org, f"{org.name.split(' #')[0]} #{n}", actor=None).execute()
    for share in shares:
        share.refresh_from_db()
    for page in pages:
        page.refresh_from_db()


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(program=programs)
def test_cached_reads_equal_uncached_reads_after_any_write(
    org_tree, tenant_a, client_for, rcache, django_capture_on_commit_callbacks, program
):
    cache.clear()  # each example starts with an empty response cache
    with transaction.atomic():
        microsite(org_tree["g1"])  # G1's feed is read on tenant A's host
        shas = {q: register(tenant_a, q) for q in (FEED, PAGES, PAGE)}
        client = client_for(tenant_a)
        pages, shares = [], []
        with schema_context(tenant_a.schema_name):
            pages.append(add_page(title="Tin đầu tiên"))
        _read_all(client, shas, pages)
        for op, pick in program:
            # A refused action (hiding a directive, ...) changes nothing.
            with (
                django_capture_on_commit_callbacks(execute=True),
                contextlib.suppress(ValidationError, PermissionDenied),
            ):
                _apply(op, pick, org_tree, tenant_a, pages, shares)
            _read_all(client, shas, pages)
        transaction.set_rollback(True)
    assert Share.objects.filter(snapshot__title__startswith="Chia sẻ").count() == 0
