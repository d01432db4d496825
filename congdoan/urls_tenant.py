"""URLs of a tenant's host: the Wagtail admin and (headless) page serving."""

from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.serve import serve_media
from delivery import views as delivery
from graphql_api.views import graphql_view

graphql = graphql_view()

urlpatterns = [
    path("graphql/", graphql, name="graphql"),
    # A registered query by its SHA-256 (docs/caching.md): the cacheable read path.
    path("graphql/persisted/<str:sha256>/", graphql, name="graphql-persisted"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Every setting, DEBUG or not: no file under MEDIA_ROOT is served without this check
    # (cms/serve.py). Production web servers must not serve MEDIA_ROOT themselves.
    re_path(r"^media/(?P<schema>[\w-]+)/(?P<path>.+)$", serve_media, name="media"),
    # Feeds and sitemaps (docs/feeds.md): RSS, Atom and JSON Feed of the tenant, of an
    # organisation publishing here and of a topic; the sitemap index and its files.
    re_path(r"^feeds/(?P<fmt>rss\.xml|atom\.xml|feed\.json)$", delivery.tenant_feed, name="feed"),
    re_path(
        r"^feeds/org/(?P<code>[^/]{1,64})/(?P<fmt>rss\.xml|atom\.xml|feed\.json)$",
        delivery.org_feed,
        name="feed-org",
    ),
    re_path(
        r"^feeds/topic/(?P<slug>[^/]{1,200})/(?P<fmt>rss\.xml|atom\.xml|feed\.json)$",
        delivery.topic_feed,
        name="feed-topic",
    ),
    path("sitemap.xml", delivery.sitemap_index, name="sitemap-index"),
    path("sitemaps/<int:number>.xml", delivery.sitemap_file, name="sitemap"),
    # Workers' voice: the question form and "follow my case" pages (voice/urls.py).
    path("", include("voice.urls")),
    path("", include(wagtail_urls)),
]
