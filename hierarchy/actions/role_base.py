from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError

from accounts.roles import ADMIN, RANK, Role
from congdoan.actions import Action
from hierarchy.models import EventAction, Organization, OrganizationEvent
from hierarchy.roles import adopt_tenant_roles, effective_rank, sync_mirrors
from tenants.models import Tenant


class RoleAction(Action):
    """Grant or revoke ``role`` of ``user`` on ``target``: an organisation (the role covers
    its subtree and is mirrored where its content lives), or a tenant. A tenant that an
    organisation holds stands for that organisation (its tenant roles are derived from the
    organisation's); a tenant outside the tree keeps its own rows, through
    ``tenants.actions``.

    ``actor`` None is the system. Otherwise the actor must be an admin of the organisation
    or an ancestor, may not grant above its own rank, nor change its own roles."""

    event_action = ""
    tenant_action = None  # the tenants.actions class for a tenant outside the tree

    def __init__(self, user, target: Organization | Tenant, role: str, *, actor=None):
        super().__init__(actor=actor)
        self.user = user
        self.target = target
        self.role = role

    def execute(self):
        if isinstance(self.target, Tenant):
            org = Organization.objects.filter(tenant=self.target).first()
            if org is None:
                return self.tenant_action(
                    self.user, self.target, self.role, actor=self.actor
                ).execute()
            self.target = org
        return super().execute()

    def prepare(self):
        # The organisation as stored now (its tenant or microsite may have changed).
        self.org = Organization.objects.select_related("tenant", "microsite_host").get(
            pk=self.target.pk
        )
        # Tenant roles recorded before its tenant joined the tree become org roles first, so
        # that deriving the mirrors below keeps them.
        adopt_tenant_roles(self.org, self.user)

    def validate(self):
        if self.role not in Role.values:
            raise ValidationError(
                f"Vai trò {self.role!r} không tồn tại; chọn: {', '.join(Role.values)}."
            )

    def check_permission(self):
        actor = self.actor
        if actor is None or actor.is_superuser:
            return
        if actor.pk == self.user.pk:
            raise PermissionDenied("Không thể tự cấp hoặc thu hồi vai trò của chính mình.")
        rank = effective_rank(actor, self.org)
        if rank < ADMIN:
            raise PermissionDenied(
                f"Chỉ quản trị viên của {self.org.name} hoặc của đơn vị cấp trên mới được phân "
                "vai trò tại đơn vị này."
            )
        if RANK[self.role] > rank:
            raise PermissionDenied("Không thể cấp vai trò cao hơn vai trò của chính bạn.")

    def mirror(self) -> None:
        sync_mirrors(self.user, self.org)

    def audit(self, result):
        if not self.changed:
            return
        verb = "Cấp" if self.event_action == EventAction.ROLE_GRANT else "Thu hồi"
        event = OrganizationEvent.objects.create(
            action=self.event_action,
            actor=self.actor,
            summary=(
                f"{verb} vai trò {Role(self.role).label} tại {self.org.code} cho {self.user.email}"
            ),
            payload={"code": self.org.code, "user": self.user.email, "role": self.role},
        )
        event.organizations.add(self.org)

    def summary(self) -> str:
        verb = "Cấp" if self.event_action == EventAction.ROLE_GRANT else "Thu hồi"
        return f"{verb} vai trò {Role(self.role).label} cho {self.user.email}"
