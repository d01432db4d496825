"""Wagtail admin screens of the programme, one module per area; ``programme.wagtail_hooks``
imports every module here so each registers its own hooks (menu entries with the hook
``register_programme_admin_menu_item``)."""
