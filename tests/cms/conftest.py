"""Fixtures of the content-model tests. Admin form data and role helpers are in
tests/cms/helpers.py; tenants and clients come from tests/conftest.py."""
