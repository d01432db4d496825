"""Content over GraphQL: look-ups by id, URL path and slug; page lists with filters,
ordering and relay pagination; the tree (parent, ancestors, children); images and documents.
Only live, public, unexpired pages ever come back."""

import datetime

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context
from wagtail.models import Collection, CollectionViewRestriction, Page

from tests.factories import home_page, make_document, make_image
from tests.graphql.helpers import add_page, gql, gql_errors, post

HIDDEN_STATES = ("draft", "scheduled", "expired", "login", "password")


@pytest.fixture
def tree(tenant_a):
    with schema_context(tenant_a.schema_name):
        news = add_page(title="Tin tức", slug="tin-tuc")
        articles = []
        start = timezone.now() - datetime.timedelta(days=30)
        for i in range(1, 6):
            page = add_page(news, f"Bài {i}", slug=f"bai-{i}")
            Page.objects.filter(pk=page.pk).update(
                first_published_at=start + datetime.timedelta(days=i)
            )
            articles.append(page)
        hidden = {state: add_page(news, f"Ẩn {state}", state=state) for state in HIDDEN_STATES}
        private = add_page(title="Nội bộ", state="password", slug="noi-bo")
        under_private = add_page(private, "Con của trang nội bộ", slug="con-noi-bo")
        changed = add_page(news, "Bài đã sửa", state="changed", slug="bai-da-sua")
        return {
            "home": home_page(),
            "news": news,
            "articles": articles,
            "hidden": hidden,
            "private": private,
            "under_private": under_private,
            "changed": changed,
            "start": start,
        }


PAGE = """
query ($id: ID, $urlPath: String, $slug: String) {
  page(id: $id, urlPath: $urlPath, slug: $slug) {
    id title urlPath pageType isPreview
    parent { id title }
    ancestors { title urlPath }
  }
}
"""


def test_page_by_id_path_and_slug(tree, tenant_a, client_for):
    client = client_for(tenant_a)
    article = tree["articles"][2]
    by_id = gql(client, PAGE, {"id": str(article.pk)})["page"]
    assert by_id["title"] == "Bài 3" and by_id["urlPath"] == "/tin-tuc/bai-3/"
    assert by_id["parent"] == {"id": str(tree["news"].pk), "title": "Tin tức"}
    assert [a["urlPath"] for a in by_id["ancestors"]] == ["/", "/tin-tuc/"]
    assert by_id["isPreview"] is False
    for path in ("/tin-tuc/bai-3/", "tin-tuc/bai-3", "/tin-tuc/bai-3"):
        assert gql(client, PAGE, {"urlPath": path})["page"]["id"] == str(article.pk)
    assert gql(client, PAGE, {"slug": "bai-3"})["page"]["id"] == str(article.pk)
    home = gql(client, PAGE, {"urlPath": "/"})["page"]
    assert home["id"] == str(tree["home"].pk) and home["parent"] is None


def test_live_page_serves_published_title_not_draft(tree, tenant_a, client_for):
    data = gql(client_for(tenant_a), PAGE, {"slug": "bai-da-sua"})["page"]
    assert data["title"] == "Bài đã sửa"


@pytest.mark.parametrize("state", [*HIDDEN_STATES, "under_private"])
def test_hidden_pages_are_null_by_every_lookup(tree, tenant_a, client_for, state):
    page = tree["under_private"] if state == "under_private" else tree["hidden"][state]
    client = client_for(tenant_a)
    assert gql(client, PAGE, {"id": str(page.pk)})["page"] is None
    assert gql(client, PAGE, {"slug": page.slug})["page"] is None
    relative = page.url_path[len(tree["home"].url_path) - 1 :]
    assert gql(client, PAGE, {"urlPath": relative})["page"] is None


def test_lookup_arguments_are_validated(tree, tenant_a, client_for):
    client = client_for(tenant_a)
    assert "đúng một" in gql_errors(client, "{ page { id } }")[0]
    assert "đúng một" in gql_errors(client, '{ page(id: "1", slug: "x") { id } }')[0]
    assert "không hợp lệ" in gql_errors(client, '{ page(id: "abc") { id } }')[0]


LIST = """
query ($first: Int, $after: String, $last: Int, $before: String, $filters: PageFilter,
       $order: PageOrder!) {
  pages(first: $first, after: $after, last: $last, before: $before, filters: $filters,
        order: $order) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id title pageType } }
  }
}
"""


def titles(data):
    return [edge["node"]["title"] for edge in data["pages"]["edges"]]


def test_children_filter_order_and_cursor_pagination(tree, tenant_a, client_for):
    client = client_for(tenant_a)
    news = str(tree["news"].pk)
    variables = {"filters": {"childOf": news}, "order": "NEWEST", "first": 2}
    first = gql(client, LIST, variables)
    # 5 articles + the changed one; hidden states never counted.
    assert first["pages"]["totalCount"] == 6
    assert titles(first) == ["Bài đã sửa", "Bài 5"]
    assert first["pages"]["pageInfo"]["hasNextPage"] is True
    assert first["pages"]["pageInfo"]["hasPreviousPage"] is False
    second = gql(client, LIST, {**variables, "after": first["pages"]["pageInfo"]["endCursor"]})
    assert titles(second) == ["Bài 4", "Bài 3"]
    after = second["pages"]["pageInfo"]["endCursor"]
    end = gql(client, LIST, {**variables, "first": 10, "after": after})
    assert titles(end) == ["Bài 2", "Bài 1"] and end["pages"]["pageInfo"]["hasNextPage"] is False
    back = gql(
        client,
        LIST,
        {
            "filters": {"childOf": news},
            "order": "NEWEST",
            "last": 2,
            "before": end["pages"]["edges"][0]["cursor"],
        },
    )
    assert titles(back) == ["Bài 4", "Bài 3"]
    oldest = gql(client, LIST, {"filters": {"childOf": news}, "order": "OLDEST", "first": 1})
    assert titles(oldest) == ["Bài 1"]
    by_title = gql(client, LIST, {"filters": {"childOf": news}, "order": "TITLE", "first": 3})
    assert titles(by_title) == ["Bài 1", "Bài 2", "Bài 3"]


def test_date_range_descendants_and_type_filters(tree, tenant_a, client_for):
    client = client_for(tenant_a)
    start = tree["start"]
    window = {
        "publishedAfter": (start + datetime.timedelta(days=2, minutes=-1)).isoformat(),
        "publishedBefore": (start + datetime.timedelta(days=4, hours=1)).isoformat(),
        "descendantOf": str(tree["home"].pk),
    }
    data = gql(client, LIST, {"filters": window, "order": "OLDEST", "first": 10})
    assert titles(data) == ["Bài 2", "Bài 3", "Bài 4"]
    everything = gql(client, LIST, {"filters": {"types": ["GenericPage"]}, "order": "TREE"})
    names = titles(everything)
    assert "Tin tức" in names and "Nội bộ" not in names and "Con của trang nội bộ" not in names
    assert not any(name.startswith("Ẩn") for name in names)
    errors = gql_errors(client, LIST, {"filters": {"types": ["KhongCo"]}, "order": "TREE"})
    assert "Loại trang không tồn tại: KhongCo" in errors[0]


def test_paging_arguments_are_bounded_with_clear_errors(tree, tenant_a, client_for):
    client = client_for(tenant_a)
    assert "tối đa là 100" in gql_errors(client, LIST, {"first": 101, "order": "TREE"})[0]
    assert "không âm" in gql_errors(client, LIST, {"first": -1, "order": "TREE"})[0]
    assert "không hợp lệ" in gql_errors(client, LIST, {"after": "rác", "order": "TREE"})[0]
    empty = gql(client, LIST, {"first": 0, "order": "TREE"})
    assert empty["pages"]["edges"] == [] and empty["pages"]["totalCount"] >= 8


TREE = """
query ($id: ID) {
  page(id: $id) {
    children(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } }
  }
}
"""


def test_children_connection(tree, tenant_a, client_for):
    data = gql(client_for(tenant_a), TREE, {"id": str(tree["news"].pk)})["page"]["children"]
    assert data["totalCount"] == 6 and data["pageInfo"]["hasNextPage"] is True
    assert [e["node"]["title"] for e in data["edges"]] == ["Bài 1", "Bài 2", "Bài 3"]


MEDIA = """
query ($image: ID!, $document: ID!) {
  image(id: $image) { id title width height collection { name } }
  document(id: $document) { title fileExtension url fileSize collection { name } }
}
"""


def test_images_and_documents_outside_private_collections(tenant_a, client_for):
    with schema_context(tenant_a.schema_name):
        image, document = make_image("Đại hội"), make_document("Nghị quyết")
        root = Collection.get_first_root_node()
        document.collection = root.add_child(name="Văn bản công khai")
        document.save()
        private = root.add_child(name="Nội bộ")
        inner = private.add_child(name="Nội bộ con")
        CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.LOGIN
        )
        hidden_image, hidden_document = make_image("Ảnh riêng"), make_document("Văn bản riêng")
        hidden_image.collection = inner
        hidden_image.save()
        hidden_document.collection = private
        hidden_document.save()
    client = client_for(tenant_a)
    data = gql(client, MEDIA, {"image": str(image.pk), "document": str(document.pk)})
    assert data["image"]["title"] == "Đại hội" and data["image"]["width"] == 32
    assert data["document"]["fileExtension"] == "txt"
    assert data["image"]["collection"] is None  # the root collection is not shown
    assert data["document"]["collection"] == {"name": "Văn bản công khai"}
    assert data["document"]["url"].startswith("http://a.test/documents/")
    hidden_ids = {"image": str(hidden_image.pk), "document": str(hidden_document.pk)}
    hidden = gql(client, MEDIA, hidden_ids)
    assert hidden == {"image": None, "document": None}


def test_tenants_never_see_each_others_pages(tree, tenant_a, tenant_b, client_for):
    article = tree["articles"][0]
    client_b = client_for(tenant_b)
    data = gql(client_b, PAGE, {"id": str(article.pk)})["page"]
    assert data is None or data["title"] != "Bài 1"
    assert gql(client_b, PAGE, {"urlPath": "/tin-tuc/bai-1/"})["page"] is None
    listed = gql(client_b, LIST, {"order": "TREE", "first": 100})
    assert "Bài 1" not in titles(listed)


def test_unknown_fields_get_no_suggestions(tenant_a, client_for):
    body = post(client_for(tenant_a), "{ pages(first: 1) { edges { node { titl } } } }").json()
    assert body["errors"] and "Did you mean" not in str(body)


def test_src_set_names_each_width_once(tenant_a, client_for):
    """Sizes wider than a small original all come out at its width: a srcset that repeats a
    width is invalid (browsers drop the whole attribute), so each width appears once."""
    with schema_context(tenant_a.schema_name):
        image = make_image("Ảnh nhỏ")  # 32 px wide
    query = """query ($id: ID!) { image(id: $id) {
        srcSet(sizes: [CONTENT, ORIGINAL, THUMBNAIL, CONTENT]) } }"""
    src_set = gql(client_for(tenant_a), query, {"id": str(image.pk)})["image"]["srcSet"]
    widths = [part.rsplit(" ", 1)[1] for part in src_set.split(", ")]
    # Every size of a 32 px original is 32 px wide (renditions never upscale): one candidate,
    # the first size asked for.
    assert widths == ["32w"] and ".width-1200." in src_set, src_set


def test_connection_in_a_fragment_still_loads_the_specific_pages(tenant_a, client_for):
    """`edges` inside a fragment on the connection: the nodes are still the specific pages,
    so type-specific fields resolve (they failed with "'Page' object has no attribute")."""
    from cms.models import ArticlePage

    with schema_context(tenant_a.schema_name):
        news = add_page(title="Tin tức", slug="tin-tuc")
        add_page(news, "Bài có tác giả", instance=ArticlePage(author="Thu Hà"), slug="bai-tac-gia")
        add_page(news, "Trang thường", slug="trang-thuong")
    query = """
    query ($id: ID!) {
      pages(filters: { childOf: $id }, order: TITLE, first: 10) { ...List }
    }
    fragment List on PageConnection { totalCount edges { ...Edge } }
    fragment Edge on PageEdge { node { __typename title ... on ArticlePage { author } } }
    """
    data = gql(client_for(tenant_a), query, {"id": str(news.pk)})
    nodes = [edge["node"] for edge in data["pages"]["edges"]]
    assert data["pages"]["totalCount"] == 2
    assert {"__typename": "ArticlePage", "title": "Bài có tác giả", "author": "Thu Hà"} in nodes
    assert {"__typename": "GenericPage", "title": "Trang thường"} in nodes
