"""Fixtures of the translation tests (the catalogue fixture lives in its module)."""
