"""Loads every admin module of ``voice.admin`` (each registers its menu items, URLs and
views with Wagtail's hooks)."""

import importlib
import pkgutil

from voice import admin

for _module in pkgutil.iter_modules(admin.__path__):
    importlib.import_module(f"voice.admin.{_module.name}")
