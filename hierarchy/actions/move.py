from __future__ import annotations

from django.core.exceptions import ValidationError

from hierarchy import tree
from hierarchy.actions.base import (
    OrgAction,
    parent_code,
    require_active,
    require_level_order,
)
from hierarchy.models import EventAction, Organization
from hierarchy.roles import require_admin


class MoveOrganization(OrgAction):
    """Re-parent an organisation with its whole subtree (one path-prefix UPDATE)."""

    action = EventAction.MOVE

    def __init__(self, org: Organization, new_parent: Organization, **kwargs):
        super().__init__(**kwargs)
        self.org = org
        self.new_parent = new_parent

    def refresh(self):
        self.org = self.reload(self.org)
        self.new_parent = self.reload(self.new_parent)
        self.old_parent = self.parent_of(self.org)

    def validate(self):
        org, target = self.org, self.new_parent
        require_active(org, target)
        if target.path.startswith(org.path):
            raise ValidationError(
                f"Không thể chuyển {org.name} vào {target.name}: "
                "đơn vị đích nằm trong chính đơn vị được chuyển (tạo vòng lặp)."
            )
        if self.old_parent is not None and self.old_parent.pk == target.pk:
            raise ValidationError(f"{org.name} đã trực thuộc {target.name}.")
        require_level_order(org.level, target, org.name)

    def check_permission(self):
        require_admin(self.actor, self.old_parent, "chuyển đơn vị này đi")
        require_admin(self.actor, self.new_parent, "nhận đơn vị vào đây")

    def perform(self):
        before = parent_code(self.org)
        size = self.org.subtree().count()
        old_host = self.org.hosting_tenant()
        tree.move_subtrees([self.org], self.new_parent)
        self.org.refresh_from_db()
        new_host = self.org.hosting_tenant()
        self.touched = [self.org, self.new_parent] + ([self.old_parent] if self.old_parent else [])
        self.payload = {
            "code": self.org.code,
            "name": self.org.name,
            "before": {"parent": before},
            "after": {"parent": self.new_parent.code},
            "subtree_size": size,
            # A hosted microsite stays in its host's Wagtail until it is promoted or folded.
            "host_changed": bool(
                self.org.microsite_host_id and old_host and new_host and old_host != new_host
            ),
        }
        return self.org

    def summary(self):
        return f"Chuyển {self.org.name} ({self.org.code}) về trực thuộc {self.new_parent.name}"
