from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from jobs import views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("cong-viec-nen/", views.job_index, name="jobs_index"),
        path("cong-viec-nen/chay-lai/", views.job_replay, name="jobs_replay"),
        path("cong-viec-nen/<int:pk>/", views.job_detail, name="jobs_detail"),
    ]


class OperatorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return OperatorMenuItem("Công việc nền", reverse("jobs_index"), icon_name="cogs", order=1100)
