from __future__ import annotations

from django.core.exceptions import ValidationError

from congdoan.text import nfc, normalise_code
from hierarchy import tree
from hierarchy.actions.base import OrgAction, describe, require_active, require_level_order
from hierarchy.models import KIND_LEVEL, EventAction, Kind, Organization, search_key
from hierarchy.roles import require_admin


class CreateOrganization(OrgAction):
    """Add an organisation under ``parent`` (None: a root, superusers only), appended after
    its siblings; ``position`` (1-based) puts it earlier in the display order instead, which
    shifts the later siblings' ``sort_order`` with one UPDATE."""

    action = EventAction.CREATE

    def __init__(self, *, parent, code, name, kind, short_name="", position=None, **fields):
        super().__init__(
            actor=fields.pop("actor", None), effective_date=fields.pop("effective_date", None)
        )
        self.parent = parent
        self.code = normalise_code(code)
        self.name = nfc(name).strip()
        self.kind = kind
        self.short_name = short_name
        self.position = position
        self.fields = fields

    def refresh(self):
        if self.parent is not None:
            self.parent = self.reload(self.parent)

    def validate(self):
        if not self.code or not self.name:
            raise ValidationError("Mã và tên đơn vị không được để trống.")
        if self.kind not in Kind.values:
            raise ValidationError(f"Loại đơn vị {self.kind!r} không hợp lệ.")
        if Organization.objects.filter(code=self.code).exists():
            raise ValidationError(f"Mã đơn vị {self.code} đã tồn tại.")
        self.level = KIND_LEVEL[self.kind]
        if self.parent is not None:
            require_active(self.parent)
        require_level_order(self.level, self.parent, self.name)

    def check_permission(self):
        require_admin(self.actor, self.parent, "thành lập đơn vị trực thuộc")

    def perform(self):
        (path,) = tree.new_child_paths(self.parent, 1)
        order = tree.next_sort_order(self.parent)
        if self.position is not None and 1 <= self.position < order:
            siblings = Organization.objects.filter(
                depth=len(path) // tree.STEP, sort_order__gte=self.position
            )
            if self.parent is not None:
                siblings = siblings.filter(path__startswith=self.parent.path)
            from django.db.models import F

            siblings.update(sort_order=F("sort_order") + 1)
            order = self.position
        org = Organization(
            path=path,
            depth=len(path) // tree.STEP,
            numchild=0,
            code=self.code,
            name=self.name,
            short_name=self.short_name,
            kind=self.kind,
            level=self.level,
            sort_order=order,
            valid_from=self.effective_date,
            search_text=search_key(self.name, self.short_name, self.code),
            **self.fields,
        )
        org.save()
        if self.parent is not None:
            tree.refresh_numchild([self.parent.path])
        self.org = org
        self.touched = [org] + ([self.parent] if self.parent else [])
        self.payload = {"after": describe(org, self.parent)}
        return org

    def summary(self):
        where = f" trực thuộc {self.parent.code}" if self.parent else ""
        return f"Thành lập {self.name} ({self.code}){where}"
