"""The public schema's own tenant row, which django-tenants routes the public host to."""

from django.conf import settings
from django.db import transaction
from django_tenants.utils import get_public_schema_name

from tenants.models import Domain, Tenant, TenantKind


@transaction.atomic
def ensure_public_tenant(hostname: str | None = None) -> Tenant:
    hostname = hostname or settings.PUBLIC_HOSTNAME
    tenant, _ = Tenant.objects.get_or_create(
        schema_name=get_public_schema_name(),
        defaults={"name": "Nền tảng Công đoàn Việt Nam", "kind": TenantKind.PLATFORM},
    )
    Domain.objects.get_or_create(domain=hostname, defaults={"tenant": tenant, "is_primary": True})
    return tenant
