"""Renditions made off the request path, and kept in the right storage area (docs/storage.md).

* An image saved with a new file, a new focal point or a new collection gets a job
  (``cms.generate_renditions``, deferred in the saving transaction, one waiting job per image)
  that creates every rendition of ``settings.CMS_RENDITIONS``. A frontend that asks the API
  for a rendition before the job ran still gets it: ``ImageType.rendition`` creates it then
  (the job finds it made and skips it).
* ``place_rendition`` decides, as a rendition is first saved, where its file goes: under
  ``public/`` (the public bucket, long-lived cache headers) only when the storage has a public
  area and the image's collection has no view restriction; otherwise it stays in the private
  area, served by the checking view. Renditions bulk-created by Wagtail skip the signal and
  stay private, which is the safe side.
* When an image may have changed privacy (it moved to another collection, or a collection
  above it gained or lost a view restriction), its renditions are deleted (their files go
  when the transaction commits) and made again by the job, in the area that now fits.
  Changes that send no signal (Wagtail's bulk "add to collection", collection tree moves)
  are caught by ``unpublish_restricted_renditions``: at once from an admin hook, and every
  five minutes by a periodic job. A private image therefore never keeps a public file.
* ``delete_file_on_commit`` deletes the files of deleted images, renditions and documents in
  the schema they were deleted in (see its docstring).
"""

from __future__ import annotations

import io
import os

from django.core.files import File
from django.db import connection, transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_init, post_save, pre_save
from django_tenants.utils import schema_context
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from cms.renditions import rendition_specs
from cms.storage import PUBLIC_PREFIX
from jobs import defer, periodic, task

GENERATE_RENDITIONS = "cms.generate_renditions"
_STATE = "_cgd_media_state"


def image_is_public(image) -> bool:
    """No view restriction on the image's collection or any collection above it (asked once
    per image instance and collection: a job saving eight renditions asks once)."""
    memo = image.__dict__.get("_cgd_public")
    if memo is not None and memo[0] == image.collection_id:
        return memo[1]
    collection = image.collection
    public = collection is None or not collection.get_view_restrictions().exists()
    image.__dict__["_cgd_public"] = (image.collection_id, public)
    return public


@task(name=GENERATE_RENDITIONS, queue="media", retries=3)
def generate_renditions(*, image_id: int) -> int:
    """Create the configured renditions of image ``image_id`` that do not exist yet; returns
    how many were made. An image deleted meanwhile has nothing left to do."""
    image = get_image_model().objects.select_related("collection").filter(pk=image_id).first()
    if image is None:
        return 0
    existing = image.find_existing_renditions(*image_filters())
    missing = [spec_filter for spec_filter in image_filters() if spec_filter not in existing]
    if not missing:
        return 0
    with image.open_file() as original:  # one read of the original, from any storage
        data = original.read()
    for spec_filter in missing:
        generated = image.generate_rendition_file(
            spec_filter, source=File(io.BytesIO(data), name=image.file.name)
        )
        # Saved one by one (not Wagtail's bulk path), so that ``place_rendition`` sees each;
        # get_or_create: a rendition made meanwhile by a request wins, ours is not written.
        image.renditions.get_or_create(
            filter_spec=spec_filter.spec,
            focal_point_key=spec_filter.get_cache_key(image),
            defaults={"file": generated},
        )
    return len(missing)


def image_filters():
    from wagtail.images.models import Filter

    return [Filter(spec=spec) for spec in dict.fromkeys(rendition_specs().values())]


def schedule_renditions(image_id: int) -> int:
    """Defer the rendition job of one image (coalesced: one waiting job per image)."""
    return defer(
        GENERATE_RENDITIONS,
        image_id=image_id,
        queueing_lock=f"renditions:{connection.schema_name}:{image_id}",
    )


_TRACKED = (
    "file",
    "collection_id",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
)
_TRACKED_FIELDS = {"file", "collection", *_TRACKED[2:]}
_NOT_LOADED = "<not loaded>"


def _state(image) -> tuple:
    values = image.__dict__  # never load deferred fields (API querysets use .only())
    return tuple(values.get(field, _NOT_LOADED) for field in _TRACKED)


def _changed(before, after) -> bool:
    """A deferred field loaded later is not a change."""
    return _NOT_LOADED not in (before, after) and before != after


def _remember(sender, instance, **kwargs):
    instance.__dict__[_STATE] = _state(instance)


def _file_name(value) -> str | None:
    return getattr(value, "name", value) or None


def _image_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if update_fields is not None and not _TRACKED_FIELDS.intersection(update_fields):
        return  # e.g. Wagtail storing a computed file_hash
    before = instance.__dict__.get(_STATE)
    after = _state(instance)
    instance.__dict__[_STATE] = after
    if not created and before is not None:
        new_file = _changed(_file_name(before[0]), _file_name(after[0]))
        moved = _changed(before[1], after[1])
        if not new_file and not moved and not any(map(_changed, before[2:], after[2:])):
            return
        if moved and not new_file:
            # Moved to another collection: its renditions may now sit in the wrong area.
            instance.renditions.all().delete()
    schedule_renditions(instance.pk)


def place_rendition(sender, instance, raw=False, **kwargs):
    """Before a new rendition's file is written: public images' renditions go under
    ``public/`` when the storage has a public area (see the module docstring)."""
    file = instance.file
    if raw or not file or getattr(file, "_committed", True):
        return
    storage = file.storage
    if not getattr(storage, "has_public_area", False) or not image_is_public(instance.image):
        return
    name = PUBLIC_PREFIX + instance.get_upload_to(os.path.basename(file.name))
    instance.file = storage.save(name, file.file)


def unpublish_restricted_renditions(image_ids=None) -> int:
    """Delete the public renditions (``public/...``) of images that are restricted now, in
    the current tenant, and defer their renditions again (they go to the private area).
    ``image_ids`` limits the look-up to those images. Returns how many renditions went.

    Saves and restriction changes are handled as they happen; this catches the changes that
    send no signal: Wagtail's bulk "add to collection" (a queryset update) and collections
    moved under a restricted one (a tree move)."""
    restricted = list(
        Collection.objects.filter(view_restrictions__isnull=False)
        .values_list("path", flat=True)
        .distinct()
    )
    if not restricted:
        return 0
    under_restriction = Q()
    for path in restricted:
        under_restriction |= Q(image__collection__path__startswith=path)
    Rendition = get_image_model().get_rendition_model()
    renditions = Rendition.objects.filter(under_restriction, file__startswith=PUBLIC_PREFIX)
    if image_ids is not None:
        renditions = renditions.filter(image_id__in=list(image_ids))
    affected = sorted(set(renditions.values_list("image_id", flat=True)))
    if not affected:
        return 0
    # Wagtail's post_delete handler removes each file when the transaction commits.
    deleted = (
        Rendition.objects.filter(image_id__in=affected, file__startswith=PUBLIC_PREFIX)
        .delete()[1]
        .get(Rendition._meta.label, 0)
    )
    for image_id in affected:
        schedule_renditions(image_id)
    return deleted


@periodic(cron="*/5 * * * *", name="cms.unpublish_restricted_renditions")
def unpublish_restricted_renditions_everywhere() -> int:
    """Every five minutes, in every tenant: no restricted image keeps a public rendition
    longer than that, whatever path changed its privacy."""
    from django_tenants.utils import get_public_schema_name, get_tenant_model

    total = 0
    schemas = get_tenant_model().objects.exclude(schema_name=get_public_schema_name())
    for schema in schemas.values_list("schema_name", flat=True):
        with schema_context(schema):
            total += unpublish_restricted_renditions()
    return total


def _restriction_changed(sender, instance, **kwargs):
    """A collection gained or lost a view restriction: every image in it or below it is
    re-rendered into the area that now fits."""
    try:
        collection = instance.collection
    except Collection.DoesNotExist:
        return
    collections = collection.get_descendants(inclusive=True)
    Image = get_image_model()
    Rendition = Image.get_rendition_model()
    image_ids = list(Image.objects.filter(collection__in=collections).values_list("pk", flat=True))
    if not image_ids:
        return
    # Wagtail's post_delete handler removes each file when the transaction commits.
    Rendition.objects.filter(image_id__in=image_ids).delete()
    for image_id in image_ids:
        schedule_renditions(image_id)


def delete_file_on_commit(sender, instance, **kwargs):
    """Delete a deleted image's, rendition's or document's file once the transaction
    commits, in the schema where it was deleted.

    Replaces Wagtail's own handlers, which look the storage up only at commit time: with
    tenant-prefixed storage the prefix is the connection's schema *then*, and a transaction
    that visits several tenants (a job looping over them) would delete a key of the wrong
    tenant and leave the right object in place (in the public bucket, still public)."""
    file = instance.file
    if not file:
        return
    storage, name, schema = file.storage, file.name, connection.schema_name

    def delete():
        with schema_context(schema):
            storage.delete(name)

    transaction.on_commit(delete)


def _replace_wagtail_file_cleanup(model, wagtail_handler) -> None:
    post_delete.disconnect(wagtail_handler, sender=model)
    post_delete.connect(
        delete_file_on_commit, sender=model, dispatch_uid=f"cgd-delete-file-{model._meta.label}"
    )


def connect() -> None:
    from wagtail.documents import get_document_model
    from wagtail.documents import signal_handlers as document_handlers
    from wagtail.images import signal_handlers as image_handlers

    Image = get_image_model()
    Rendition = Image.get_rendition_model()
    for model in (Image, Rendition):
        _replace_wagtail_file_cleanup(model, image_handlers.post_delete_file_cleanup)
    _replace_wagtail_file_cleanup(get_document_model(), document_handlers.post_delete_file_cleanup)
    post_init.connect(_remember, sender=Image, dispatch_uid="cgd-image-remember")
    post_save.connect(_image_saved, sender=Image, dispatch_uid="cgd-image-renditions")
    pre_save.connect(place_rendition, sender=Rendition, dispatch_uid="cgd-place-rendition")
    for signal in (post_save, post_delete):
        signal.connect(
            _restriction_changed,
            sender=CollectionViewRestriction,
            dispatch_uid=f"cgd-restriction-{signal is post_save}",
        )
