"""Sharing in the Wagtail admin: page editor actions, page header buttons, a menu, the
dashboard panel and the admin URLs."""

from django.db import connection
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button

from sharing import views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("chia-se/trang/<int:page_id>/", views.share_page_view, name="sharing_share_page"),
        path("chia-se/da-chia-se/", views.outbox, name="sharing_outbox"),
        path("chia-se/don-vi/", views.org_picker, name="sharing_org_picker"),
        path("chia-se/<int:pk>/", views.share_detail, name="sharing_share_detail"),
        path("chia-se/<int:pk>/thu-hoi/", views.retract_view, name="sharing_retract"),
        path("chia-se/<int:pk>/dinh-chinh/", views.correct_view, name="sharing_correct"),
        path("chia-se/<int:pk>/tuan-thu/", views.compliance_view, name="sharing_compliance"),
        path("chia-se/nhan/", views.inbox, name="sharing_inbox"),
        path("chia-se/nhan/<int:pk>/", views.inbox_item, name="sharing_inbox_item"),
        path(
            "chia-se/nhan/<int:pk>/<slug:action>/",
            views.inbox_action,
            name="sharing_inbox_action",
        ),
        path("chia-se/de-xuat/", views.proposals, name="sharing_proposals"),
        path("chia-se/de-xuat/<int:pk>/", views.proposal_detail, name="sharing_proposal"),
        path("chia-se/de-xuat/trang/<int:page_id>/", views.propose_view, name="sharing_propose"),
    ]


def _in_tenant() -> bool:
    return connection.schema_name != "public"


class ShareActionMenuItem(ActionMenuItem):
    """ "Chia sẻ xuống cấp dưới" in the page editor's action menu (live pages)."""

    label = "Chia sẻ xuống cấp dưới"
    name = "action-share-down"
    icon_name = "group"
    url_name = "sharing_share_page"

    def is_shown(self, context):
        page = context.get("page")
        return (
            _in_tenant()
            and context["view"] == "edit"
            and page is not None
            and page.live
            and not context.get("locked_for_user")
        )

    def get_url(self, parent_context):
        return reverse(self.url_name, args=[parent_context["page"].pk])


class ProposeActionMenuItem(ShareActionMenuItem):
    label = "Đề xuất lên cấp trên"
    name = "action-propose-up"
    icon_name = "arrow-up"
    url_name = "sharing_propose"


@hooks.register("register_page_action_menu_item")
def register_share_menu_item():
    return ShareActionMenuItem(order=60)


@hooks.register("register_page_action_menu_item")
def register_propose_menu_item():
    return ProposeActionMenuItem(order=61)


@hooks.register("register_page_header_buttons")
def page_header_buttons(page, user, next_url=None, view_name=None):
    if not _in_tenant() or not page.live or page.is_root():
        return []
    return [
        Button(
            "Chia sẻ xuống cấp dưới",
            reverse("sharing_share_page", args=[page.pk]),
            icon_name="group",
            priority=60,
        ),
        Button(
            "Đề xuất lên cấp trên",
            reverse("sharing_propose", args=[page.pk]),
            icon_name="arrow-up",
            priority=61,
        ),
    ]


class TenantMenuItem(MenuItem):
    def is_shown(self, request):
        return _in_tenant() and request.user.is_authenticated


def unread_for(request) -> int:
    """New inbox items for the signed-in account on this tenant (once per request)."""
    if not hasattr(request, "_sharing_unread"):
        from sharing.permissions import active_tenant
        from sharing.seen import unread_total

        tenant = active_tenant()
        user = getattr(request, "user", None)
        request._sharing_unread = (
            unread_total(user, tenant)
            if tenant is not None and user is not None and user.is_authenticated
            else 0
        )
    return request._sharing_unread


def with_badge(label: str, count: int) -> str:
    return f"{label} ({count} mới)" if count else label


class BadgeMixin:
    """The label carries the number of new inbox items ("Nội dung được chia sẻ (3 mới)")."""

    def render_component(self, request):
        component = super().render_component(request)
        count = unread_for(request) if _in_tenant() else 0
        if count:
            component.label = with_badge(component.label, count)
            component.attrs = {**(component.attrs or {}), "data-new-items": str(count)}
        return component


class InboxMenuItem(BadgeMixin, TenantMenuItem):
    pass


class SharingSubmenuItem(BadgeMixin, SubmenuMenuItem):
    pass


@hooks.register("register_admin_menu_item")
def register_menu():
    submenu = Menu(
        items=[
            InboxMenuItem(
                "Nội dung được chia sẻ", reverse("sharing_inbox"), icon_name="download", order=1
            ),
            TenantMenuItem("Đã chia sẻ", reverse("sharing_outbox"), icon_name="upload", order=2),
            TenantMenuItem("Đề xuất", reverse("sharing_proposals"), icon_name="arrow-up", order=3),
        ]
    )
    return SharingSubmenuItem("Chia sẻ nội dung", submenu, icon_name="group", order=850)


class PendingDirectivesPanel(Component):
    """Dashboard: directives still to acknowledge and reminders from upper levels."""

    name = "sharing_pending"
    order = 90
    template_name = "sharing/dashboard_panel.html"

    def __init__(self, rows):
        self.rows = rows

    def get_context_data(self, parent_context):
        return {"rows": self.rows}


class NewItemsPanel(Component):
    """Dashboard: "N nội dung mới được chia sẻ" with a link to the inbox."""

    name = "sharing_new_items"
    order = 80
    template_name = "sharing/new_items_panel.html"

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context):
        return {"count": self.count}


@hooks.register("construct_homepage_panels")
def add_pending_panel(request, panels):
    from sharing.permissions import active_tenant

    tenant = active_tenant()
    if tenant is None:
        return
    rows = views.pending_summary(request.user, tenant)
    if rows:
        panels.insert(0, PendingDirectivesPanel(rows))
    count = unread_for(request)
    if count:
        panels.insert(0, NewItemsPanel(count))
