"""Scheduled publishing and expiry for every tenant, without a per-tenant cron.

A periodic job (``settings.JOBS["publish_scheduled_cron"]``, every 15 s by default) looks
with one statement per 200 tenants for schemas where a revision's go-live time or a live
object's expiry time has passed, and defers one ``cms.publish_scheduled`` job in each of
them. That job runs Wagtail's own ``publish_scheduled`` in the tenant's schema. Jobs of one
tenant share a lock: they never run at the same time, so a revision is published once
even when a worker dies mid-run and its job is recovered (a published revision no longer
has a go-live time, so the re-run skips it).
"""

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django_tenants.utils import get_public_schema_name, get_tenant_model
from wagtail.models import DraftStateMixin, Page, Revision

import jobs

BATCH = 200


def _expiring_tables() -> list[str]:
    """Tables of tenant models that can expire (pages and draftable snippets)."""
    tables = {Page._meta.db_table}
    for model in apps.get_models():
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page):
            tables.add(model._meta.db_table)
    return sorted(tables)


def _existing_tenant_schemas() -> list[str]:
    names = list(
        get_tenant_model()
        .objects.exclude(schema_name=get_public_schema_name())
        .values_list("schema_name", flat=True)
    )
    if not names:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nspname FROM pg_namespace WHERE nspname = ANY(%s) ORDER BY nspname", [names]
        )
        return [row[0] for row in cursor.fetchall()]


def schemas_with_due_work(now=None) -> list[str]:
    """Tenant schemas with a revision due to go live or a live object past its expiry."""
    revision_table = Revision._meta.db_table
    tables = _expiring_tables()
    schemas = _existing_tenant_schemas()
    due: list[str] = []
    with connection.cursor() as cursor:
        for start in range(0, len(schemas), BATCH):
            parts, params = [], []
            for schema in schemas[start : start + BATCH]:
                quoted = connection.ops.quote_name(schema)
                checks = [
                    f"EXISTS (SELECT 1 FROM {quoted}.{revision_table} "
                    "WHERE approved_go_live_at < COALESCE(%s, now()))"
                ]
                params.append(now)
                for table in tables:
                    checks.append(
                        f"EXISTS (SELECT 1 FROM {quoted}.{connection.ops.quote_name(table)} "
                        "WHERE live AND expire_at < COALESCE(%s, now()))"
                    )
                    params.append(now)
                parts.append(f"SELECT %s AS schema WHERE {' OR '.join(checks)}")
                params.insert(len(params) - len(checks), schema)
            cursor.execute(" UNION ALL ".join(parts), params)
            due.extend(row[0] for row in cursor.fetchall())
    return due


@jobs.task(name="cms.publish_scheduled", retries=3)
def publish_scheduled():
    """Wagtail's scheduled publishing and expiry, in the job's tenant schema."""
    call_command("publish_scheduled")


@jobs.periodic(cron=settings.JOBS["publish_scheduled_cron"], name="cms.publish_scheduled_all")
def publish_scheduled_all():
    """Defer one publishing job in every tenant with something due."""
    schemas = schemas_with_due_work()
    for schema in schemas:
        key = f"cms.publish_scheduled:{schema}"
        jobs.defer(publish_scheduled, tenant=schema, queueing_lock=key, lock=key)
    return len(schemas)
