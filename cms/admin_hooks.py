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
