"""Suite-wide fixtures.

The test database is migrated once (public schema), the tenant template is built once, and
the tenants every test shares are *cloned* from it (about 0.4 s each) at session start. Each
test runs in a transaction that is rolled back, so tests may write freely into any tenant.

The suite never trusts an earlier run: with ``--reuse-db`` (developers only; CI always starts
from a fresh database) a test tenant cloned from another template is dropped and cloned again,
so a migration or template change is always seen. The cache is Redis (congdoan/settings/
test.py); its database is flushed before every test.

Domain folders (tests/<domain>/) hold their own fixtures in their conftest.py; statement
counts go through tests/statements.py.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django_tenants.utils import schema_context

from tenants.models import Tenant, TenantKind
from tenants.provisioning import (
    drop_tenant,
    ensure_template,
    provision_tenant,
    tenant_migrations_digest,
)
from tenants.public import ensure_public_tenant

TEST_TENANTS = {
    "a": {
        "schema_name": "test_a",
        "domain": "a.test",
        "name": "Liên đoàn Lao động tỉnh A",
        "kind": TenantKind.PROVINCIAL_FEDERATION,
    },
    "b": {
        "schema_name": "test_b",
        "domain": "b.test",
        "name": "Liên đoàn Lao động tỉnh B",
        "kind": TenantKind.PROVINCIAL_FEDERATION,
    },
}


def _cloned_from(schema_name: str) -> str | None:
    """The template digest a test tenant was cloned from (kept as its schema's comment)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = %s",
            [schema_name],
        )
        row = cursor.fetchone()
    return row[0] if row else None


def provision_test_tenants() -> None:
    """Clone every test tenant from the current template, dropping one that was cloned from
    an older template (a reused database) first."""
    ensure_template()
    digest = tenant_migrations_digest()
    for spec in TEST_TENANTS.values():
        tenant = Tenant.objects.filter(schema_name=spec["schema_name"]).first()
        if tenant is not None and _cloned_from(spec["schema_name"]) == digest:
            continue
        if tenant is not None:
            drop_tenant(tenant)
        provision_tenant(**spec)
        with connection.cursor() as cursor:
            # COMMENT takes no bind parameter; the digest is hexadecimal.
            cursor.execute(f"COMMENT ON SCHEMA \"{spec['schema_name']}\" IS '{digest}'")
    connection.set_schema_to_public()


def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (``dev.py test``: one worker per core, each with its own test
    database and Redis database) the tests that share the session's seeded demo server run on
    one worker, so it is seeded once."""
    for item in items:
        if "demo_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("demo"))


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        ensure_public_tenant("public.test")
        provision_test_tenants()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Every test starts with an empty cache: ``clear()`` flushes the Redis database of
    ``REDIS_URL`` (this run's own), nothing else."""
    cache.clear()


@pytest.fixture(autouse=True)
def _public_schema_after_test():
    yield
    connection.set_schema_to_public()


@pytest.fixture
def tenant_a(db):
    return Tenant.objects.get(schema_name="test_a")


@pytest.fixture
def tenant_b(db):
    return Tenant.objects.get(schema_name="test_b")


@pytest.fixture
def in_tenant():
    """``with in_tenant(t): ...`` runs ORM code in tenant ``t``'s schema."""
    return lambda tenant: schema_context(tenant.schema_name)


def tenant_client(tenant: Tenant, user=None) -> Client:
    client = Client(HTTP_HOST=tenant.domains.get(is_primary=True).domain)
    if user is not None:
        # Sessions live in the tenant schema: log in while it is active.
        with schema_context(tenant.schema_name):
            client.force_login(user)
    return client


@pytest.fixture
def client_for():
    return tenant_client
