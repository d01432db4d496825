"""The tenant URLconf plus Wagtail's REST API v2 (``/api/v2/``) and the hand-written floor
(``/floor/…``), for the benchmark only. Each is served by its own gunicorn worker in the
benchmark; the URLconf is shared so that every worker runs the same middleware.

The REST API gets the configuration a Wagtail developer would write for this listing: the
article fields declared as ``api_fields`` and a ``get_queryset`` that prefetches what those
fields read (cover image and its rendition, topics, tags), so its statements do not grow
with the page size."""

from django.conf import settings
from django.db.models import Prefetch
from django.urls import path
from rest_framework import serializers
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.models import Image
from wagtail.models import Page

from bench import floor
from cms.models import ArticlePage
from congdoan.urls_tenant import urlpatterns as tenant_urlpatterns


class TopicsField(serializers.Field):
    def to_representation(self, value):
        return [{"name": topic.name, "slug": topic.slug} for topic in value.all()]


class TagsField(serializers.Field):
    def to_representation(self, value):
        return [{"name": tag.name} for tag in value.all()]


Page.api_fields = [APIField("url_path")]
ArticlePage.api_fields = [
    APIField("url_path"),
    APIField("standfirst"),
    APIField("author"),
    APIField("published_on"),
    APIField("reading_minutes"),
    APIField(
        "cover_card",
        serializer=ImageRenditionField(settings.CMS_RENDITIONS["card"], source="cover_image"),
    ),
    APIField(
        "cover_hero",
        serializer=ImageRenditionField(settings.CMS_RENDITIONS["hero"], source="cover_image"),
    ),
    APIField("topics", serializer=TopicsField()),
    APIField("tags", serializer=TagsField()),
    APIField("body"),
]


class ArticlesAPIViewSet(PagesAPIViewSet):
    """``get_queryset`` with the prefetching the article fields need."""

    def get_queryset(self):
        queryset = super().get_queryset()
        if queryset.model is not ArticlePage:
            return queryset
        renditions = Image.get_rendition_model().objects.filter(
            filter_spec__in=[settings.CMS_RENDITIONS["card"], settings.CMS_RENDITIONS["hero"]]
        )
        return queryset.select_related("cover_image").prefetch_related(
            Prefetch("cover_image__renditions", queryset=renditions), "topics", "tags"
        )


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", ArticlesAPIViewSet)

urlpatterns = [
    path("api/v2/", api_router.urls),
    path("floor/feed/", floor.feed_view),
    path("floor/detail/", floor.detail_view),
    path("floor/search/", floor.search_view),
    *tenant_urlpatterns,
]
