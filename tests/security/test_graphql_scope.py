"""One organisation scope per request, resolved once and honoured by every field: the
``X-Organization`` header microsite portals send scopes ``feed`` exactly as the
``organization`` argument does (before, ``feed`` ignored the header and answered with the
host's feed)."""

import json

import pytest
from django_tenants.utils import schema_context
from wagtail.models import Page

from tests.factories import make_article
from tests.sharing.factories import make_share, microsite

FEED = "query ($org: String) { feed(organization: $org, first: 50) { totalCount edges { node { title origin } } } }"  # noqa: E501
SITE_AND_FEED = "{ site { name } feed(first: 50) { edges { node { title } } } }"


def post(client, query, variables=None, **headers):
    return client.post(
        "/graphql/",
        json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
        **headers,
    ).json()


@pytest.fixture
def world(org_tree, tenant_a):
    g1 = microsite(org_tree["g1"])
    with schema_context(tenant_a.schema_name):
        make_article("Tin của tỉnh A")
        make_article("Tin của công đoàn cơ sở", parent=Page.objects.get(pk=g1.microsite_page_id))
    make_share(org_tree["tld"], title="Hướng dẫn của Tổng Liên đoàn")
    return g1


def titles(body):
    return sorted(edge["node"]["title"] for edge in body["data"]["feed"]["edges"])


def test_feed_honours_the_x_organization_header(world, tenant_a, client_for):
    client = client_for(tenant_a)
    by_argument = post(client, FEED, {"org": "XG1"})
    by_header = post(client, FEED, HTTP_X_ORGANIZATION="XG1")
    assert "errors" not in by_header, by_header
    assert titles(by_header) == titles(by_argument)
    assert "Tin của công đoàn cơ sở" in titles(by_header)
    assert "Tin của tỉnh A" not in titles(by_header)
    host = post(client, FEED)
    assert "Tin của tỉnh A" in titles(host)
    assert "Tin của công đoàn cơ sở" not in titles(host)


def test_feed_header_code_is_case_insensitive(world, tenant_a, client_for):
    client = client_for(tenant_a)
    lower = post(client, FEED, HTTP_X_ORGANIZATION="xg1")
    assert "errors" not in lower, lower
    assert titles(lower) == titles(post(client, FEED, HTTP_X_ORGANIZATION="XG1"))


def test_site_and_feed_answer_for_the_same_organisation(world, tenant_a, client_for):
    body = post(client_for(tenant_a), SITE_AND_FEED, HTTP_X_ORGANIZATION="XG1")
    assert body["data"]["site"]["name"] == world.name
    assert "Tin của công đoàn cơ sở" in titles(body)


def test_header_and_argument_naming_two_organisations_are_refused(world, tenant_a, client_for):
    body = post(client_for(tenant_a), FEED, {"org": "XG1"}, HTTP_X_ORGANIZATION="XPA")
    assert body["data"] is None or body["data"].get("feed") is None
    assert "một tổ chức" in body["errors"][0]["message"]
