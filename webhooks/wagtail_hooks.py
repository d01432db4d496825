"""Cài đặt → Webhook in each tenant's admin (its admins only)."""

from django.contrib.auth.models import Permission
from django.urls import path
from wagtail import hooks
from wagtail.admin.ui.tables import Column, TitleColumn, UpdatedAtColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from webhooks import views
from webhooks.forms import EndpointForm
from webhooks.models import Endpoint

register_permission_policy(Endpoint, views.EndpointPermissionPolicy(Endpoint), exact_class=True)


class StatusColumn(Column):
    def get_value(self, instance):
        if instance.enabled:
            return "Đang bật"
        if instance.disabled_reason:
            return f"Đã tự động tắt: {instance.disabled_reason}"
        return "Đang tắt"


class EndpointViewSet(ModelViewSet):
    model = Endpoint
    name = "webhooks_endpoint"
    url_prefix = "webhook"
    icon = "link-external"
    menu_label = "Webhook"
    add_to_settings_menu = True
    menu_order = 900
    copy_view_enabled = False
    # Endpoints live in the public schema, which has no reference index table.
    add_to_reference_index = False
    inspect_view_enabled = False
    index_view_class = views.IndexView
    add_view_class = views.CreateView
    edit_view_class = views.EditView
    delete_view_class = views.DeleteView
    history_view_class = views.HistoryView
    usage_view_class = views.UsageView
    list_display = [
        TitleColumn("__str__", label="Điểm nhận", url_name="webhooks_endpoint:edit"),
        Column("url", label="Địa chỉ nhận"),
        StatusColumn("status", label="Trạng thái"),
        UpdatedAtColumn(),
    ]
    list_filter = []

    def get_form_class(self, for_update=False):
        return EndpointForm

    def get_permissions_to_register(self):
        return Permission.objects.none()

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("log/<int:pk>/", views.delivery_log, name="log"),
            path("log/<int:pk>/gui-lai/<int:delivery_pk>/", views.replay, name="replay"),
            path("rotate/<int:pk>/", views.rotate_secret, name="rotate"),
        ]


@hooks.register("register_admin_viewset")
def register_viewset():
    return EndpointViewSet()
