"""URLs of the benchmark's wagtail-grapple server: grapple's GraphQL view only."""

from django.urls import include, path
from grapple import urls as grapple_urls

urlpatterns = [path("grapple/", include(grapple_urls))]
