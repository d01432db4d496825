from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from hierarchy import views
from hierarchy.models import OrgRole


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("to-chuc/", views.org_index, name="hierarchy_org_index"),
        path("to-chuc/chon/", views.org_picker, name="hierarchy_org_picker"),
        path("to-chuc/<int:pk>/", views.org_detail, name="hierarchy_org_detail"),
        path("to-chuc/<int:pk>/<slug:action>/", views.org_action, name="hierarchy_org_action"),
    ]


class OrgTreeMenuItem(MenuItem):
    def is_shown(self, request):
        from tenants.models import TenantRole

        user = request.user
        return (
            user.is_superuser
            or OrgRole.objects.filter(user=user).exists()
            or TenantRole.objects.filter(user=user, tenant__organization__isnull=False).exists()
        )


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return OrgTreeMenuItem(
        "Cây tổ chức", reverse("hierarchy_org_index"), icon_name="site", order=900
    )
