"""Fixtures of the demo tests."""
