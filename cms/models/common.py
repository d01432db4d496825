"""What the page families share: the tree rules and the fields several of them declare.

Tree rules (``parent_page_types`` / ``subpage_types``)::

    (root) ─ HomePage ─┬─ HomePage (hosted microsite)
                       ├─ SectionPage ─ SectionPage, CampaignPage, any content page
                       ├─ CampaignPage ─ ArticlePage, EventPage, GalleryPage, VideoPage,
                       │                 InfographicPage, ModelStoryPage, FormPage
                       └─ any content page (leaf)
"""

from django import forms
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from cms.blocks import body_blocks

HOME = "cms.HomePage"
SECTION = "cms.SectionPage"
CAMPAIGN = "cms.CampaignPage"
LEAF_PARENTS = [HOME, SECTION]
CAMPAIGN_PARENTS = [HOME, SECTION, CAMPAIGN]
CONTENT_TYPES = [
    "cms.ArticlePage",
    "cms.PolicyPage",
    "cms.DocumentPage",
    "cms.EventPage",
    "cms.QuestionPage",
    "cms.GalleryPage",
    "cms.VideoPage",
    "cms.InfographicPage",
    "cms.ModelStoryPage",
    "cms.FormPage",
]
CAMPAIGN_CHILDREN = [
    "cms.ArticlePage",
    "cms.EventPage",
    "cms.GalleryPage",
    "cms.VideoPage",
    "cms.InfographicPage",
    "cms.ModelStoryPage",
    "cms.FormPage",
]


def image_fk(verbose_name: str, help_text: str = "", required: bool = False):
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=not required,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


def topics_field():
    return ParentalManyToManyField(
        "cms.Topic",
        verbose_name="chủ đề",
        blank=True,
        related_name="+",
        help_text="Những mối quan tâm của người lao động mà nội dung này đề cập.",
    )


def body_stream(verbose_name="nội dung", blank=True):
    return StreamField(
        body_blocks(),
        verbose_name=verbose_name,
        blank=blank,
        help_text="Đoạn văn, ảnh, trích dẫn, video, văn bản, hộp thông tin, bảng…",
    )


TOPICS_PANEL = FieldPanel("topics", widget=forms.CheckboxSelectMultiple)
