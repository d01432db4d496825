"""Fixtures of the programme tests: the test org tree (tests/hierarchy/factories.py:
TLD -> province A (tenant test_a) -> UA1 -> G1, G2; A -> UA2 -> G3; TLD -> province B
(tenant test_b) -> UB1 -> G4)."""

from tests.hierarchy.factories import org_tree  # noqa: F401
