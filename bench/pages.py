"""Bulk-loading helper shared by the benchmarks that seed thousands of pages."""

import uuid


def leaf_page_row(page_model, section, position: int, title: str, slug: str, *, when, **common):
    """An unsaved, live ``page_model`` row appended as child number ``position`` (1-based) of
    ``section``, for ``bulk_create`` (treebeard's per-page ``add_child`` is too slow for 10k).
    ``common`` carries ``content_type`` and ``locale``."""
    return page_model(
        title=title,
        draft_title=title,
        slug=slug,
        path=page_model._get_path(section.path, section.depth + 1, position),
        depth=section.depth + 1,
        numchild=0,
        url_path=f"{section.url_path}{slug}/",
        live=True,
        has_unpublished_changes=False,
        first_published_at=when,
        last_published_at=when,
        translation_key=uuid.uuid4(),
        **common,
    )
