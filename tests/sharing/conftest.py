"""Fixtures of the sharing tests: the ``org_tree`` every share is issued in.

TLD → A (tenant test_a), B (tenant test_b), S; A → UA1 → G1, G2; A → UA2 → G3; B → UB1 → G4.
"""

from tests.hierarchy.factories import org_tree  # noqa: F401
