"""Fixtures of these tests."""

from tests.hierarchy.factories import org_tree  # noqa: F401
