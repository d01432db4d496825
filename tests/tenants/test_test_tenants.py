"""The suite's own set-up never trusts a reused database: a test tenant cloned from another
template is cloned again (tests/conftest.py ``provision_test_tenants``)."""

from django.db import connection
from django_tenants.utils import schema_context

from tenants.models import Tenant
from tenants.provisioning import tenant_migrations_digest
from tests.conftest import _cloned_from, provision_test_tenants
from tests.factories import make_article


def test_a_tenant_cloned_from_an_older_template_is_cloned_again(tenant_a, tenant_b):
    digest = tenant_migrations_digest()
    assert _cloned_from("test_a") == _cloned_from("test_b") == digest
    for tenant in (tenant_a, tenant_b):
        with schema_context(tenant.schema_name):
            make_article("Bài từ lần chạy trước")
    with connection.cursor() as cursor:
        # Fire the deferred foreign-key checks now: a schema with pending ones cannot be dropped.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("COMMENT ON SCHEMA \"test_a\" IS 'an-older-template'")
    provision_test_tenants()
    new_a = Tenant.objects.get(schema_name="test_a")
    assert new_a.pk != tenant_a.pk
    assert Tenant.objects.get(schema_name="test_b").pk == tenant_b.pk
    assert _cloned_from("test_a") == digest
    from cms.models import ArticlePage

    with schema_context("test_a"):
        assert not ArticlePage.objects.filter(title="Bài từ lần chạy trước").exists()
    with schema_context("test_b"):
        assert ArticlePage.objects.filter(title="Bài từ lần chạy trước").exists()
