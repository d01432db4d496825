from __future__ import annotations

from django.core.exceptions import ValidationError

from hierarchy import tree
from hierarchy.actions.base import (
    OrgAction,
    describe,
    require_active,
    require_level_order,
)
from hierarchy.models import EventAction, Organization, OrgRole, Status
from hierarchy.roles import require_admin, sync_mirrors


class DissolveOrganization(OrgAction):
    """Dissolve an organisation; its active sub-organisations must be re-parented
    (``reparent_to``) or the action is refused. Its roles end with it."""

    action = EventAction.DISSOLVE

    def __init__(self, org: Organization, *, reparent_to: Organization | None = None, **kwargs):
        super().__init__(**kwargs)
        self.org = org
        self.reparent_to = reparent_to

    def refresh(self):
        self.org = self.reload(self.org)
        self.parent = self.parent_of(self.org)
        if self.reparent_to is not None:
            self.reparent_to = self.reload(self.reparent_to)
        self.children = list(
            Organization.objects.filter(
                path__startswith=self.org.path, depth=self.org.depth + 1
            ).order_by("sort_order", "path")
        )

    def validate(self):
        require_active(self.org)
        active = [c for c in self.children if c.is_active]
        if active and self.reparent_to is None:
            raise ValidationError(
                f"{self.org.name} còn {len(active)} đơn vị trực thuộc đang hoạt động; "
                "hãy chọn đơn vị tiếp nhận."
            )
        if self.reparent_to is not None:
            target = self.reparent_to
            require_active(target)
            if target.path.startswith(self.org.path):
                raise ValidationError("Đơn vị tiếp nhận nằm trong chính đơn vị bị giải thể.")
            for child in active:
                require_level_order(child.level, target, child.name)

    def check_permission(self):
        require_admin(self.actor, self.parent, "giải thể đơn vị trực thuộc")
        if self.reparent_to is not None:
            require_admin(self.actor, self.reparent_to, "nhận đơn vị trực thuộc")

    def perform(self):
        org = self.org
        before = describe(org, self.parent)
        moved = {}
        if self.reparent_to is not None and self.children:
            moved = tree.move_subtrees(self.children, self.reparent_to)
        roles = list(OrgRole.objects.filter(organization=org).select_related("user"))
        OrgRole.objects.filter(organization=org).delete()
        for user in {r.user for r in roles}:
            sync_mirrors(user, org)
        org.status = Status.DISSOLVED
        org.valid_to = self.effective_date
        org.save(update_fields=["status", "valid_to", "updated_at"])
        self.touched = [org] + ([self.reparent_to] if self.reparent_to else [])
        self.successors = {org.pk: [self.reparent_to.pk] if self.reparent_to else []}
        self.payload = {
            "before": before,
            "reparented_to": self.reparent_to.code if self.reparent_to else None,
            "children_moved": len(moved),
            "roles_ended": [[r.user.email, r.role] for r in roles],
        }
        return org

    def summary(self):
        return f"Giải thể {self.org.name} ({self.org.code})"
