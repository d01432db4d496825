"""Absolute URLs in the feed keep the port (and scheme) the platform is served on: own pages
and shared items (whose snapshot was built from a Wagtail Site that knows no port)."""

import json

from django.test import Client
from django_tenants.utils import schema_context

from sharing.actions import SharePage
from sharing.feed import on_origin
from sharing.scope import ScopeSpec
from tests.factories import make_article
from tests.sharing.factories import microsite

FEED = """query ($org: String) { feed(organization: $org, first: 20) {
  edges { node { title url origin body } } } }"""


def test_on_origin():
    assert on_origin("http://hanoi.localhost/tin/", "http", "8000") == (
        "http://hanoi.localhost:8000/tin/"
    )
    assert (
        on_origin("http://hanoi.localhost/tin/", "https", "443") == "https://hanoi.localhost/tin/"
    )
    assert on_origin("/tin/", "http", "8000") == "/tin/"


def test_feed_urls_keep_the_request_port(org_tree, tenant_a):
    g1 = microsite(org_tree["g1"])
    with schema_context(tenant_a.schema_name):
        from wagtail.models import Page

        province = make_article(
            "Hội nghị Ban Chấp hành", body='<p><a href="/tin-tuc/">Tin tức</a></p>'
        )
        own = make_article("Tin cơ sở", parent=Page.objects.get(pk=g1.microsite_page_id))
        SharePage(province, ScopeSpec(root=org_tree["ua1"]), actor=None).execute()
        own_path = own.get_url_parts()[2]
        shared_path = province.get_url_parts()[2]
    client = Client(HTTP_HOST="a.test:8000")
    response = client.post(
        "/graphql/",
        json.dumps({"query": FEED, "variables": {"org": "XG1"}}),
        content_type="application/json",
    )
    nodes = {e["node"]["title"]: e["node"] for e in response.json()["data"]["feed"]["edges"]}
    assert nodes["Tin cơ sở"]["url"] == f"http://a.test:8000{own_path}"
    shared = nodes["Hội nghị Ban Chấp hành"]
    assert (shared["origin"], shared["url"]) == ("INHERITED", f"http://a.test:8000{shared_path}")
    assert shared["body"][0]["value"] == '<p><a href="http://a.test:8000/tin-tuc/">Tin tức</a></p>'
