"""Per-request collection of what a response is made of.

While a response is being built, the code that resolves pages, images, shares, feeds and
settings adds the tags of what it returns (``add``); code that returns something that must
never be shared (a draft opened with a preview token) calls ``forbid``; content that stops
being visible at a known time (a share's or page's expiry) calls ``expires``. The view then
stores the response under those tags, capped at that time (``delivery.cache``).

Outside ``collecting()`` every function does nothing, so resolvers call them unconditionally.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Collected:
    tags: set[str] = field(default_factory=set)
    forbidden: bool = False
    expires_at: datetime | None = None


_current: ContextVar[Collected | None] = ContextVar("delivery_collected", default=None)


@contextmanager
def collecting() -> Iterator[Collected]:
    """Collect for the code run inside the block; yields the (growing) record."""
    found = Collected()
    token = _current.set(found)
    try:
        yield found
    finally:
        _current.reset(token)


def add(*tags: str) -> None:
    found = _current.get()
    if found is not None:
        found.tags.update(tags)


def extend(tags: Iterable[str]) -> None:
    found = _current.get()
    if found is not None:
        found.tags.update(tags)


def forbid() -> None:
    """This response must never be cached (preview, personal data)."""
    found = _current.get()
    if found is not None:
        found.forbidden = True


def expires(moment: datetime | None) -> None:
    """Something in the response stops being visible at ``moment``."""
    found = _current.get()
    if found is None or moment is None:
        return
    if found.expires_at is None or moment < found.expires_at:
        found.expires_at = moment


def active() -> bool:
    return _current.get() is not None
