"""Writes invalidate exactly the tagged answers, across every tenant carrying a shared item."""

import pytest
from django_tenants.utils import schema_context

from delivery import tags
from graphql_api.models import PersistedQuery
from hierarchy.actions import MoveOrganization
from sharing.actions import CorrectShare, RetractShare
from tests.delivery.helpers import persisted_get, register
from tests.sharing.factories import make_share, microsite

FEED = """query Feed($org: String) { feed(organization: $org, first: 20) {
  edges { node { id title correction } } } }"""
MENUS = "{ menus { name } }"


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def feed_titles(response) -> list[str]:
    return [e["node"]["title"] for e in response.json()["data"]["feed"]["edges"]]


def test_retract_purges_the_share_in_every_tenant(
    org_tree, tenant_a, tenant_b, client_for, rcache, commit
):
    share = make_share(org_tree["tld"], title="Chỉ đạo toàn quốc")
    sha_a, sha_b = register(tenant_a, FEED), register(tenant_b, FEED)
    a, b = client_for(tenant_a), client_for(tenant_b)
    assert "Chỉ đạo toàn quốc" in feed_titles(persisted_get(a, sha_a))
    assert "Chỉ đạo toàn quốc" in feed_titles(persisted_get(b, sha_b))
    assert len(rcache.keys_for(tags.share(share.pk))) == 2
    with commit():  # reaches B's subtree only: A's answer stays cached
        make_share(org_tree["tld"], root=org_tree["b"], title="Chỉ cho tỉnh B")
    assert persisted_get(a, sha_a)["X-Cache"] == "HIT"
    assert "Chỉ cho tỉnh B" in feed_titles(persisted_get(b, sha_b))
    with commit():
        RetractShare(share, actor=None).execute()
    assert not rcache.keys_for(tags.share(share.pk))
    for client, sha in ((a, sha_a), (b, sha_b)):
        response = persisted_get(client, sha)
        assert response["X-Cache"] == "MISS"
        assert "Chỉ đạo toàn quốc" not in feed_titles(response)


def test_correction_reaches_cached_feeds(org_tree, tenant_a, client_for, rcache, commit):
    microsite(org_tree["g1"])
    share = make_share(org_tree["a"], title="Kế hoạch 20/11")
    sha = register(tenant_a, FEED)
    client = client_for(tenant_a)
    persisted_get(client, sha, {"org": "XG1"})
    with commit():
        CorrectShare(share, "Đổi ngày tổ chức", actor=None).execute()
    edges = persisted_get(client, sha, {"org": "XG1"}).json()["data"]["feed"]["edges"]
    assert [e["node"]["correction"] for e in edges] == ["Đổi ngày tổ chức"]


def test_moving_an_organisation_refreshes_its_feed(org_tree, tenant_a, client_for, rcache, commit):
    microsite(org_tree["g1"])
    make_share(org_tree["ua1"], title="Tin của phường")
    sha = register(tenant_a, FEED)
    client = client_for(tenant_a)
    assert feed_titles(persisted_get(client, sha, {"org": "XG1"})) == ["Tin của phường"]
    with commit():
        MoveOrganization(org_tree["g1"], org_tree["ua2"], actor=None).execute()
    assert feed_titles(persisted_get(client, sha, {"org": "XG1"})) == []


def test_a_new_share_reaches_cached_feeds_of_its_subtree(
    org_tree, tenant_a, client_for, rcache, commit
):
    microsite(org_tree["g1"])
    sha = register(tenant_a, FEED)
    client = client_for(tenant_a)
    assert feed_titles(persisted_get(client, sha, {"org": "XG1"})) == []
    with commit():
        make_share(org_tree["ua1"], title="Mới chia sẻ")
    assert feed_titles(persisted_get(client, sha, {"org": "XG1"})) == ["Mới chia sẻ"]


def test_menus_and_removed_queries(tenant_a, client_for, rcache, commit):
    from cms.models import Menu

    sha = register(tenant_a, MENUS)
    client = client_for(tenant_a)
    before = persisted_get(client, sha).json()["data"]["menus"]
    with commit(), schema_context(tenant_a.schema_name):
        Menu.objects.create(name="Chân trang", slug="chan-trang")
    after = persisted_get(client, sha).json()["data"]["menus"]
    assert after == [*before, {"name": "Chân trang"}] or len(after) == len(before) + 1
    with commit(), schema_context(tenant_a.schema_name):
        PersistedQuery.objects.filter(sha256=sha).delete()
    assert persisted_get(client, sha).status_code == 400
