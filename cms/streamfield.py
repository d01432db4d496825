"""The one walker over StreamField content: every block type is taught here, once.

StreamField content travels as Wagtail's raw JSON (``StreamValue.get_prep_value()``, a
revision's ``content``, a share's snapshot). Code that has to find or rewrite what is inside
it (page transfer between tenants, share snapshots, forks of a share) walks that JSON with
the block definitions through :func:`walk`, or asks the definitions with
:func:`holds_reference`, instead of teaching itself struct, list and stream blocks again.

The leaves that matter are the **references** (image, document, page and snippet choosers:
their ids belong to one tenant) and **rich text** (HTML in Wagtail's database format, with
its own embedded ids). :func:`kind` names them.
"""

from __future__ import annotations

from collections.abc import Callable

IMAGE, DOCUMENT, PAGE, SNIPPET, RICHTEXT = "image", "document", "page", "snippet", "richtext"
REFERENCE_KINDS = (IMAGE, DOCUMENT, PAGE, SNIPPET)

# visit(kind, value, model) -> new value; ``model`` is the chooser's model class (None for
# rich text).
Visit = Callable[[str, object, type | None], object]


def kind(block) -> str | None:
    """What a leaf block holds, for walkers: ``"image"``, ``"document"``, ``"page"`` or
    ``"snippet"`` for the four choosers, ``"richtext"`` for rich text, else None."""
    from wagtail import blocks
    from wagtail.documents.blocks import DocumentChooserBlock
    from wagtail.images.blocks import ImageChooserBlock
    from wagtail.snippets.blocks import SnippetChooserBlock

    if isinstance(block, ImageChooserBlock):
        return IMAGE
    if isinstance(block, DocumentChooserBlock):
        return DOCUMENT
    if isinstance(block, blocks.PageChooserBlock):
        return PAGE
    if isinstance(block, SnippetChooserBlock):
        return SNIPPET
    if isinstance(block, blocks.RichTextBlock):
        return RICHTEXT
    return None


def children(block) -> list:
    """The block definitions directly inside ``block`` (struct fields, stream children,
    a list's item block)."""
    out = list(getattr(block, "child_blocks", {}).values())
    if getattr(block, "child_block", None) is not None:
        out.append(block.child_block)
    return out


def holds_reference(block) -> bool:
    """``block`` or a block inside it chooses a page, image, document or snippet (any
    Wagtail ``ChooserBlock``): its values hold ids of one tenant's rows."""
    from wagtail.blocks import ChooserBlock

    if isinstance(block, ChooserBlock):
        return True
    return any(holds_reference(child) for child in children(block))


def walk(block, value, visit: Visit):
    """``value`` (raw JSON of ``block``) rebuilt with every reference and rich text passed
    through ``visit(kind, value, model)``, which returns the value to keep.

    Struct, list (with or without item ids) and stream blocks are walked; ``None`` values are
    not visited; a value whose block the definitions do not know (a removed stream child or
    struct field) is kept as it is, and so is every other leaf.
    """
    from wagtail import blocks

    if value is None:
        return None
    leaf = kind(block)
    if leaf is not None:
        return visit(leaf, value, getattr(block, "model_class", None) if leaf != RICHTEXT else None)
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        return {
            name: walk(block.child_blocks[name], item, visit)
            if name in block.child_blocks
            else item
            for name, item in value.items()
        }
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        out = []
        for item in value:
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                out.append({**item, "value": walk(block.child_block, item["value"], visit)})
            else:
                out.append(walk(block.child_block, item, visit))
        return out
    if isinstance(block, blocks.BaseStreamBlock) and isinstance(value, list):
        out = []
        for item in value:
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is None:
                out.append(item)
            else:
                out.append({**item, "value": walk(child, item.get("value"), visit)})
        return out
    return value


def map_rich_text(block, value, function: Callable[[str], str]):
    """``value`` with every rich text (a string) replaced by ``function(html)``."""

    def visit(leaf, item, _model):
        return function(item) if leaf == RICHTEXT and isinstance(item, str) else item

    return walk(block, value, visit)


def reference_free_blocks(body, stream_block) -> list:
    """Raw blocks of ``body`` that ``stream_block`` can hold without references into another
    tenant: top-level children it defines that choose no page, image, document or snippet.
    A ``body`` given as HTML becomes one block of the stream's first rich-text child (none
    when it has no rich-text child)."""
    from wagtail.blocks import RichTextBlock

    defined = stream_block.child_blocks
    if isinstance(body, str):
        rich = next((n for n, b in defined.items() if isinstance(b, RichTextBlock)), None)
        return [{"type": rich, "value": body}] if rich else []
    return [
        {"type": item["type"], "value": item["value"]}
        for item in body
        if isinstance(item, dict)
        and item.get("type") in defined
        and not holds_reference(defined[item["type"]])
    ]


def strings(raw) -> list[str]:
    """Every string inside raw StreamField JSON, in order (the stream and list items' ``type``
    and ``id`` left out). Reads the JSON alone, not the block definitions, on purpose: a
    snapshot's text must read the same after a block type is removed or renamed."""
    out: list[str] = []

    def collect(node):
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, dict):
            if "type" in node and "value" in node:
                collect(node.get("value"))
            else:
                collect(list(node.values()))
        elif isinstance(node, list | tuple):
            for item in node:
                collect(item)

    collect(raw)
    return out
