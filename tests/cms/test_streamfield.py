"""The one StreamField walker and the one page-field mapping (``cms.streamfield``,
``cms.page_fields``)."""

from __future__ import annotations

from types import SimpleNamespace

from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page
from wagtail.snippets.blocks import SnippetChooserBlock

from cms import page_fields, streamfield
from cms.blocks import body_blocks
from cms.models import Topic


def _stream():
    return blocks.StreamBlock(
        [
            ("text", blocks.RichTextBlock()),
            ("heading", blocks.CharBlock()),
            (
                "figure",
                blocks.StructBlock(
                    [
                        ("image", ImageChooserBlock()),
                        ("caption", blocks.RichTextBlock()),
                        ("topic", SnippetChooserBlock(Topic)),
                    ]
                ),
            ),
            ("pages", blocks.ListBlock(blocks.PageChooserBlock())),
            (
                "nested",
                blocks.StreamBlock(
                    [("document", DocumentChooserBlock()), ("note", blocks.TextBlock())]
                ),
            ),
        ]
    )


RAW = [
    {"type": "text", "value": "<p>a</p>", "id": "1"},
    {"type": "heading", "value": "Tiêu đề", "id": "2"},
    {
        "type": "figure",
        "value": {"image": 7, "caption": "<p>c</p>", "topic": 3, "gone": 1},
        "id": "3",
    },
    {"type": "pages", "value": [{"type": "item", "value": 11, "id": "x"}, 12], "id": "4"},
    {"type": "nested", "value": [{"type": "document", "value": 5}, {"type": "note", "value": "n"}]},
    {"type": "removed", "value": {"image": 99}},
    {"type": "figure", "value": {"image": None, "caption": "", "topic": None}},
]


def test_walk_visits_every_reference_and_rich_text_once_and_rebuilds_the_json():
    seen = []

    def visit(kind, value, model):
        seen.append((kind, value, model))
        return f"{kind}:{value}"

    out = streamfield.walk(_stream(), RAW, visit)

    assert seen == [
        ("richtext", "<p>a</p>", None),
        ("image", 7, get_image_model()),
        ("richtext", "<p>c</p>", None),
        ("snippet", 3, Topic),
        ("page", 11, Page),
        ("page", 12, Page),
        ("document", 5, get_document_model()),
        ("richtext", "", None),
    ]
    assert out == [
        {"type": "text", "value": "richtext:<p>a</p>", "id": "1"},
        {"type": "heading", "value": "Tiêu đề", "id": "2"},
        {
            "type": "figure",
            "value": {
                "image": "image:7",
                "caption": "richtext:<p>c</p>",
                "topic": "snippet:3",
                "gone": 1,
            },
            "id": "3",
        },
        {
            "type": "pages",
            "value": [{"type": "item", "value": "page:11", "id": "x"}, "page:12"],
            "id": "4",
        },
        {
            "type": "nested",
            "value": [{"type": "document", "value": "document:5"}, {"type": "note", "value": "n"}],
        },
        {"type": "removed", "value": {"image": 99}},
        {"type": "figure", "value": {"image": None, "caption": "richtext:", "topic": None}},
    ]


def test_map_rich_text_changes_rich_text_only():
    out = streamfield.map_rich_text(_stream(), RAW[:3], str.upper)
    assert out == [
        {"type": "text", "value": "<P>A</P>", "id": "1"},
        {"type": "heading", "value": "Tiêu đề", "id": "2"},
        {
            "type": "figure",
            "value": {"image": 7, "caption": "<P>C</P>", "topic": 3, "gone": 1},
            "id": "3",
        },
    ]


def test_holds_reference_looks_inside_structs_lists_and_streams():
    stream = _stream()
    held = {name: streamfield.holds_reference(b) for name, b in stream.child_blocks.items()}
    assert held == {"text": False, "heading": False, "figure": True, "pages": True, "nested": True}


def test_reference_free_blocks_keeps_what_the_receiver_can_hold():
    body = blocks.StreamBlock(body_blocks())
    raw = [
        {"type": "paragraph", "value": "<p>x</p>", "id": "1"},
        {"type": "image", "value": {"image": 4}, "id": "2"},
        {"type": "unknown", "value": "y"},
        "stray",
    ]
    assert streamfield.reference_free_blocks(raw, body) == [
        {"type": "paragraph", "value": "<p>x</p>"}
    ]
    assert streamfield.reference_free_blocks("<p>h</p>", body) == [
        {"type": "paragraph", "value": "<p>h</p>"}
    ]


def test_strings_reads_values_not_types_or_ids():
    assert streamfield.strings(RAW[:4]) == ["<p>a</p>", "Tiêu đề", "<p>c</p>"]


def test_page_fields_first_non_empty_of_the_page_types_names():
    article = SimpleNamespace(
        standfirst="Sa-pô", intro="x", cover_image=None, image="img", body="b"
    )
    campaign = SimpleNamespace(intro="Giới thiệu")
    assert page_fields.summary(article) == "Sa-pô"
    assert page_fields.summary(campaign) == "Giới thiệu"
    assert page_fields.summary(SimpleNamespace(standfirst="")) is None
    assert page_fields.cover_image(article) == "img"
    assert page_fields.body(article) == "b"
    content = {"standfirst": "", "intro": "<p>i</p>", "cover_image": None, "image": 9, "body": "[]"}
    assert page_fields.summary(content) == "<p>i</p>"
    assert page_fields.cover_image_id(content) == 9
    assert page_fields.cover_image_id({"cover_image": "9"}) is None
    assert page_fields.body(content) == "[]"


def test_fill_gives_a_new_page_the_summary_and_the_reference_free_blocks(tenant_a):
    from django_tenants.utils import schema_context

    with schema_context(tenant_a.schema_name):  # a page instance reads the default locale
        _fill_pages()


def _fill_pages():
    from cms.models import ArticlePage, GalleryPage

    body = [
        {"type": "paragraph", "value": "<p>Đoạn một.</p>", "id": "a"},
        {"type": "image", "value": {"image": 4, "caption": "", "credit": "", "alt": ""}},
        {"type": "heading", "value": {"text": "Mục", "level": "h2"}, "id": "b"},
    ]
    article = ArticlePage(title="Bài")
    page_fields.fill(article, summary_text="Sa-pô", body_value=body, body_text="ignored")
    assert article.standfirst == "Sa-pô"
    assert article.body.get_prep_value() == [
        {"type": "paragraph", "value": "<p>Đoạn một.</p>", "id": article.body[0].id},
        {"type": "heading", "value": {"text": "Mục", "level": "h2"}, "id": article.body[1].id},
    ]

    gallery = GalleryPage(title="Ảnh")
    page_fields.fill(gallery, summary_text="Giới thiệu", body_value=body)
    assert gallery.intro == "Giới thiệu"
    assert page_fields.summary_field(GalleryPage).name == "intro"
    assert page_fields.body_field(GalleryPage) is None
