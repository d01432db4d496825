"""Fixtures of the tenant tests: the shared tenants ``tenant_a``/``tenant_b`` of
tests/conftest.py, provisioned from the template at session start."""
