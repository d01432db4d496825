"""Fixtures of the organisation-tree tests: ``org_tree`` (see tests/hierarchy/factories.py)."""

from tests.hierarchy.factories import org_tree  # noqa: F401
