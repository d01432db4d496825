from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django_tenants.utils import get_public_schema_name, schema_context

from tenants.models import Domain, Tenant


def domain_cache_key(hostname: str) -> str:
    return f"tenant-for-host:{hostname}"


def forget_domain(hostname: str) -> None:
    # Keys are schema-prefixed by make_key; the middleware reads them in the public schema.
    with schema_context(get_public_schema_name()):
        cache.delete(domain_cache_key(hostname))


@receiver(post_save, sender=Domain)
@receiver(post_delete, sender=Domain)
def _domain_changed(sender, instance, **kwargs):
    forget_domain(instance.domain)


@receiver(post_save, sender=Tenant)
@receiver(post_delete, sender=Tenant)
def _tenant_changed(sender, instance, **kwargs):
    for hostname in Domain.objects.filter(tenant_id=instance.pk).values_list("domain", flat=True):
        forget_domain(hostname)
