from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone

from congdoan.actions import Action
from hierarchy.models import Organization, OrganizationEvent
from hierarchy.signals import organization_restructured

# Restructurings of the tree run one at a time (transaction-scoped advisory lock).
TREE_LOCK_KEY = 0x4F_52_47_54  # "ORGT"


class OrgAction(Action):
    """An operation on the org tree: ``refresh`` -> ``validate`` -> ``check_permission`` ->
    ``perform``, then one ``OrganizationEvent`` and the ``organization_restructured`` signal,
    in the public schema under the tree lock (see ``congdoan.actions.Action``).

    ``perform`` fills ``touched`` (organisations the event is linked to), ``payload`` (what
    the event records) and ``successors`` (for the signal)."""

    action: str = ""
    # Actions run from any tenant's admin; they write public rows (tenants among them,
    # which django-tenants only saves from the public schema) and switch to tenant
    # schemas themselves where content moves.
    public = True
    lock_key = TREE_LOCK_KEY

    def __init__(self, *, actor=None, effective_date: datetime.date | None = None):
        super().__init__(actor=actor)
        self.effective_date = effective_date or timezone.localdate()

    def summary(self) -> str:
        raise NotImplementedError

    def prepare(self) -> None:
        self.refresh()
        if self.effective_date > timezone.localdate():
            raise ValidationError(
                f"Ngày hiệu lực {self.effective_date:%d/%m/%Y} ở tương lai: thao tác được áp "
                "dụng ngay khi thực hiện, hãy thực hiện vào ngày hiệu lực."
            )
        self.payload: dict = {}
        self.touched: list[Organization] = []
        self.successors: dict[int, list[int]] = {}

    def audit(self, result) -> None:
        event = OrganizationEvent.objects.create(
            action=self.action,
            effective_date=self.effective_date,
            actor=self.actor,
            summary=self.summary()[:500],
            payload=self.payload,
        )
        event.organizations.add(*{o.pk: o for o in self.touched}.values())
        self.event = event

    def signal(self, result) -> None:
        organization_restructured.send(
            sender=type(self), action=self.action, event=self.event, successors=self.successors
        )

    def refresh(self) -> None:
        """Re-read the organisations involved once the tree lock is held."""

    @staticmethod
    def reload(org: Organization) -> Organization:
        return Organization.objects.select_related("tenant", "microsite_host").get(pk=org.pk)

    @staticmethod
    def parent_of(org: Organization) -> Organization | None:
        return Organization.objects.get(path=org.parent_path) if org.depth > 1 else None


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


class OrgTenantAction(OrgAction):
    """Base of the actions that give an organisation its own tenant or take it away
    (``ProvisionTenant``, ``PromoteMicrosite``, ``FoldTenant``): the organisation and its
    parent re-read under the lock, the parent's admins decide, a new tenant is provisioned
    from the organisation's name and kind, and the roles on the organisation are mirrored
    into wherever its content lives afterwards."""

    #: What the parent's admin is allowed to do (for the refusal message).
    permission_what = "tạo trang riêng cho đơn vị trực thuộc"

    def __init__(self, org: Organization, *, schema_name: str = "", domain: str = "", **kwargs):
        super().__init__(**kwargs)
        self.org = org
        self.schema_name = schema_name
        self.domain = domain

    def refresh(self):
        self.org = self.reload(self.org)
        self.parent = self.parent_of(self.org)

    def check_permission(self):
        from hierarchy.roles import require_admin

        require_admin(self.actor, self.parent, self.permission_what)

    def provision(self):
        """A new tenant for ``org`` cloned from the template (``tenants.provisioning``)."""
        from hierarchy.models import TENANT_KIND
        from tenants.provisioning import provision_tenant

        return provision_tenant(
            schema_name=self.schema_name,
            name=self.org.name,
            domain=self.domain,
            kind=TENANT_KIND[self.org.kind],
            short_name=self.org.short_name[:64],
        )

    def mirror_roles(self) -> None:
        from hierarchy.roles import sync_all_mirrors

        sync_all_mirrors(self.org)
