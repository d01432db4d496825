"""The tenant URLconf plus the practical floor of a cached read: a plain Django view that
returns bytes kept in Redis (one GET), behind the same middleware as the API."""

import redis
from django.conf import settings
from django.http import HttpResponse
from django.urls import path

from congdoan.urls_tenant import urlpatterns as tenant_urlpatterns

_client = None


def cached_bytes(request):
    global _client
    if _client is None:
        _client = redis.Redis.from_url(settings.RESPONSE_CACHE_URL or settings.REDIS_URL)
    return HttpResponse(_client.get("bench:floor"), content_type="application/json")


urlpatterns = [path("floor/cached/", cached_bytes), *tenant_urlpatterns]
