"""Public pages of the workers' voice on every tenant and microsite host (the form, follow a
case by its code). Included by the tenant URL configuration (voice/views.py)."""

from django.urls import path, re_path

from voice import views

urlpatterns = [
    path("y-kien/", views.submit, name="voice-submit"),
    path("y-kien/theo-doi/", views.follow, name="voice-follow"),
    path("y-kien/goi-y/", views.suggestions, name="voice-suggestions"),
    re_path(r"^y-kien/da-gui/(?P<token>[\w-]{10,64})/$", views.submitted, name="voice-submitted"),
    re_path(r"^y-kien/(?P<code>[^/]{1,32})/$", views.submit, name="voice-submit-org"),
]
