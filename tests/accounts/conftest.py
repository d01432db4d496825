"""Fixtures of the account tests: ``tenant_a``, ``tenant_b`` and ``client_for`` of
tests/conftest.py."""
