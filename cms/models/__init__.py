"""The union content model: page types, snippets and site settings of a tenant's Wagtail.

One module per page family (``navigation``, ``articles``, ``documents``, ``campaigns``,
``events``, ``questions``, ``media``, ``stories``, ``forms``), what they share in
``common`` (tree rules, shared fields) and ``base``; every model is re-exported here, as
Wagtail's own ``wagtail.models`` does.
"""

from cms.models.base import (
    BasePage,
    SafeRichTextField,
    VietnameseFormPageForm,
    VietnamesePageForm,
    browser_rendering_of,
)

# Page families, imported in the order their models were first defined (Wagtail lists page
# types in registration order).
# isort: off
from cms.models.navigation import HomeFeaturedItem, HomePage, SectionPage
from cms.models.articles import ArticlePage, ArticlePageTag, PolicyPage
from cms.models.documents import DocumentPage
from cms.models.campaigns import CampaignKeyMessage, CampaignPage
from cms.models.events import EventPage, EventVenue
from cms.models.questions import QuestionPage
from cms.models.media import GalleryImage, GalleryPage, InfographicPage, VideoPage
from cms.models.stories import ModelStoryPage
from cms.models.forms import FormField, FormPage

# isort: on
from cms.models.site_settings import SiteSettings
from cms.models.snippets import Menu, MenuItem, Topic

__all__ = [
    "ArticlePage",
    "ArticlePageTag",
    "BasePage",
    "CampaignKeyMessage",
    "CampaignPage",
    "DocumentPage",
    "EventPage",
    "EventVenue",
    "FormField",
    "FormPage",
    "GalleryImage",
    "GalleryPage",
    "HomeFeaturedItem",
    "HomePage",
    "InfographicPage",
    "Menu",
    "MenuItem",
    "ModelStoryPage",
    "PolicyPage",
    "QuestionPage",
    "SafeRichTextField",
    "SectionPage",
    "SiteSettings",
    "Topic",
    "VideoPage",
    "VietnameseFormPageForm",
    "VietnamesePageForm",
    "browser_rendering_of",
]
