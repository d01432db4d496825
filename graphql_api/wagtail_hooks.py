"""Admin integration: the "Xem trước trên trang web" action on every page's edit view."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from graphql_api.admin_views import frontend_preview
from graphql_api.models import ApiSettings

LABEL = "Xem trước trên trang web"


def preview_configured() -> bool:
    """The action is only offered once the tenant has a frontend preview address: before
    that it could only send the editor to a settings screen they may not open."""
    return bool(ApiSettings.load().frontend_preview_url)


@hooks.register("register_admin_urls")
def register_preview_url():
    return [
        path("xem-truoc-web/<int:page_id>/", frontend_preview, name="congdoan_frontend_preview")
    ]


class FrontendPreviewMenuItem(ActionMenuItem):
    """Footer action (link): opens the frontend's preview of the last saved revision."""

    label = LABEL
    name = "action-frontend-preview"
    icon_name = "view"
    order = 5

    def is_shown(self, context):
        if context["view"] != "edit":
            return False
        tester = self.get_user_page_permissions_tester(context)
        return (tester.can_edit() or tester.can_publish()) and preview_configured()

    def get_url(self, parent_context):
        return reverse("congdoan_frontend_preview", args=[parent_context["page"].pk])


@hooks.register("register_page_action_menu_item")
def register_frontend_preview_menu_item():
    return FrontendPreviewMenuItem()


class FrontendPreviewHeaderButton(PageMenuItem):
    label = LABEL
    icon_name = "view"
    priority = 12

    def is_shown(self, user):
        tester = self.page.permissions_for_user(user)
        return (tester.can_edit() or tester.can_publish()) and preview_configured()

    @property
    def url(self):
        return reverse("congdoan_frontend_preview", args=[self.page.pk])


@hooks.register("register_page_header_buttons")
def frontend_preview_header_button(page, user, view_name, next_url=None):
    yield FrontendPreviewHeaderButton(page=page)
