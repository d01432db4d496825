"""Tags recorded as content is loaded: every page, image and document instance created
while a response is being collected (``delivery.collector``) adds its own tag, whichever
resolver, prefetch or rich-text link loaded it. Loading more than is shown only adds tags
(an extra invalidation), never misses one.

A page whose ``expire_at`` was loaded caps the response's lifetime at that moment.
"""

from __future__ import annotations

from django.db import connection
from django.db.models.signals import post_init

from delivery import collector, tags


def _page_loaded(sender, instance, **kwargs):
    if not collector.active() or instance.pk is None:
        return
    collector.add(tags.page(connection.schema_name, instance.pk))
    expire_at = instance.__dict__.get("expire_at")
    if expire_at is not None:
        collector.expires(expire_at)


def _image_loaded(sender, instance, **kwargs):
    if collector.active() and instance.pk is not None:
        collector.add(tags.image(connection.schema_name, instance.pk))


def _document_loaded(sender, instance, **kwargs):
    if collector.active() and instance.pk is not None:
        collector.add(tags.document(connection.schema_name, instance.pk))


def connect() -> None:
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, get_page_models

    for model in {Page, *get_page_models()}:
        post_init.connect(_page_loaded, sender=model, dispatch_uid=f"delivery_page_{model}")
    post_init.connect(_image_loaded, sender=get_image_model(), dispatch_uid="delivery_image")
    post_init.connect(_document_loaded, sender=get_document_model(), dispatch_uid="delivery_doc")
