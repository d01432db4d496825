"""Per-request tag collection: while a response is being built, the code that resolves
pages, images, shares, feeds and settings adds the tags of what it returns; the view stores
the response under those tags (``delivery.cache``).

Outside ``collecting()`` ``add`` does nothing, so resolvers call it unconditionally.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_current: ContextVar[set[str] | None] = ContextVar("delivery_tags", default=None)


@contextmanager
def collecting() -> Iterator[set[str]]:
    """Collect tags for the code run inside the block; yields the (growing) set."""
    found: set[str] = set()
    token = _current.set(found)
    try:
        yield found
    finally:
        _current.reset(token)


def add(*tags: str) -> None:
    found = _current.get()
    if found is not None:
        found.update(tags)


def extend(tags) -> None:
    found = _current.get()
    if found is not None:
        found.update(tags)


def active() -> bool:
    return _current.get() is not None
