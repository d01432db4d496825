"""Provisioning tenants by cloning the template schema."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django_tenants.utils import schema_context, schema_exists
from wagtail.models import Page, Site

from tenants.models import Domain, Tenant, TenantKind
from tenants.provisioning import ProvisioningError, ensure_template, provision_tenant

GOOD = {"name": "Công đoàn Giáo dục Việt Nam", "kind": TenantKind.SECTOR_UNION}


def _catalogue(schema):
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.relkind::text, c.relname::text
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = %s
            UNION ALL
            SELECT 'con:' || contype::text, conname || ':' ||
                   regexp_replace(pg_get_constraintdef(oid), %s, 'X.', 'g')
            FROM pg_constraint WHERE connamespace = %s::regnamespace
            """,
            [schema, f"{schema}\\.", schema],
        )
        return sorted(cursor.fetchall())


def test_clone_has_the_template_structure_with_original_names(tenant_a):
    state = ensure_template()
    template = _catalogue(state.schema_name)
    clone = _catalogue(tenant_a.schema_name)
    assert template == clone
    assert len([row for row in template if row[0] == "r"]) > 40


def test_provisioned_tenant_has_site_home_and_migration_history(db):
    result = provision_tenant(schema_name="cd_giaoduc", domain="giaoduc.test", **GOOD)
    assert result.tenant.kind == TenantKind.SECTOR_UNION
    with schema_context("cd_giaoduc"):
        site = Site.objects.get()
        assert site.hostname == "giaoduc.test"
        assert site.root_page.title == "Công đoàn Giáo dục Việt Nam"
        assert site.root_page.live
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM django_migrations WHERE app = 'wagtailcore'")
            assert cursor.fetchone()[0] > 50
        # Identity sequences continue after the copied rows.
        home = Page.objects.get(pk=site.root_page_id)
        child = home.add_child(instance=Page(title="Trang mới"))
        assert child.pk > home.pk


@pytest.mark.parametrize(
    "schema_name, message",
    [
        ("Hanoi", "không hợp lệ"),
        ("1abc", "không hợp lệ"),
        ("ha-noi", "không hợp lệ"),
        ("a", "không hợp lệ"),
        ("x" * 64, "không hợp lệ"),
        ("public", "dành riêng"),
        ("tenant_template", "dành riêng"),
        ("pg_catalog", "dành riêng"),
        ("test_a", "đã tồn tại"),
    ],
)
def test_bad_schema_names_are_refused_and_nothing_is_written(db, schema_name, message):
    tenants_before = Tenant.objects.count()
    with pytest.raises(ProvisioningError) as error:
        provision_tenant(schema_name=schema_name, domain="moi.test", **GOOD)
    assert message in error.value.messages[0]
    assert Tenant.objects.count() == tenants_before
    assert not Domain.objects.filter(domain="moi.test").exists()


@pytest.mark.parametrize(
    "domain, message",
    [
        ("http://moi.test", "không hợp lệ"),
        ("moi.test:8000", "không hợp lệ"),
        ("mới.test", "không hợp lệ"),
        ("-moi.test", "không hợp lệ"),
        ("", "không hợp lệ"),
        ("a.test", "đã được dùng"),
        ("A.TEST", "đã được dùng"),
    ],
)
def test_bad_or_duplicate_domains_are_refused_and_nothing_is_written(db, domain, message):
    with pytest.raises(ProvisioningError) as error:
        provision_tenant(schema_name="cd_moi", domain=domain, **GOOD)
    assert message in error.value.messages[0]
    assert not Tenant.objects.filter(schema_name="cd_moi").exists()
    assert not schema_exists("cd_moi")


def test_bad_kind_and_empty_name_are_refused(db):
    with pytest.raises(ProvisioningError, match="Loại đơn vị"):
        provision_tenant(schema_name="cd_moi", domain="moi.test", name="X", kind="khac")
    with pytest.raises(ProvisioningError, match="không được để trống"):
        provision_tenant(schema_name="cd_moi", domain="moi.test", name="  ", kind="grassroots")


def test_failure_after_cloning_rolls_everything_back(db, monkeypatch):
    import tenants.template_content

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(tenants.template_content, "create_site_for_tenant", explode)
    with pytest.raises(RuntimeError):
        provision_tenant(schema_name="cd_hong", domain="hong.test", **GOOD)
    connection.set_schema_to_public()
    assert not Tenant.objects.filter(schema_name="cd_hong").exists()
    assert not Domain.objects.filter(domain="hong.test").exists()
    assert not schema_exists("cd_hong")


def test_management_command_reports_clear_errors(db):
    with pytest.raises(CommandError, match="đã được dùng"):
        call_command(
            "provision_tenant",
            "cd_lap",
            "a.test",
            "--name",
            "Trùng tên miền",
            "--kind",
            "grassroots",
        )
    call_command(
        "provision_tenant",
        "cd_lap",
        "lap.test",
        "--name",
        "Công đoàn cơ sở Lắp máy",
        "--kind",
        "grassroots",
    )
    assert Tenant.objects.get(schema_name="cd_lap").name == "Công đoàn cơ sở Lắp máy"


def _test_database_env():
    """The environment of a subprocess that works on this test database."""
    import os
    from urllib.parse import quote

    db = connection.settings_dict
    auth = quote(db["USER"]) + (f":{quote(db['PASSWORD'])}" if db.get("PASSWORD") else "")
    url = f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    return {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "congdoan.settings.test"}


def test_template_is_rebuilt_only_when_tenant_migrations_change(db):
    """No mock: an unchanged digest keeps the template as built; a stored digest that no
    longer matches the migration files makes the deploy command (``tenant_template``, what
    ``--rebuild`` forces) rebuild it, and new tenants are cloned from the rebuilt template.
    In a subprocess: a rebuild migrates a schema, which needs its own transactions. One
    rebuild only (a rebuild runs every tenant migration: the slowest step of the suite)."""
    import subprocess
    import sys

    from django.conf import settings

    state = ensure_template()
    again = ensure_template()
    assert (again.built_at, again.migrations_digest) == (state.built_at, state.migrations_digest)
    code = (
        "import django; django.setup()\n"
        "from django.core.management import call_command\n"
        "from tenants.models import TemplateState\n"
        "from tenants.provisioning import template_schema_name, tenant_migrations_digest\n"
        "TemplateState.objects.update(migrations_digest='stale')\n"
        "call_command('tenant_template')\n"
        "state = TemplateState.objects.get(schema_name=template_schema_name())\n"
        "print(state.migrations_digest == tenant_migrations_digest())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=_test_database_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "ready" in done.stdout and done.stdout.strip().endswith("True"), done.stdout
    assert ensure_template().built_at > state.built_at
    provision_tenant(schema_name="cd_sau_rebuild", domain="sau.test", **GOOD)


def test_template_digest_follows_file_contents_not_only_names(tmp_path, monkeypatch):
    """Rewriting a migration or the template seed under the same name rebuilds the template."""
    from tenants import provisioning, template_content

    before = provisioning.tenant_migrations_digest()
    assert provisioning.tenant_migrations_digest() == before
    edited = tmp_path / "template_content.py"
    edited.write_bytes(Path(template_content.__file__).read_bytes() + b"\n# edited\n")
    monkeypatch.setattr(template_content, "__file__", str(edited))
    assert provisioning.tenant_migrations_digest() != before
