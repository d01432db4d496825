"""The tenant URLconf plus Wagtail's REST API v2 (``/api/v2/``) and the hand-written SQL
floor (``/floor/…``), for the benchmark only. The article fields the REST API serves are
declared here (``api_fields``) so that the project's models stay API-agnostic."""

from django.conf import settings
from django.urls import path
from rest_framework import serializers
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.fields import ImageRenditionField

from bench import floor
from cms.models import ArticlePage
from congdoan.urls_tenant import urlpatterns as tenant_urlpatterns


class TopicsField(serializers.Field):
    def to_representation(self, value):
        return [{"name": topic.name, "slug": topic.slug} for topic in value.all()]


class TagsField(serializers.Field):
    def to_representation(self, value):
        return [{"name": tag.name} for tag in value.all()]


ArticlePage.api_fields = [
    APIField("standfirst"),
    APIField("author"),
    APIField("published_on"),
    APIField("reading_minutes"),
    APIField(
        "cover_card",
        serializer=ImageRenditionField(settings.CMS_RENDITIONS["card"], source="cover_image"),
    ),
    APIField("topics", serializer=TopicsField()),
    APIField("tags", serializer=TagsField()),
    APIField("body"),
]

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [
    path("api/v2/", api_router.urls),
    path("floor/feed/", floor.feed_view),
    path("floor/detail/", floor.detail_view),
    path("floor/search/", floor.search_view),
    *tenant_urlpatterns,
]
