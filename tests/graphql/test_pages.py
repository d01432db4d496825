"""Typed content over GraphQL: every page type, StreamField blocks, rich text links,
renditions, typed lists with their filters, search, topics, menus and site settings."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone
from django_tenants.utils import schema_context
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction

from cms.models import (
    CampaignKeyMessage,
    CampaignPage,
    EventPage,
    EventVenue,
    FormField,
    FormPage,
    GalleryImage,
    GalleryPage,
    InfographicPage,
    Menu,
    MenuItem,
    ModelStoryPage,
    PolicyPage,
    QuestionPage,
    SectionPage,
    SiteSettings,
    VideoPage,
)
from tests.factories import home_page, make_document, make_image
from tests.graphql.content_factories import (
    make_full_article,
    make_official_document,
    publish,
    topics,
)
from tests.graphql.helpers import add_page, gql, gql_errors, post
from tests.statements import statements


def private_image(title="Ảnh nội bộ"):
    root = Collection.get_first_root_node()
    collection = root.add_child(name=f"Riêng tư {Collection.objects.count()}")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    image = make_image(title)
    image.collection = collection
    image.save()
    return image


def child(parent, page):
    parent.add_child(instance=page)
    return publish(page)


ARTICLE = """
query ($path: String!) {
  page(urlPath: $path) {
    pageType
    ... on ArticlePage {
      standfirst author publishedOn readingMinutes
      coverImage { title rendition(size: CARD) { url width height } srcSet(sizes: [THUMBNAIL]) }
      topics { slug } tags { slug }
      body {
        __typename
        ... on Block { id }
        ... on ParagraphBlock { html }
        ... on HeadingBlock { text level }
        ... on ImageBlock { alt caption image { title } }
        ... on QuoteBlock { text attribution }
        ... on EmbedBlock { url provider }
        ... on DocumentLinkBlock {
          label document { title url } officialDocument { documentNumber }
        }
        ... on FactBoxBlock { title html }
        ... on CallToActionBlock { text buttonLabel page { title urlPath } url }
        ... on TableBlock { caption firstRowIsHeader rows { cells } }
      }
    }
  }
}
"""


def test_article_with_every_block_type(tenant_a, client_for):
    with schema_context(tenant_a.schema_name):
        linked = make_full_article("Bài liên quan", images=0)
        make_full_article("Bài đầy đủ", images=2, linked_page=linked)
    page = gql(client_for(tenant_a), ARTICLE, {"path": "/bai-day-du/"})["page"]
    assert page["pageType"] == "ArticlePage" and page["author"] == "Hải Nguyễn"
    assert page["publishedOn"] == timezone.localdate().isoformat()
    assert {t["slug"] for t in page["topics"]} == {"tien-luong", "bao-hiem-xa-hoi"}
    assert {t["slug"] for t in page["tags"]} == {"luong-toi-thieu", "2026"}
    cover = page["coverImage"]
    assert cover["rendition"]["url"].startswith("http://a.test/media/test_a/")
    assert ".fill-640x360." in cover["rendition"]["url"] and cover["srcSet"].endswith("w")
    types = [block["__typename"] for block in page["body"]]
    assert types == [
        "HeadingBlock",
        "ParagraphBlock",
        "ImageBlock",
        "ImageBlock",
        "QuoteBlock",
        "EmbedBlock",
        "DocumentLinkBlock",
        "FactBoxBlock",
        "CallToActionBlock",
        "TableBlock",
    ]
    blocks = {block["__typename"]: block for block in page["body"]}
    paragraph = blocks["ParagraphBlock"]["html"]
    assert 'href="/bai-lien-quan/"' in paragraph and 'data-page-type="ArticlePage"' in paragraph
    assert 'href="http://a.test/documents/' in paragraph and "linktype" not in paragraph
    assert blocks["HeadingBlock"] == {**blocks["HeadingBlock"], "text": "Quyền lợi", "level": 2}
    assert blocks["ImageBlock"]["alt"] == "Ảnh 1" and blocks["ImageBlock"]["image"]["title"]
    assert blocks["EmbedBlock"]["provider"] == "youtube.com"
    assert blocks["DocumentLinkBlock"]["label"].startswith("Kế hoạch")
    assert blocks["DocumentLinkBlock"]["officialDocument"]["documentNumber"].endswith("/KH-CĐN")
    assert blocks["CallToActionBlock"]["page"] == {
        "title": "Bài liên quan",
        "urlPath": "/bai-lien-quan/",
    }
    assert blocks["TableBlock"]["rows"] == [
        {"cells": ["Vùng", "Mức lương"]},
        {"cells": ["I", "4.960.000"]},
    ]


def test_blocks_never_reveal_hidden_targets(tenant_a, client_for):
    with schema_context(tenant_a.schema_name):
        draft = add_page(title="Bản nháp bí mật", state="draft", slug="nhap-bi-mat")
        article = make_full_article("Bài trỏ tới nháp", images=0, linked_page=draft)
        hidden = private_image()
        article.body = [
            *article.body.raw_data,
            {"type": "image", "value": {"image": hidden.pk, "caption": "", "alt": ""}},
        ]
        publish(article)
    page = gql(client_for(tenant_a), ARTICLE, {"path": "/bai-tro-toi-nhap/"})["page"]
    text = str(page)
    assert "Bản nháp bí mật" not in text and "nhap-bi-mat" not in text
    assert "Ảnh nội bộ" not in text
    blocks = {block["__typename"]: block for block in page["body"]}
    assert blocks["CallToActionBlock"]["page"] is None
    assert "<a>bài liên quan</a>" in blocks["ParagraphBlock"]["html"]
    assert page["body"][-1] == {
        "__typename": "ImageBlock",
        "id": page["body"][-1]["id"],
        "alt": "",
        "caption": "",
        "image": None,
    }


TYPES = """
query ($id: ID!) {
  page(id: $id) {
    pageType title
    ... on HomePage { address featuredItems { label page { title } } heroImage { title } }
    ... on SectionPage { intro topic { slug } coverImage { title } }
    ... on PolicyPage {
      policyArea policyAreaLabel relatedDocuments { documentNumber } topics { slug }
    }
    ... on DocumentPage { documentNumber documentType documentTypeLabel status statusLabel
                          signedOn file { title } supersededBy { documentNumber } }
    ... on CampaignPage { kind kindLabel startDate endDate hashtag keyMessages }
    ... on EventPage { startAt attendanceMode venues { name } }
    ... on QuestionPage { question answer topic { slug } legalDocuments { documentNumber } }
    ... on GalleryPage { photographer images { caption image { title } } }
    ... on VideoPage { videoUrl durationSeconds thumbnail { title } }
    ... on InfographicPage { image { title } textAlternative }
    ... on ModelStoryPage { personName portrait { title } }
    ... on FormPage { isClosed formFields { name label fieldType required choices } }
  }
}
"""


@pytest.fixture
def every_type(tenant_a):
    with schema_context(tenant_a.schema_name):
        home = home_page()
        wages, insurance = topics("Tiền lương", "Bảo hiểm xã hội")
        section = child(home, SectionPage(title="Chính sách", intro="Các chính sách", topic=wages))
        old = make_official_document("12/HD-TLĐ", parent=section, document_type="guidance")
        new = make_official_document(
            "64/HD-TLĐ", parent=section, document_type="guidance", file=make_document("HD 64")
        )
        old.superseded_by, old.status = new, "superseded"
        publish(old)
        policy = PolicyPage(title="Lương tối thiểu", policy_area="wages")
        section.add_child(instance=policy)
        policy.related_documents.set([new])
        policy.topics.set([wages])
        publish(policy)
        campaign = CampaignPage(
            title="Tết Sum vầy 2026",
            kind="tet_sum_vay",
            start_date=datetime.date(2026, 1, 5),
            end_date=datetime.date(2026, 2, 20),
            hashtag="#TetSumVay2026",
        )
        campaign.key_messages = [CampaignKeyMessage(text="Không để đoàn viên nào thiếu Tết")]
        child(home, campaign)
        event = EventPage(
            title="Hội nghị điểm cầu",
            start_at=timezone.now() + datetime.timedelta(days=5),
            attendance_mode="hybrid",
            online_url="https://meet.example.vn/hn",
            place_name="Hội trường",
        )
        event.venues = [EventVenue(name="Điểm cầu Hà Nội")]
        child(campaign, event)
        question = QuestionPage(
            title="Nghỉ Tết có được trả lương?",
            question="Nghỉ Tết có được trả lương không?",
            answer=f'<p>Có, theo <a linktype="page" id="{new.pk}">hướng dẫn</a>.</p>',
            topic=insurance,
        )
        section.add_child(instance=question)
        question.legal_documents.set([new])
        publish(question)
        gallery = GalleryPage(title="Ảnh Đại hội", photographer="Hải Nguyễn")
        gallery.gallery_images = [
            GalleryImage(image=make_image("Khai mạc"), caption="Khai mạc"),
            GalleryImage(image=private_image("Hậu trường"), caption="Hậu trường"),
        ]
        child(home, gallery)
        video = child(
            home,
            VideoPage(
                title="Video",
                video_url="https://www.youtube.com/watch?v=x",
                duration_seconds=90,
                thumbnail=private_image("Ảnh video"),
            ),
        )
        infographic = child(
            home,
            InfographicPage(
                title="Đồ họa", image=make_image("Đồ họa"), text_alternative="<p>Số liệu</p>"
            ),
        )
        story = child(
            home, ModelStoryPage(title="Gương sáng", person_name="Chị Lan", portrait=make_image())
        )
        form = FormPage(title="Khảo sát", closes_at=timezone.now() - datetime.timedelta(days=1))
        form.form_fields = [
            FormField(label="Họ tên", field_type="singleline", required=True),
            FormField(label="Ca làm", field_type="dropdown", choices="Sáng\nChiều"),
        ]
        child(home, form)
        home.featured_items.create(page=policy, label="Tiêu điểm")
        home.featured_items.create(page=add_page(title="Nháp", state="draft"), label="Ẩn")
        publish(home)
        return {
            name: page
            for name, page in locals().items()
            if name
            in {
                "home",
                "section",
                "old",
                "policy",
                "campaign",
                "event",
                "question",
                "gallery",
                "video",
                "infographic",
                "story",
                "form",
            }
        }


def test_every_page_type(every_type, tenant_a, client_for):
    client = client_for(tenant_a)

    def get(name):
        return gql(client, TYPES, {"id": str(every_type[name].pk)})["page"]

    home = get("home")
    assert home["pageType"] == "HomePage"
    assert home["featuredItems"] == [{"label": "Tiêu điểm", "page": {"title": "Lương tối thiểu"}}]
    assert get("section")["topic"] == {"slug": "tien-luong"}
    policy = get("policy")
    assert policy["policyArea"] == "WAGES" and policy["policyAreaLabel"] == "Tiền lương"
    assert policy["relatedDocuments"] == [{"documentNumber": "64/HD-TLĐ"}]
    old = get("old")
    assert old["documentType"] == "GUIDANCE" and old["documentTypeLabel"] == "Hướng dẫn (HD)"
    assert old["status"] == "SUPERSEDED" and old["supersededBy"] == {"documentNumber": "64/HD-TLĐ"}
    campaign = get("campaign")
    assert campaign["kind"] == "TET_SUM_VAY" and campaign["keyMessages"] == [
        "Không để đoàn viên nào thiếu Tết"
    ]
    event = get("event")
    assert event["attendanceMode"] == "HYBRID" and event["venues"] == [{"name": "Điểm cầu Hà Nội"}]
    question = get("question")
    assert question["topic"] == {"slug": "bao-hiem-xa-hoi"}
    assert (
        'href="/chinh-sach/64hd-tld/"' in question["answer"] or "data-page-id" in question["answer"]
    )
    gallery = get("gallery")
    assert [i["caption"] for i in gallery["images"]] == ["Khai mạc"]
    assert get("video")["thumbnail"] is None
    assert get("infographic")["textAlternative"] == "<p>Số liệu</p>"
    assert get("story")["personName"] == "Chị Lan"
    form = get("form")
    assert form["isClosed"] is True
    assert form["formFields"][1]["choices"] == ["Sáng", "Chiều"]


def list_titles(data, name):
    return [edge["node"]["title"] for edge in data[name]["edges"]]


def test_typed_lists_filter_and_order(every_type, tenant_a, client_for):
    client = client_for(tenant_a)
    with schema_context(tenant_a.schema_name):
        campaign = every_type["campaign"]
        for day, title in ((3, "Tin ngày 3"), (10, "Tin ngày 10"), (20, "Tin ngày 20")):
            make_full_article(
                title,
                images=0,
                parent=campaign if day != 20 else None,
                published_on=datetime.date(2026, 1, day),
            )
    query = """
    query ($f: ArticleFilter, $o: ContentOrder!) {
      articles(filters: $f, order: $o, first: 10) { totalCount edges { node { title } } }
    }"""
    newest = gql(client, query, {"o": "NEWEST"})
    assert list_titles(newest, "articles")[:3] == ["Tin ngày 20", "Tin ngày 10", "Tin ngày 3"]
    by_campaign = gql(client, query, {"o": "OLDEST", "f": {"campaign": str(campaign.pk)}})
    assert list_titles(by_campaign, "articles") == ["Tin ngày 3", "Tin ngày 10"]
    window = {"publishedOnFrom": "2026-01-04", "publishedOnTo": "2026-01-20"}
    ranged = gql(client, query, {"o": "OLDEST", "f": window})
    assert list_titles(ranged, "articles") == ["Tin ngày 10", "Tin ngày 20"]
    tagged = gql(
        client, query, {"o": "TITLE", "f": {"tag": "luong-toi-thieu", "topic": "tien-luong"}}
    )
    assert tagged["articles"]["totalCount"] >= 3
    none = gql(client, query, {"o": "TITLE", "f": {"topic": "khong-co"}})
    assert none["articles"]["totalCount"] == 0

    documents = """
    query ($f: DocumentFilter) {
      officialDocuments(filters: $f, first: 10) { edges { node { title documentNumber } } }
    }"""
    found = gql(client, documents, {"f": {"number": " 64 / hd-tlđ "}})
    assert [e["node"]["documentNumber"] for e in found["officialDocuments"]["edges"]] == [
        "64/HD-TLĐ"
    ]
    superseded = gql(client, documents, {"f": {"status": "SUPERSEDED", "documentType": "GUIDANCE"}})
    assert [e["node"]["documentNumber"] for e in superseded["officialDocuments"]["edges"]] == [
        "12/HD-TLĐ"
    ]
    events = gql(client, "{ events(filters: {upcoming: true}) { totalCount } }")
    assert events["events"]["totalCount"] == 1
    campaigns = gql(
        client,
        '{ campaigns(filters: {activeOn: "2026-02-01", kind: TET_SUM_VAY}) { totalCount } }',
    )
    assert campaigns["campaigns"]["totalCount"] == 1
    questions = gql(client, '{ questions(filters: {topic: "bao-hiem-xa-hoi"}) { totalCount } }')
    assert questions["questions"]["totalCount"] == 1


def test_bad_enum_values_get_no_suggestions(tenant_a, client_for):
    body = post(client_for(tenant_a), "{ campaigns(filters: {kind: TET_SUM}) { totalCount } }")
    text = body.content.decode()
    assert "errors" in body.json() and "Did you mean" not in text
    body = post(client_for(tenant_a), "{ articles(orderr: NEWEST) { totalCount } }")
    assert "Did you mean" not in body.content.decode()


SEARCH = """
query ($q: String!, $types: [String!]) {
  search(query: $q, types: $types, first: 10) {
    totalCount edges { node { title pageType urlPath } }
  }
}
"""


def test_search_is_accent_insensitive_and_public_only(tenant_a, client_for):
    with schema_context(tenant_a.schema_name):
        make_full_article("Công đoàn hỗ trợ đoàn viên khó khăn", images=0)
        make_full_article("Cong doan khong dau", images=0)
        add_page(title="Công đoàn nháp", state="draft")
        restricted = make_full_article("Công đoàn nội bộ", images=0)
        from wagtail.models import PageViewRestriction

        PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    client = client_for(tenant_a)
    data = gql(client, SEARCH, {"q": "cong doan"})["search"]
    titles = [edge["node"]["title"] for edge in data["edges"]]
    assert "Công đoàn hỗ trợ đoàn viên khó khăn" in titles
    assert "Công đoàn nháp" not in titles and "Công đoàn nội bộ" not in titles
    exact = gql(client, SEARCH, {"q": "Công đoàn"})["search"]
    assert exact["edges"][0]["node"]["title"] != "Cong doan khong dau"
    typed = gql(client, SEARCH, {"q": "cong doan", "types": ["DocumentPage"]})["search"]
    assert typed["totalCount"] >= 1  # their issuing body is "Công đoàn ngành Công Thương"
    assert {edge["node"]["pageType"] for edge in typed["edges"]} == {"DocumentPage"}
    assert gql(client, SEARCH, {"q": "cong doan", "types": ["VideoPage"]})["search"]["edges"] == []
    assert "từ khóa" in gql_errors(client, SEARCH, {"q": "  "})[0]


def test_topics_menus_and_site_settings(tenant_a, client_for):
    with schema_context(tenant_a.schema_name):
        article = make_full_article("Trong menu", images=0)
        draft = add_page(title="Menu nháp", state="draft")
        menu = Menu.objects.create(name="Menu chính", slug="menu-chinh", location="header")
        MenuItem.objects.create(menu=menu, page=article, sort_order=1)
        MenuItem.objects.create(menu=menu, page=draft, label="Ẩn", sort_order=2)
        MenuItem.objects.create(
            menu=menu, url="https://congdoan.vn", label="Tổng Liên đoàn", sort_order=3
        )
        settings = SiteSettings.for_site(home_page().get_site())
        settings.hotline = "1900 1234"
        settings.logo = make_image("Logo")
        settings.save()
    client = client_for(tenant_a)
    data = gql(
        client,
        """{
          menu(slug: "menu-chinh") { name location
            items { label url openInNewTab page { title urlPath } } }
          byLocation: menu(location: HEADER) { slug }
          topics { slug }
          topic(slug: "tien-luong") { name }
          site { name rootPageId home { title pageType }
                 settings { hotline logo { rendition(size: SQUARE) { url } } } }
        }""",
    )
    items = data["menu"]["items"]
    assert [i["label"] for i in items] == ["Trong menu", "Tổng Liên đoàn"]
    assert (
        items[0]["page"]["urlPath"] == "/trong-menu/" and items[1]["url"] == "https://congdoan.vn"
    )
    assert data["byLocation"]["slug"] == "menu-chinh" and data["menu"]["location"] == "HEADER"
    assert "tien-luong" in [t["slug"] for t in data["topics"]]
    assert data["topic"]["name"] == "Tiền lương"
    assert data["site"]["home"]["pageType"] == "HomePage"
    assert data["site"]["settings"]["hotline"] == "1900 1234"
    assert data["site"]["settings"]["logo"]["rendition"]["url"].endswith(".webp")
    assert "đúng một" in gql_errors(client, "{ menu { slug } }")[0]


def test_renditions_are_created_once_and_then_prefetched(tenant_a, client_for):
    with schema_context(tenant_a.schema_name):
        image = make_image("Một lần")
    client = client_for(tenant_a)
    query = "query ($id: ID!) { image(id: $id) { rendition(size: HERO) { url } } }"
    with statements() as created:
        first = gql(client, query, {"id": str(image.pk)})
    assert len(created.starting('INSERT INTO "wagtailimages_rendition"')) == 1
    connection.set_schema_to_public()
    with statements() as sql:
        second = gql(client, query, {"id": str(image.pk)})
    assert first == second
    assert sql.starting("INSERT") == []
    # Prefetched: the rendition rides in the image's statement, with no statement of its own.
    [image_statement] = sql.mentioning('FROM "wagtailimages_image"')
    assert sql.mentioning("wagtailimages_rendition") == [image_statement]
    with schema_context(tenant_a.schema_name):
        assert Image.get_rendition_model().objects.filter(image=image).count() == 1
