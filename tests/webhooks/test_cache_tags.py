"""Every event names the response-cache tags its change invalidates (``cache_tags``), as the
API's ``Surrogate-Key`` header spells them, so a frontend that cached answers by those tags
(the reference portal's ``revalidateTag``) drops exactly what changed."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from delivery import tags
from delivery.cdn import cdn_keys
from tests.sharing.factories import make_share
from tests.webhooks.conftest import publish, run_until_quiet

pytestmark = pytest.mark.django_db


def test_page_events_carry_the_page_and_listing_tags(tenant_a, receiver, make_endpoint):
    server = receiver()
    endpoint = make_endpoint(tenant_a, server.url, events=["page.published", "page.unpublished"])
    page = publish(tenant_a, "Bài có thẻ bộ nhớ đệm")
    run_until_quiet()
    with schema_context(tenant_a.schema_name):
        page.unpublish()
    run_until_quiet()
    schema = tenant_a.schema_name
    expected = cdn_keys([tags.page(schema, page.pk), tags.pages(schema)])
    payloads = [server.verify(endpoint.secret, r) for r in server.requests]
    assert [p["type"] for p in payloads] == ["page.published", "page.unpublished"]
    assert all(p["cache_tags"] == expected for p in payloads)


def test_a_coalesced_delivery_keeps_the_tags_of_every_folded_event(
    tenant_a, receiver, make_endpoint
):
    from cms.models import SectionPage
    from tests.factories import home_page

    server = receiver()
    make_endpoint(tenant_a, server.url, events=["page.published", "page.moved"])
    page = publish(tenant_a, "Bài sẽ chuyển")
    run_until_quiet()
    with schema_context(tenant_a.schema_name):
        section = SectionPage(title="Chuyên mục đích")
        home_page().add_child(instance=section)
        page.move(section, pos="last-child")
        page.refresh_from_db()
        page.title = "Bài đã chuyển"
        page.save_revision().publish()
    run_until_quiet()
    last = server.requests[-1].payload
    # page.moved then page.published folded into one delivery: the move's tenant-wide tag
    # (every descendant's URL changed) is still there.
    assert last["type"] == "page.published"
    schema = tenant_a.schema_name
    assert set(cdn_keys([tags.tenant(schema), tags.pages(schema)])) <= set(last["cache_tags"])


def test_share_events_carry_the_share_and_its_scope(tenant_a, org_tree, receiver, make_endpoint):
    from sharing.actions import RetractShare

    server = receiver()
    make_endpoint(tenant_a, server.url, events=["share.issued", "share.retracted"])
    share = make_share(org_tree["a"])
    run_until_quiet()
    RetractShare(share, reason="Thu hồi để sửa", actor=None).execute()
    run_until_quiet()
    payloads = [r.payload for r in server.requests]
    assert [p["type"] for p in payloads] == ["share.issued", "share.retracted"]
    share.scope_root.refresh_from_db()
    expected = cdn_keys([tags.share(share.pk), tags.subtree(share.scope_root.path)])
    for payload in payloads:
        assert payload["cache_tags"][: len(expected)] == expected
