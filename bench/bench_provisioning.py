#!/usr/bin/env python
"""Tenant provisioning and tenant-switching cost.

Prints, on this machine and database:
  * time to provision one tenant by running the clone plan (this project), by
    django-tenants' clone_schema SQL function, and by running every tenant migration;
  * SQL statements per Wagtail admin request, how many of them are `SET search_path`
    (tenant switching) and host -> tenant look-ups, with TENANT_LIMIT_SET_CALLS on and off.

Run:  python3 dev.py bench bench/bench_provisioning.py   (or with DATABASE_URL set)
Options via environment: BENCH_CLONES (default 10), BENCH_MIGRATES (default 2).
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "congdoan.settings.dev")

from congdoan.embedded_pg import ensure_if_needed

ensure_if_needed()

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django_tenants.clone import CloneSchema  # noqa: E402
from django_tenants.utils import schema_context, schema_exists  # noqa: E402

from hierarchy.actions import GrantRole  # noqa: E402
from tenants.models import Role, Tenant, TenantKind  # noqa: E402
from tenants.provisioning import drop_tenant, ensure_template, provision_tenant  # noqa: E402
from tenants.public import ensure_public_tenant  # noqa: E402

CLONES = int(os.environ.get("BENCH_CLONES", "10"))
MIGRATES = int(os.environ.get("BENCH_MIGRATES", "2"))


def drop_schema(name):
    connection.set_schema_to_public()
    with connection.cursor() as cursor:
        cursor.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


def summary(label, samples):
    samples = sorted(samples)
    p50 = statistics.median(samples)
    print(
        f"  {label:<44} n={len(samples):<3} p50={p50:7.3f} s  min={samples[0]:7.3f} s  "
        f"max={samples[-1]:7.3f} s"
    )


def main():
    call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
    ensure_public_tenant()
    started = time.perf_counter()
    state = ensure_template()
    print(f"template ready in {time.perf_counter() - started:.2f} s ({len(state.plan)} statements)")
    for tenant in Tenant.objects.filter(schema_name__startswith="bench_p"):
        drop_tenant(tenant)

    print("\nProvisioning one tenant")
    samples = []
    for i in range(CLONES):
        t0 = time.perf_counter()
        provision_tenant(
            schema_name=f"bench_p{i}",
            domain=f"bench-p{i}.localhost",
            name=f"Công đoàn cơ sở thử nghiệm {i}",
            kind=TenantKind.GRASSROOTS,
        )
        samples.append(time.perf_counter() - t0)
    summary("clone plan (tenant row, domain, site, home)", samples)

    samples = []
    for i in range(min(CLONES, 3)):
        name = f"bench_dt{i}"
        drop_schema(name)
        t0 = time.perf_counter()
        CloneSchema().clone_schema(state.schema_name, name)
        samples.append(time.perf_counter() - t0)
        drop_schema(name)
    summary("django-tenants clone_schema() (schema + rows)", samples)

    samples = []
    for i in range(MIGRATES):
        name = f"bench_mig{i}"
        drop_schema(name)
        t0 = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE SCHEMA "{name}"')
        call_command(
            "migrate_schemas", schema_name=name, tenant=True, interactive=False, verbosity=0
        )
        samples.append(time.perf_counter() - t0)
        drop_schema(name)
    summary("running every tenant migration", samples)

    print("\nStatements per admin request (editor of tenant bench_p0)")
    tenant = Tenant.objects.get(schema_name="bench_p0")
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(email="bench.editor@example.vn")
    GrantRole(user, tenant, Role.EDITOR).execute()
    with schema_context(tenant.schema_name):
        from wagtail.models import Site

        home_id = Site.objects.get().root_page_id
    client = Client(HTTP_HOST="bench-p0.localhost")
    with schema_context(tenant.schema_name):
        client.force_login(user)
    urls = ["/admin/", f"/admin/pages/{home_id}/", f"/admin/pages/{home_id}/edit/"]
    for limit in (True, False):
        with override_settings(TENANT_LIMIT_SET_CALLS=limit):
            for url in urls:
                client.get(url)  # warm caches
                connection.set_schema_to_public()
                with CaptureQueriesContext(connection) as ctx:
                    status = client.get(url).status_code
                sqls = [q["sql"] for q in ctx.captured_queries]
                sets = sum(1 for s in sqls if s.upper().startswith("SET SEARCH_PATH"))
                domains = sum(1 for s in sqls if "tenants_domain" in s)
                print(
                    f"  LIMIT_SET_CALLS={limit!s:<5} {url:<28} status={status} "
                    f"statements={len(sqls):<4} set_search_path={sets:<3} domain_lookups={domains}"
                )

    for t in Tenant.objects.filter(schema_name__startswith="bench_p"):
        drop_tenant(t)
    print(f"\nschemas left behind: {[n for n in ('bench_p0',) if schema_exists(n)]}")


if __name__ == "__main__":
    main()
