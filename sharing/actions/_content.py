"""What a fork copies from a snapshot into a new local page (private to ``ForkShare``).

Moved unchanged from the former ``sharing/services.py``; ``cms`` is to get the one
StreamField walker and page-field mapping that replace ``_has_chooser``/``_stream_from``
and the standfirst/intro copy below.
"""

from __future__ import annotations

import contextlib

from django.apps import apps
from django.core.exceptions import ValidationError

from hierarchy.models import Organization
from sharing.permissions import active_tenant
from sharing.scope import Receiver


def content_root_page(org: Organization, receiver: Receiver):
    """The page under which ``org`` publishes, in the active schema (tenant home or
    microsite root), or None when its content has no page here."""
    from wagtail.models import Page, Site

    tenant = active_tenant()
    if org.tenant_id == tenant.pk:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        return site.root_page if site else None
    if org.microsite_host_id == tenant.pk and org.microsite_page_id:
        return Page.objects.filter(pk=org.microsite_page_id).first()
    return None


def _fork_model(snapshot: dict, parent):
    from wagtail.models import Page

    allowed = set(parent.specific_class.allowed_subpage_models())
    candidates = []
    with contextlib.suppress(LookupError, ValueError):
        candidates.append(apps.get_model(snapshot.get("page_type") or ""))
    candidates.append(apps.get_model("cms", "ArticlePage"))
    for model in candidates:
        if issubclass(model, Page) and model in allowed:
            return model
    raise ValidationError(f"Không thể tạo bài viết dưới trang {parent.title}.")


def _fill(page, snapshot: dict) -> None:
    """Copy the snapshot's text into the new page's matching fields (duck typing)."""
    from wagtail.fields import RichTextField, StreamField

    names = {f.name: f for f in page._meta.get_fields() if hasattr(f, "attname")}
    if "standfirst" in names:
        page.standfirst = snapshot.get("standfirst") or ""
    elif "intro" in names:
        page.intro = snapshot.get("standfirst") or ""
    body = snapshot.get("body")
    target = names.get("body")
    if target is None or body is None:
        return
    if isinstance(target, StreamField):
        page.body = _stream_from(body, target)
    elif isinstance(target, RichTextField) or isinstance(body, str):
        page.body = (
            body
            if isinstance(body, str)
            else "\n".join(
                f"<p>{line}</p>"
                for line in (snapshot.get("text") or {}).get("body", "").splitlines()
            )
        )


def _has_chooser(block) -> bool:
    """The block (or a block inside it) points at a page, image, document or snippet."""
    from wagtail.blocks import ChooserBlock

    if isinstance(block, ChooserBlock):
        return True
    children = list(getattr(block, "child_blocks", {}).values())
    if getattr(block, "child_block", None) is not None:
        children.append(block.child_block)
    return any(_has_chooser(child) for child in children)


def _stream_from(body, stream_field) -> list:
    """Blocks of the snapshot the receiver's StreamField can hold without references into
    the source tenant: blocks it defines that choose no page, image, document or snippet
    (their ids belong to the source tenant)."""
    from wagtail.blocks import RichTextBlock

    children = stream_field.stream_block.child_blocks
    if isinstance(body, str):
        rich = next((n for n, b in children.items() if isinstance(b, RichTextBlock)), None)
        return [{"type": rich, "value": body}] if rich else []
    return [
        {"type": block["type"], "value": block["value"]}
        for block in body
        if isinstance(block, dict)
        and block.get("type") in children
        and not _has_chooser(children[block["type"]])
    ]
