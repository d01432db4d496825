"""The GraphQL feed: own content merged with shares, pins first, hidden/retracted/expired
out, cursor pagination with totals, tenant boundaries and constant statement counts."""

import datetime

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context

from sharing.actions import CorrectShare, HideShare, PinShare, RetractShare, SharePage
from sharing.models import Share
from sharing.scope import ScopeSpec
from tests.factories import make_article
from tests.sharing.factories import gql, make_share, microsite
from tests.statements import statements

FEED = """
query ($org: String, $scope: FeedScope, $first: Int, $after: String, $filter: FeedFilter) {
  feed(organization: $org, scope: $scope, first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id origin title standfirst url path date pageType mandatory pinned correction body
      source { code name } sharedBy { code }
    } }
  }
}
"""


@pytest.fixture
def world(org_tree, tenant_a, tenant_b):
    """G1 has a microsite in tenant A; A and G1 publish pages; shares reach G1 from TLD,
    A and UA1, plus some that must never show."""
    t = org_tree
    g1 = microsite(t["g1"])
    now = timezone.now()
    with schema_context(tenant_a.schema_name):
        from wagtail.models import Page

        a_news = make_article(
            "Hội nghị Ban Chấp hành LĐLĐ tỉnh A",
            standfirst="Tin của tỉnh",
            body="<p>Hội nghị lần thứ 5.</p>",
        )
        make_article("Bản nháp chưa đăng", publish=False)
        from cms.models import SectionPage

        section = SectionPage(title="Chuyên mục Tin tức")  # navigation, not content
        root_home = Page.objects.get(pk=a_news.get_parent().pk)
        root_home.add_child(instance=section)
        section.save_revision().publish()
        root = Page.objects.get(pk=g1.microsite_page_id)
        g1_news = make_article(
            "Tết Sum vầy tại Công ty May Việt Tiến", parent=root, body="<p>Trao 120 suất quà.</p>"
        )
        g1_old = make_article("Đại hội công đoàn cơ sở nhiệm kỳ 2023-2028", parent=root)
        Page.objects.filter(pk=g1_old.pk).update(first_published_at=now - datetime.timedelta(30))
        expired = make_article("Tin đã hết hạn", parent=root)
        Page.objects.filter(pk=expired.pk).update(expire_at=now - datetime.timedelta(1))
        from_a = SharePage(a_news, ScopeSpec(root=t["ua1"]), actor=None).execute()
    s = {
        "from_a": from_a,
        "federation": make_share(t["tld"], title="Hướng dẫn 18/HD-TLĐ về Tháng Công nhân"),
        "directive": make_share(t["tld"], mandatory=True, title="Chỉ đạo 28/7"),
        "pinned": make_share(t["a"], title="Kế hoạch 20/11"),
        "hidden": make_share(t["a"], title="Tin bị ẩn"),
        "expired": make_share(
            # Issued with a future expiry (the clock may have moved past ``now`` + 2 s on a
            # loaded machine), then expired below.
            t["tld"],
            expires_at=timezone.now() + datetime.timedelta(hours=1),
            title="Hết hạn",
        ),
        "retracted": make_share(t["tld"], title="Đã thu hồi"),
        "elsewhere": make_share(t["b"], title="Chỉ cho tỉnh B"),
        "other_level": make_share(t["tld"], levels=[3], title="Chỉ cấp trên cơ sở"),
    }
    Share.objects.filter(pk=s["expired"].pk).update(expires_at=now - datetime.timedelta(1))
    RetractShare(s["retracted"], actor=None).execute()
    PinShare(s["pinned"], g1, actor=None).execute()
    HideShare(s["hidden"], g1, actor=None).execute()
    return {
        "t": t,
        "g1": g1,
        "shares": s,
        "pages": {"a": a_news, "g1": g1_news, "g1_old": g1_old},
    }


def titles(data):
    return [e["node"]["title"] for e in data["feed"]["edges"]]


def test_grassroots_feed_merges_own_and_inherited(world, tenant_a, client_for):
    data = gql(client_for(tenant_a), FEED, {"org": "XG1", "first": 50})["data"]
    feed = data["feed"]
    assert titles(data)[0] == "Kế hoạch 20/11"  # pinned first
    assert set(titles(data)) == {
        "Kế hoạch 20/11",
        "Chỉ đạo 28/7",
        "Hướng dẫn 18/HD-TLĐ về Tháng Công nhân",
        "Hội nghị Ban Chấp hành LĐLĐ tỉnh A",
        "Tết Sum vầy tại Công ty May Việt Tiến",
        "Đại hội công đoàn cơ sở nhiệm kỳ 2023-2028",
    }
    assert feed["totalCount"] == 6 and feed["pageInfo"]["hasNextPage"] is False
    assert titles(data)[-1] == "Đại hội công đoàn cơ sở nhiệm kỳ 2023-2028"  # oldest last
    nodes = {e["node"]["title"]: e["node"] for e in feed["edges"]}
    directive = nodes["Chỉ đạo 28/7"]
    assert directive["mandatory"] and directive["origin"] == "INHERITED"
    assert directive["source"]["code"] == "XTLD" and directive["sharedBy"]["code"] == "XTLD"
    shared = nodes["Hội nghị Ban Chấp hành LĐLĐ tỉnh A"]
    assert shared["source"] == {"code": "XPA", "name": "Liên đoàn Lao động tỉnh A"}
    assert shared["standfirst"] == "Tin của tỉnh" and shared["url"].startswith("http")
    assert shared["body"][0]["type"] == "paragraph"
    own = nodes["Tết Sum vầy tại Công ty May Việt Tiến"]
    assert [b["value"] for b in own["body"]] == ["<p>Trao 120 suất quà.</p>"]
    assert own["origin"] == "OWN" and own["source"]["code"] == "XG1" and not own["mandatory"]
    assert own["pageType"] == "cms.articlepage" and own["path"].endswith(
        "/tet-sum-vay-tai-cong-ty-may-viet-tien/"
    )


def test_scopes_and_filters(world, tenant_a, client_for):
    client = client_for(tenant_a)
    own = gql(client, FEED, {"org": "XG1", "scope": "OWN"})["data"]
    assert set(titles(own)) == {
        "Tết Sum vầy tại Công ty May Việt Tiến",
        "Đại hội công đoàn cơ sở nhiệm kỳ 2023-2028",
    }
    inherited = gql(client, FEED, {"org": "XG1", "scope": "INHERITED"})["data"]
    assert inherited["feed"]["totalCount"] == 4
    mandatory = gql(client, FEED, {"org": "XG1", "filter": {"mandatory": True}})["data"]
    assert titles(mandatory) == ["Chỉ đạo 28/7"]
    # The tenant's own feed (no organisation given): its pages, not the microsite's.
    province = gql(client, FEED, {"scope": "OWN"})["data"]
    assert titles(province) == ["Hội nghị Ban Chấp hành LĐLĐ tỉnh A"]
    province_all = gql(client, FEED, {})["data"]
    assert "Hướng dẫn 18/HD-TLĐ về Tháng Công nhân" in titles(province_all)
    assert "Kế hoạch 20/11" not in titles(province_all)  # A issued it


def test_pagination_walks_every_item_once(world, tenant_a, client_for):
    client = client_for(tenant_a)
    seen, after = [], None
    while True:
        data = gql(client, FEED, {"org": "XG1", "first": 2, "after": after})["data"]["feed"]
        assert data["totalCount"] == 6
        seen += [e["node"]["id"] for e in data["edges"]]
        if not data["pageInfo"]["hasNextPage"]:
            break
        after = data["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) == 6
    bad = gql(client, FEED, {"org": "XG1", "after": "xyz"}, expect_errors=True)
    assert "Con trỏ phân trang" in bad["errors"][0]["message"]
    too_many = gql(client, FEED, {"org": "XG1", "first": 1000}, expect_errors=True)
    assert "first phải từ 0 đến" in too_many["errors"][0]["message"]


def test_retraction_and_updates_reach_the_feed_at_once(world, tenant_a, client_for):
    client = client_for(tenant_a)
    s = world["shares"]
    CorrectShare(s["federation"], "Sửa ngày tổ chức thành 1/5.", actor=None).execute()
    data = gql(client, FEED, {"org": "XG1", "first": 50})["data"]
    nodes = {e["node"]["title"]: e["node"] for e in data["feed"]["edges"]}
    assert nodes["Hướng dẫn 18/HD-TLĐ về Tháng Công nhân"]["correction"] == (
        "Sửa ngày tổ chức thành 1/5."
    )
    with schema_context(tenant_a.schema_name):
        page = world["pages"]["a"]
        page.title = "Hội nghị Ban Chấp hành (đã sửa)"
        page.save_revision().publish()
    assert "Hội nghị Ban Chấp hành (đã sửa)" in titles(gql(client, FEED, {"org": "XG1"})["data"])
    RetractShare(s["directive"], actor=None).execute()
    with schema_context(tenant_a.schema_name):
        world["pages"]["a"].specific.unpublish()
    after = titles(gql(client, FEED, {"org": "XG1", "first": 50})["data"])
    assert "Chỉ đạo 28/7" not in after and "Hội nghị Ban Chấp hành (đã sửa)" not in after


def test_feed_stays_inside_the_tenant(world, tenant_b, client_for):
    refused = gql(client_for(tenant_b), FEED, {"org": "XG1"}, expect_errors=True)
    assert "không đăng trên trang này" in refused["errors"][0]["message"]
    unknown = gql(client_for(tenant_b), FEED, {"org": "KHONG-CO"}, expect_errors=True)
    assert "Không tìm thấy đơn vị" in unknown["errors"][0]["message"]
    # B's own feed does not reflect G1's hidden item (it never reached B anyway) and shows
    # the federation's share, which G1's choices do not affect.
    data = gql(client_for(tenant_b), FEED, {"scope": "INHERITED", "first": 50})["data"]
    assert "Hướng dẫn 18/HD-TLĐ về Tháng Công nhân" in titles(data)


def test_statement_count_is_constant_in_page_size(world, tenant_a, client_for):
    t = world["t"]
    for i in range(25):
        make_share(t["tld"], title=f"Tin chia sẻ số {i}")
    with schema_context(tenant_a.schema_name):
        from wagtail.models import Page

        root = Page.objects.get(pk=world["g1"].microsite_page_id)
        for i in range(10):
            make_article(f"Tin riêng số {i}", parent=root)
    client = client_for(tenant_a)
    gql(client, FEED, {"org": "XG1", "first": 1})  # warm caches (site, content types)
    counts = {}
    for size in (3, 10, 30):
        with statements() as sql:
            data = gql(client, FEED, {"org": "XG1", "first": size})["data"]
        assert len(data["feed"]["edges"]) == size
        assert len(sql.starting("SET search_path")) == 1
        counts[size] = len(sql)
    assert counts[3] == counts[10] == counts[30], counts
    # SET search_path, organisation + ancestors, view restrictions, and one statement for the
    # merged, counted page with all its fields (the API settings are cached per tenant).
    assert counts[3] == 4, (counts, sql)
