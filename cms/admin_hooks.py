"""Project JavaScript and CSS for the Wagtail admin (imported by cms/wagtail_hooks.py).

* ``cms/admin/vietnamese.js``: page and snippet slugs typed in the browser follow the same
  folding rule as the server (``congdoan.text.vn_slugify``), passed to it as JSON.
* ``cms/admin/editor.css``: the save/publish bar stays on screen on a phone.
"""

from django.templatetags.static import static
from django.utils.html import format_html, json_script
from wagtail import hooks

from congdoan.text import slug_rule_for_js


@hooks.register("insert_global_admin_js")
def vietnamese_admin_js():
    return format_html(
        '{}<script src="{}"></script>',
        json_script(slug_rule_for_js(), "congdoan-slug-rule"),
        static("cms/admin/vietnamese.js"),
    )


@hooks.register("insert_global_admin_css")
def editor_css():
    return format_html('<link rel="stylesheet" href="{}">', static("cms/admin/editor.css"))


# --- Dashboard counts -------------------------------------------------------------------
# Wagtail's dashboard counts every image/document the account may *choose* or add to, so a
# microsite editor (who may use the host's media) read "18 hình ảnh" above an empty library.
# The dashboard now counts what their library lists: what they may change or delete.


def _library_count(model, user) -> int:
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(model)
    return policy.instances_user_has_any_permission_for(user, {"change", "delete"}).count()


def _library_summary_items():
    from wagtail.documents import get_document_model
    from wagtail.documents.wagtail_hooks import DocumentsSummaryItem
    from wagtail.images import get_image_model
    from wagtail.images.wagtail_hooks import ImagesSummaryItem

    class LibraryImagesSummaryItem(ImagesSummaryItem):
        def get_context_data(self, parent_context):
            from wagtail.admin.navigation import get_site_for_user

            return {
                "total_images": _library_count(get_image_model(), self.request.user),
                "site_name": get_site_for_user(self.request.user)["site_name"],
            }

    class LibraryDocumentsSummaryItem(DocumentsSummaryItem):
        def get_context_data(self, parent_context):
            from wagtail.admin.navigation import get_site_for_user

            return {
                "total_docs": _library_count(get_document_model(), self.request.user),
                "site_name": get_site_for_user(self.request.user)["site_name"],
            }

    return {
        ImagesSummaryItem: LibraryImagesSummaryItem,
        DocumentsSummaryItem: LibraryDocumentsSummaryItem,
    }


@hooks.register("construct_homepage_summary_items", order=100)
def count_the_library(request, items):
    replacements = _library_summary_items()
    for index, item in enumerate(items):
        replacement = replacements.get(type(item))
        if replacement is not None:
            items[index] = replacement(request)
