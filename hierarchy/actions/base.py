from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone
from django_tenants.utils import get_public_schema_name, schema_context

from hierarchy.models import Organization, OrganizationEvent
from hierarchy.signals import organization_restructured

# Restructurings of the tree run one at a time (transaction-scoped advisory lock).
TREE_LOCK_KEY = 0x4F_52_47_54  # "ORGT"


class OrgAction:
    """validate() -> check_permission() -> perform() and an event, in one transaction."""

    action: str = ""

    def __init__(self, *, actor=None, effective_date: datetime.date | None = None):
        self.actor = actor
        self.effective_date = effective_date or timezone.localdate()

    def validate(self) -> None:
        raise NotImplementedError

    def check_permission(self) -> None:
        raise NotImplementedError

    def perform(self):
        raise NotImplementedError

    def summary(self) -> str:
        raise NotImplementedError

    def execute(self):
        # Actions run from any tenant's admin; they write public rows (tenants among them,
        # which django-tenants only saves from the public schema) and switch to tenant
        # schemas themselves where content moves.
        with schema_context(get_public_schema_name()), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [TREE_LOCK_KEY])
            self.refresh()
            if self.effective_date > timezone.localdate():
                raise ValidationError(
                    f"Ngày hiệu lực {self.effective_date:%d/%m/%Y} ở tương lai: thao tác được áp "
                    "dụng ngay khi thực hiện, hãy thực hiện vào ngày hiệu lực."
                )
            self.validate()
            self.check_permission()
            self.payload: dict = {}
            self.touched: list[Organization] = []
            self.successors: dict[int, list[int]] = {}
            result = self.perform()
            event = OrganizationEvent.objects.create(
                action=self.action,
                effective_date=self.effective_date,
                actor=self.actor,
                summary=self.summary()[:500],
                payload=self.payload,
            )
            event.organizations.add(*{o.pk: o for o in self.touched}.values())
            self.event = event
            organization_restructured.send(
                sender=type(self), action=self.action, event=event, successors=self.successors
            )
        return result

    def refresh(self) -> None:
        """Re-read the organisations involved once the tree lock is held."""

    @staticmethod
    def reload(org: Organization) -> Organization:
        return Organization.objects.select_related("tenant", "microsite_host").get(pk=org.pk)


def require_active(*orgs: Organization) -> None:
    for org in orgs:
        if not org.is_active:
            raise ValidationError(f"{org.name} ({org.code}) không còn hoạt động.")


def require_level_order(child_level: int, parent: Organization | None, child_name: str) -> None:
    if parent is not None and child_level <= parent.level:
        raise ValidationError(
            f"{child_name} (cấp {child_level}) không thể trực thuộc {parent.name} "
            f"(cấp {parent.level}): đơn vị cấp trên phải ở cấp cao hơn."
        )


def describe(org: Organization, parent: Organization | None = None) -> dict:
    """What an event records about an organisation."""
    return {
        "code": org.code,
        "name": org.name,
        "short_name": org.short_name,
        "level": org.level,
        "kind": org.kind,
        "parent": parent.code if parent is not None else parent_code(org),
        "member_count": org.member_count,
        "status": org.status,
    }


def parent_code(org: Organization) -> str | None:
    if org.depth <= 1:
        return None
    return Organization.objects.filter(path=org.parent_path).values_list("code", flat=True).first()
