"""Cache tags: short strings naming what a cached response was built from.

A response records the tags of everything it contains (its tenant, each page, image,
document and share, the organisation subtree of a feed, site settings, menus); a write
invalidates exactly the responses carrying the tags it touched (``delivery.cache.invalidate``),
in Redis and at the CDN (``Surrogate-Key`` / ``Cache-Tag`` headers). Tags contain no spaces
or commas (both headers separate tags with them) and stay short (CDNs cap header length).

Schema names are ``[a-z0-9_]``, organisation paths treebeard's ``[0-9A-Z]``, ids integers and
topic slugs ASCII slugs, so no tag needs escaping.
"""

from __future__ import annotations

from collections.abc import Iterable

#: treebeard's step length of ``hierarchy.Organization`` (4 characters per level).
ORG_STEPLEN = 4


def tenant(schema: str) -> str:
    """Everything served by one tenant (dropped when the tenant itself changes)."""
    return f"t:{schema}"


def page(schema: str, id: int) -> str:
    return f"p:{schema}:{id}"


def image(schema: str, id: int) -> str:
    return f"i:{schema}:{id}"


def document(schema: str, id: int) -> str:
    return f"d:{schema}:{id}"


def share(share_id: int) -> str:
    """A shared item: one tag across every tenant that carries it."""
    return f"s:{share_id}"


def org(org_id: int) -> str:
    return f"o:{org_id}"


def subtree(path: str) -> str:
    """The subtree rooted at the organisation with this treebeard path.

    A feed or listing for organisation X carries ``subtree(p)`` for every ancestor path p of
    X, its own included (``subtrees(x.path)``), so a share scoped at R invalidates every
    feed inside R's subtree with the single tag ``subtree(R.path)``.
    """
    return f"st:{path}"


def subtrees(path: str) -> list[str]:
    """``subtree`` tags of every ancestor path of ``path``, root first, ``path`` last."""
    return [subtree(path[:end]) for end in range(ORG_STEPLEN, len(path) + 1, ORG_STEPLEN)] or [
        subtree(path)
    ]


def settings(schema: str) -> str:
    """The tenant's site settings (and the API settings)."""
    return f"cfg:{schema}"


def menus(schema: str) -> str:
    """The tenant's menus and other snippets rendered in responses."""
    return f"m:{schema}"


def topic(schema: str, slug: str) -> str:
    return f"tp:{schema}:{slug}"


def pages(schema: str) -> str:
    """Every listing of the tenant's pages (feeds, lists, search): a newly published page
    appears in them, so publishing invalidates this tag as well as the page's own."""
    return f"pl:{schema}"


def org_tree() -> str:
    """Every response that lists or describes organisations of the tree (restructuring,
    renaming and re-parenting invalidate it; the tree is shared by all tenants)."""
    return "ot"


def programme(path: str) -> str:
    """The programme's public figures of the organisation at ``path`` and, carried by their
    descendants' answers too (``programme_chain``), of its subtree: a plan or public choice
    changed at ``path`` invalidates every answer whose targets or indicators it decides."""
    return f"pg:{path}"


def programme_chain(path: str) -> list[str]:
    """``programme`` tags of every ancestor path of ``path``, root first, ``path`` last."""
    return [programme(path[:end]) for end in range(ORG_STEPLEN, len(path) + 1, ORG_STEPLEN)]


def query(schema: str, sha256: str) -> str:
    """Responses of one persisted query (dropped when the query is removed or changed)."""
    return f"q:{schema}:{sha256}"


def unique(tags: Iterable[str]) -> list[str]:
    """Tags de-duplicated, in first-seen order."""
    return list(dict.fromkeys(t for t in tags if t))
