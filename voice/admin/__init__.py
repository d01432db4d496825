"""Wagtail admin screens of the voice app, one module per area; ``voice.wagtail_hooks``
imports every module here so each registers its own hooks."""
