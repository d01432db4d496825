"""Suite-wide fixtures.

The test database is migrated once (public schema), the tenant template is built once, and
the tenants every test shares are *cloned* from it (about 0.4 s each) at session start. Each
test runs in a transaction that is rolled back, so tests may write freely into any tenant.
"""

import pytest
from django.db import connection
from django.test import Client
from django_tenants.utils import schema_context

from tenants.models import Tenant, TenantKind
from tenants.provisioning import ensure_template, provision_tenant
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


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        ensure_public_tenant("public.test")
        ensure_template()
        for spec in TEST_TENANTS.values():
            if not Tenant.objects.filter(schema_name=spec["schema_name"]).exists():
                provision_tenant(**spec)
        connection.set_schema_to_public()


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
