"""Endpoints receive only the events, page types and organisation subtree they asked for."""

from __future__ import annotations

import pytest
from django_tenants.utils import schema_context

from tests.factories import home_page, make_article
from tests.sharing.factories import microsite
from tests.webhooks.conftest import publish, run_until_quiet
from webhooks.models import Delivery

pytestmark = pytest.mark.django_db


def test_only_subscribed_events_are_delivered(tenant_a, receiver, make_endpoint):
    published, unpublished = receiver(), receiver()
    make_endpoint(tenant_a, published.url, events=["page.published"])
    make_endpoint(tenant_a, unpublished.url, events=["page.unpublished"])
    page = publish(tenant_a, "Bài sẽ gỡ")
    run_until_quiet()
    with schema_context(tenant_a.schema_name):
        page.unpublish()
    run_until_quiet()
    assert [r.payload["type"] for r in published.requests] == ["page.published"]
    assert [r.payload["type"] for r in unpublished.requests] == ["page.unpublished"]
    assert unpublished.requests[0].payload["sequence"] == 2


def test_page_type_filter(tenant_a, receiver, make_endpoint):
    from cms.models import SectionPage

    server = receiver()
    make_endpoint(tenant_a, server.url, events=["page.published"], page_types=["cms.sectionpage"])
    publish(tenant_a, "Bài viết (không nhận)")
    with schema_context(tenant_a.schema_name):
        section = SectionPage(title="Chuyên mục Chính sách")
        home_page().add_child(instance=section)
        section.save_revision().publish()
    run_until_quiet()
    assert [r.payload["data"]["page_type"] for r in server.requests] == ["cms.sectionpage"]
    assert server.requests[0].payload["object"]["id"] == section.pk


def test_organisation_subtree_filter(tenant_a, org_tree, receiver, make_endpoint):
    """Pages of a hosted microsite belong to its organisation: an endpoint limited to UA1's
    subtree hears about UA1's microsite pages, not about the province's own pages."""
    ua1 = microsite(org_tree["ua1"])
    only_ua1, everything = receiver(), receiver()
    make_endpoint(tenant_a, only_ua1.url, events=["page.published"], organization=ua1)
    make_endpoint(tenant_a, everything.url, events=["page.published"])
    with schema_context(tenant_a.schema_name):
        from wagtail.models import Page

        root = Page.objects.get(pk=ua1.microsite_page_id).specific
        inside = make_article("Tin của công đoàn phường", parent=root)
        outside = make_article("Tin của Liên đoàn tỉnh")
    run_until_quiet()
    assert [r.payload["object"]["id"] for r in only_ua1.requests] == [inside.pk]
    assert sorted(r.payload["object"]["id"] for r in everything.requests) == sorted(
        [inside.pk, outside.pk]
    )


def test_organisation_filter_outside_the_tenant_is_refused(tenant_a, org_tree, receiver):
    from django.core.exceptions import ValidationError

    from webhooks.actions import CreateEndpoint

    with pytest.raises(ValidationError) as error:
        CreateEndpoint(
            tenant_a, url=receiver().url, events=["page.published"], organization=org_tree["ub1"]
        ).execute()
    assert "không thuộc đơn vị này" in str(error.value)
    assert not Delivery.objects.exists()
