"""URLs of the public host: the platform admin and a directory of tenants."""

from django.contrib import admin
from django.urls import path

from tenants.views import tenant_directory

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("", tenant_directory, name="tenant-directory"),
]
