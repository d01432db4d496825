"""Create tenants by cloning a migrated template schema.

Running the ~220 tenant migrations for every new tenant costs 7-10 s (docs/architecture.md).
Instead the tenant apps are migrated once into ``settings.TENANT_TEMPLATE_SCHEMA`` and a
*clone plan* is read off the catalogue: the SQL that recreates every table, index and
constraint of the template under their original names (future migrations refer to them by
name), then copies the template's rows (Wagtail's root page, collections, groups,
permissions, the migration history). Provisioning a tenant runs that plan and the tenant's
own first content in one transaction, so a failure leaves no schema, no tenant row and no
domain behind.

The plan is rebuilt automatically when the set of tenant migrations changes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader
from django_tenants.utils import get_public_schema_name, schema_context, schema_exists

from tenants.models import Domain, TemplateState, Tenant

SCHEMA_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
DOMAIN_LABEL_RE = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
CLONE_TARGET = "__clone_target__"
# Serialises template (re)builds and provisioning across processes.
_ADVISORY_LOCK_KEY = 0x43_44_54_4E  # "CDTN"


class ProvisioningError(ValidationError):
    """Raised with a message an operator can act on; nothing has been written."""


def template_schema_name() -> str:
    return settings.TENANT_TEMPLATE_SCHEMA


def validate_schema_name(schema_name: str) -> str:
    reserved = {get_public_schema_name(), template_schema_name(), "information_schema"}
    if not isinstance(schema_name, str) or not SCHEMA_NAME_RE.match(schema_name):
        raise ProvisioningError(
            f"Tên schema {schema_name!r} không hợp lệ: chỉ dùng chữ thường không dấu a-z, số "
            "và dấu gạch dưới, bắt đầu bằng chữ cái, dài 2-63 ký tự (ví dụ: ldld_hanoi)."
        )
    if schema_name in reserved or schema_name.startswith("pg_"):
        raise ProvisioningError(f"Tên schema {schema_name!r} là tên dành riêng của hệ thống.")
    if Tenant.objects.filter(schema_name=schema_name).exists() or schema_exists(schema_name):
        raise ProvisioningError(f"Schema {schema_name!r} đã tồn tại.")
    return schema_name


def validate_domain(domain: str) -> str:
    if not isinstance(domain, str):
        raise ProvisioningError("Tên miền phải là một chuỗi ký tự.")
    normalized = domain.strip().lower().rstrip(".")
    labels = normalized.split(".")
    if (
        not normalized
        or len(normalized) > 253
        or ":" in normalized
        or not all(DOMAIN_LABEL_RE.match(label) for label in labels)
    ):
        raise ProvisioningError(
            f"Tên miền {domain!r} không hợp lệ: dùng chữ thường a-z, số, dấu gạch ngang và dấu "
            "chấm, không kèm cổng hay giao thức (ví dụ: hanoi.congdoan.vn)."
        )
    if Domain.objects.filter(domain=normalized).exists():
        raise ProvisioningError(f"Tên miền {normalized!r} đã được dùng cho một đơn vị khác.")
    return normalized


# --- Template ------------------------------------------------------------------------------


def tenant_migrations_digest() -> str:
    """A digest of the tenant apps' migrations on disk (names and file contents) and of the
    code that seeds the template, so that editing either rebuilds the template."""
    import sys
    from pathlib import Path

    from tenants import template_content

    tenant_labels = {_app_label(app) for app in settings.TENANT_APPS}
    loader = MigrationLoader(None, ignore_no_migrations=True, load=True)
    digest = hashlib.sha256()
    for key in sorted(k for k in loader.disk_migrations if k[0] in tenant_labels):
        module = sys.modules.get(type(loader.disk_migrations[key]).__module__)
        digest.update(f"{key[0]}.{key[1]}\n".encode())
        if module is not None and getattr(module, "__file__", None):
            digest.update(Path(module.__file__).read_bytes())
    digest.update(Path(template_content.__file__).read_bytes())
    return digest.hexdigest()


def _app_label(app_path: str) -> str:
    from django.apps import apps

    for config in apps.get_app_configs():
        if config.name == app_path:
            return config.label
    return app_path.rsplit(".", 1)[-1]


def ensure_template(*, rebuild: bool = False, verbosity: int = 0) -> TemplateState:
    """Return the current template state, (re)building the template schema if stale."""
    digest = tenant_migrations_digest()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [_ADVISORY_LOCK_KEY])
    try:
        state = TemplateState.objects.filter(schema_name=template_schema_name()).first()
        fresh = (
            state is not None
            and state.migrations_digest == digest
            and schema_exists(template_schema_name())
        )
        if fresh and not rebuild:
            return state
        _build_template_schema(verbosity=verbosity)
        plan = build_clone_plan(template_schema_name())
        state, _ = TemplateState.objects.update_or_create(
            schema_name=template_schema_name(),
            defaults={"migrations_digest": digest, "plan": plan},
        )
        return state
    finally:
        connection.set_schema_to_public()
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [_ADVISORY_LOCK_KEY])


def _build_template_schema(*, verbosity: int) -> None:
    from django.core.management import call_command

    name = template_schema_name()
    connection.set_schema_to_public()
    with connection.cursor() as cursor:
        cursor.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        cursor.execute(f'CREATE SCHEMA "{name}"')
    call_command(
        "migrate_schemas", schema_name=name, tenant=True, interactive=False, verbosity=verbosity
    )
    with schema_context(name):
        from tenants.template_content import prepare_template_content

        prepare_template_content()


def build_clone_plan(source: str) -> list[str]:
    """Read the SQL that recreates schema ``source`` (structure and rows) as CLONE_TARGET."""
    connection.set_schema_to_public()
    with transaction.atomic(), connection.cursor() as cursor:
        # An empty search_path makes pg_get_*def qualify every name with its schema.
        cursor.execute("SET LOCAL search_path TO ''")
        cursor.execute(
            """
            SELECT c.relkind, count(*) FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = %s GROUP BY c.relkind
            """,
            [source],
        )
        kinds = dict(cursor.fetchall())
        unsupported = {k: v for k, v in kinds.items() if k not in ("r", "i", "S")}
        cursor.execute(
            """
            SELECT count(*) FROM pg_class s JOIN pg_namespace n ON n.oid = s.relnamespace
            WHERE n.nspname = %s AND s.relkind = 'S' AND NOT EXISTS (
                SELECT 1 FROM pg_depend d WHERE d.objid = s.oid AND d.deptype = 'i')
            """,
            [source],
        )
        free_sequences = cursor.fetchone()[0]
        cursor.execute(
            """
            SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = %s AND NOT t.tgisinternal
            """,
            [source],
        )
        triggers = cursor.fetchone()[0]
        if unsupported or free_sequences or triggers:
            raise RuntimeError(
                f"The template schema {source!r} holds objects the clone plan does not copy "
                f"(relkinds {unsupported}, {free_sequences} free sequences, {triggers} triggers)."
            )

        cursor.execute(
            """
            SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = %s AND c.relkind = 'r' ORDER BY c.relname
            """,
            [source],
        )
        tables = cursor.fetchall()
        src = _ident(source)
        tgt = _ident(CLONE_TARGET)
        creates, copies, sequences, keys, indexes, foreign_keys = [], [], [], [], [], []
        for oid, table in tables:
            qt = _ident(table)
            creates.append(
                f"CREATE TABLE {tgt}.{qt} (LIKE {src}.{qt} INCLUDING DEFAULTS INCLUDING IDENTITY "
                "INCLUDING GENERATED INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMMENTS)"
            )
            cursor.execute(
                """
                SELECT attname, attidentity FROM pg_attribute
                WHERE attrelid = %s AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
                ORDER BY attnum
                """,
                [oid],
            )
            columns = cursor.fetchall()
            for name, identity in columns:
                if not identity:
                    continue
                cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", [f"{src}.{qt}", name])
                original = cursor.fetchone()[0].split(".", 1)[1].strip('"')
                default = f"{table}_{name}_seq"
                if original != default and len(default) <= 63:
                    # LIKE names the new identity sequence by the default rule; keep the
                    # template's name (tables renamed by migrations keep their old one).
                    creates.append(
                        f"ALTER SEQUENCE {tgt}.{_ident(default)} RENAME TO {_ident(original)}"
                    )
            cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {src}.{qt})")
            if cursor.fetchone()[0]:
                cols = ", ".join(_ident(name) for name, _ in columns)
                copies.append(
                    f"INSERT INTO {tgt}.{qt} ({cols}) OVERRIDING SYSTEM VALUE "
                    f"SELECT {cols} FROM {src}.{qt}"
                )
                for name, identity in columns:
                    if identity:
                        col = _ident(name)
                        sequences.append(
                            f"SELECT setval(pg_get_serial_sequence('{tgt}.{qt}', '{name}'), "
                            f"(SELECT COALESCE(MAX({col}), 0) + 1 FROM {tgt}.{qt}), false)"
                        )
            cursor.execute(
                """
                SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = %s AND contype IN ('p', 'u', 'x', 'f') ORDER BY conname
                """,
                [oid],
            )
            for conname, contype, definition in cursor.fetchall():
                statement = f"ALTER TABLE {tgt}.{qt} ADD CONSTRAINT {_ident(conname)} " + _retarget(
                    definition, source
                )
                (foreign_keys if contype == "f" else keys).append(statement)
            cursor.execute(
                """
                SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i
                WHERE i.indrelid = %s AND NOT EXISTS (
                    SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid
                    AND c.conrelid = i.indrelid)
                ORDER BY i.indexrelid
                """,
                [oid],
            )
            for (definition,) in cursor.fetchall():
                indexes.append(_retarget(definition, source))
    connection.set_schema_to_public()
    return [f"CREATE SCHEMA {tgt}", *creates, *copies, *sequences, *keys, *indexes, *foreign_keys]


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _retarget(definition: str, source: str) -> str:
    """Point schema-qualified names of ``source`` in a catalogue definition at the target."""
    pattern = re.compile(r'(?<![\w"])(?:"' + re.escape(source) + r'"|' + re.escape(source) + r")\.")
    return pattern.sub(_ident(CLONE_TARGET) + ".", definition)


# --- Provisioning ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ProvisionResult:
    tenant: Tenant
    domain: Domain
    template_rebuilt: bool


def provision_tenant(
    *,
    schema_name: str,
    name: str,
    domain: str,
    kind: str,
    short_name: str = "",
) -> ProvisionResult:
    """Create a tenant, its primary domain and its schema (cloned from the template),
    with a Wagtail site whose home page carries the tenant's name.

    Raises ``ProvisioningError`` for bad or duplicate input before anything is written;
    any later failure rolls the whole operation back.
    """
    name = (name or "").strip()
    if not name:
        raise ProvisioningError("Tên đơn vị không được để trống.")
    from tenants.models import TenantKind

    if kind not in TenantKind.values:
        raise ProvisioningError(
            f"Loại đơn vị {kind!r} không hợp lệ; chọn một trong: {', '.join(TenantKind.values)}."
        )
    connection.set_schema_to_public()
    state_before = TemplateState.objects.filter(schema_name=template_schema_name()).first()
    state = ensure_template()
    rebuilt = state_before is None or state_before.built_at != state.built_at

    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_ADVISORY_LOCK_KEY])
        schema_name = validate_schema_name(schema_name)
        domain = validate_domain(domain)
        tenant = Tenant(
            schema_name=schema_name, name=name, short_name=short_name.strip(), kind=kind
        )
        tenant.full_clean(exclude=["schema_name"])
        tenant.save()
        domain_obj = Domain.objects.create(domain=domain, tenant=tenant, is_primary=True)
        run_clone_plan(state.plan, schema_name)
        with schema_context(schema_name):
            from tenants.template_content import create_site_for_tenant

            create_site_for_tenant(tenant, domain)
        connection.set_schema_to_public()
    return ProvisionResult(tenant=tenant, domain=domain_obj, template_rebuilt=rebuilt)


def run_clone_plan(plan: list[str], schema_name: str) -> None:
    target = _ident(schema_name)
    placeholder = _ident(CLONE_TARGET)
    script = ";\n".join(statement.replace(placeholder, target) for statement in plan)
    with connection.cursor() as cursor:
        cursor.execute(script)


def drop_tenant(tenant: Tenant) -> None:
    """Delete a tenant with its schema, domains and roles (irreversible)."""
    if tenant.schema_name in (get_public_schema_name(), template_schema_name()):
        raise ProvisioningError("Không thể xoá schema hệ thống.")
    connection.set_schema_to_public()
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(f"DROP SCHEMA IF EXISTS {_ident(tenant.schema_name)} CASCADE")
        Tenant.objects.filter(pk=tenant.pk).delete()
