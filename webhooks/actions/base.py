from __future__ import annotations

import logging

from congdoan.actions import Action
from webhooks.permissions import require_tenant_admin

logger = logging.getLogger("webhooks.audit")


class EndpointAction(Action):
    """An action on one tenant's endpoint, allowed to that tenant's admins."""

    tenant = None

    def check_permission(self) -> None:
        require_tenant_admin(self.actor, self.tenant)

    def audit(self, result) -> None:
        logger.info(
            "%s by %s on tenant %s: %s",
            type(self).__name__,
            getattr(self.actor, "pk", None),
            getattr(self.tenant, "schema_name", None),
            result,
        )


def check_fields(tenant, *, url, secret, events, page_types, organization) -> None:
    """Every field error at once (``ValidationError`` keyed by field, Vietnamese)."""
    from django.core.exceptions import ValidationError

    from webhooks import events as registry
    from webhooks.validation import validate_secret, validate_url

    errors: dict[str, list] = {}

    def check(field, fn, *args):
        try:
            fn(*args)
        except ValidationError as exc:
            errors.setdefault(field, []).extend(exc.messages)

    check("url", validate_url, url or "")
    if secret:
        check("secret", validate_secret, secret)
    if not events:
        errors.setdefault("events", []).append("Hãy chọn ít nhất một sự kiện để nhận.")
    unknown = [name for name in events or [] if name not in registry.REGISTRY]
    if unknown:
        errors.setdefault("events", []).append(f"Sự kiện không tồn tại: {', '.join(unknown)}.")
    known_types = set(page_type_choices())
    bad_types = [name for name in page_types or [] if name not in known_types]
    if bad_types:
        errors.setdefault("page_types", []).append(
            f"Loại trang không tồn tại: {', '.join(bad_types)}."
        )
    if organization is not None and not organization_allowed(tenant, organization):
        errors.setdefault("organization", []).append(
            f"{organization.name} không thuộc đơn vị này hay các đơn vị cấp dưới của nó."
        )
    if errors:
        raise ValidationError(errors)


def page_type_choices() -> dict[str, str]:
    """``app_label.model`` -> verbose name of every page type."""
    from wagtail.models import get_page_models

    return {
        f"{model._meta.app_label}.{model._meta.model_name}": str(model._meta.verbose_name)
        for model in get_page_models()
        if model._meta.app_label != "wagtailcore"
    }


def tenant_organizations(tenant):
    """Organisations an endpoint of ``tenant`` may filter on: the tenant's own organisation
    and everything below it, plus the microsites it hosts."""
    from django.db.models import Q

    from hierarchy.models import Organization

    own = Organization.objects.filter(tenant=tenant).first()
    query = Q(microsite_host=tenant)
    if own is not None:
        query |= Q(path__startswith=own.path)
    return Organization.objects.filter(query)


def organization_allowed(tenant, organization) -> bool:
    return tenant_organizations(tenant).filter(pk=organization.pk).exists()
