"""Admin registration of the snippets: topics and menus, with Vietnamese labels."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms.models import Menu, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Chủ đề"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order"]


class MenuViewSet(SnippetViewSet):
    model = Menu
    icon = "list-ul"
    menu_label = "Menu"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "location"]


register_snippet(TopicViewSet)
register_snippet(MenuViewSet)

# Project JavaScript and CSS for the admin (Vietnamese slugs, dates, phone layout).
from cms import admin_hooks  # noqa: E402, F401
