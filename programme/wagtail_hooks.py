"""The programme's Wagtail admin menu ("Chương trình truyền thông") and its screens.

Each capability adds its screens as a module of ``programme.admin`` (imported here, so each
registers its own URLs and hooks) and its menu entries with the hook
``register_programme_admin_menu_item`` (``MENU_HOOK``). The menu is shown when one of its
items is.
"""

import importlib
import pkgutil

from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

from programme import admin

MENU_HOOK = "register_programme_admin_menu_item"


class ProgrammeMenuItem(SubmenuMenuItem):
    def is_shown(self, request):
        return bool(self.menu.menu_items_for_request(request))


programme_menu = Menu(register_hook_name=MENU_HOOK)


@hooks.register("register_admin_menu_item")
def register_menu():
    return ProgrammeMenuItem(
        "Chương trình truyền thông", programme_menu, icon_name="table", order=270
    )


for _module in pkgutil.iter_modules(admin.__path__):
    importlib.import_module(f"programme.admin.{_module.name}")
