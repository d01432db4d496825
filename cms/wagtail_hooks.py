"""Admin registration of the snippets: topics and menus, with Vietnamese labels."""

from wagtail import hooks
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


@hooks.register("after_bulk_action")
def unpublish_moved_images(request, action_type, objects, action_class_instance):
    """Wagtail's bulk "add to collection" updates images without saving them: renditions of
    images it moved into a restricted collection leave the public bucket at once."""
    from wagtail.images import get_image_model

    from cms.media_jobs import unpublish_restricted_renditions

    Image = get_image_model()
    if action_type == "add_to_collection" and Image in getattr(action_class_instance, "models", []):
        unpublish_restricted_renditions(image_ids=[obj.pk for obj in objects])
