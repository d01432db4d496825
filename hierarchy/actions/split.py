from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django_tenants.utils import schema_context

from congdoan.text import nfc, normalise_code
from hierarchy import tree
from hierarchy.actions.base import OrgAction, describe, require_active
from hierarchy.microsite import ensure_microsite_groups
from hierarchy.models import EventAction, Organization, OrgRole, Status, search_key
from hierarchy.relocation import drop_microsite_groups
from hierarchy.roles import require_admin, sync_all_mirrors


@dataclass
class SplitPart:
    code: str
    name: str
    short_name: str = ""
    children: list[str] = field(default_factory=list)  # codes of sub-organisations it takes
    member_count: int | None = None  # default: the members of the children it takes


class SplitOrganization(OrgAction):
    """One organisation becomes several at the same level under the same parent; every
    sub-organisation goes to exactly one part. Roles on the source are carried to every
    part (each part's admins then narrow them). The source stays as a dissolved row whose
    successor is the first part; that part also takes over the source's tenant or hosted
    microsite."""

    action = EventAction.SPLIT

    def __init__(self, org: Organization, parts: list[SplitPart], **kwargs):
        super().__init__(**kwargs)
        self.org = org
        self.parts = [
            SplitPart(
                normalise_code(p.code),
                nfc(p.name).strip(),
                nfc(p.short_name).strip(),
                [normalise_code(c) for c in p.children],
                p.member_count,
            )
            for p in parts
        ]

    def refresh(self):
        self.org = self.reload(self.org)
        self.parent = self.parent_of(self.org)
        self.children = {
            c.code: c
            for c in Organization.objects.filter(
                path__startswith=self.org.path, depth=self.org.depth + 1
            )
        }

    def validate(self):
        require_active(self.org)
        if len(self.parts) < 2:
            raise ValidationError("Chia tách cần ít nhất hai đơn vị mới.")
        codes = [p.code for p in self.parts]
        if any(not p.code or not p.name for p in self.parts):
            raise ValidationError("Mã và tên của mỗi đơn vị mới không được để trống.")
        if len(set(codes)) != len(codes):
            raise ValidationError("Mã các đơn vị mới bị trùng nhau.")
        taken = Organization.objects.filter(code__in=codes).values_list("code", flat=True)
        if taken:
            raise ValidationError(f"Mã đơn vị đã tồn tại: {', '.join(sorted(taken))}.")
        assigned: dict[str, str] = {}
        for part in self.parts:
            for code in part.children:
                if code not in self.children:
                    raise ValidationError(f"{code} không phải đơn vị trực thuộc {self.org.name}.")
                if code in assigned:
                    raise ValidationError(
                        f"{code} được giao cho cả {assigned[code]} và {part.code}."
                    )
                assigned[code] = part.code
        missing = [c for c, o in self.children.items() if o.is_active and c not in assigned]
        if missing:
            raise ValidationError(
                "Chưa giao các đơn vị trực thuộc sau cho đơn vị mới nào: "
                + ", ".join(sorted(missing)[:20])
            )

    def check_permission(self):
        require_admin(self.actor, self.parent, "chia tách đơn vị trực thuộc")

    def perform(self):
        org, parent = self.org, self.parent
        before = describe(org, parent)
        paths = tree.new_child_paths(parent, len(self.parts))
        order = tree.next_sort_order(parent)
        created = []
        for i, (part, path) in enumerate(zip(self.parts, paths, strict=True)):
            taken = [self.children[c] for c in part.children]
            members = part.member_count
            if members is None:
                members = sum(c.member_count for c in taken)
            created.append(
                Organization.objects.create(
                    path=path,
                    depth=len(path) // tree.STEP,
                    numchild=0,
                    code=part.code,
                    name=part.name,
                    short_name=part.short_name,
                    level=org.level,
                    kind=org.kind,
                    member_count=members,
                    sort_order=order + i,
                    valid_from=self.effective_date,
                    search_text=search_key(part.name, part.short_name, part.code),
                )
            )
        if parent is not None:
            tree.refresh_numchild([parent.path])
        for part, new in zip(self.parts, created, strict=True):
            taken = sorted(
                (self.children[c] for c in part.children), key=lambda c: (c.sort_order, c.path)
            )
            if taken:
                tree.move_subtrees(taken, new)
        roles = list(OrgRole.objects.filter(organization=org))
        OrgRole.objects.bulk_create(
            [
                OrgRole(user_id=r.user_id, organization=new, role=r.role)
                for r in roles
                for new in created
            ],
            ignore_conflicts=True,
        )
        OrgRole.objects.filter(organization=org).delete()
        # The first part (the successor) takes over the source's tenant or microsite, with its
        # pages and URLs as they are; the other parts get their own when they need one.
        content = self._hand_over_content(org, created[0])
        org.status = Status.DISSOLVED
        org.valid_to = self.effective_date
        org.successor = created[0]
        org.save(update_fields=["status", "valid_to", "successor", "updated_at"])
        for new in created:
            sync_all_mirrors(new)
        self.created = created
        self.touched = [org, *created] + ([parent] if parent else [])
        self.payload = {
            "before": before,
            "after": [
                {**describe(new, parent), "children": part.children}
                for part, new in zip(self.parts, created, strict=True)
            ],
            "roles_carried": len(roles),
            "content_to": content,
        }
        self.successors = {org.pk: [new.pk for new in created]}
        return created

    @staticmethod
    def _hand_over_content(org: Organization, heir: Organization) -> dict | None:
        if org.tenant_id:
            tenant = org.tenant
            Organization.objects.filter(pk=org.pk).update(tenant=None)
            org.tenant = None
            heir.tenant = tenant
            heir.save(update_fields=["tenant", "updated_at"])
            tenant.name, tenant.short_name = heir.name, heir.short_name[:64]
            tenant.save(update_fields=["name", "short_name"])
            return {"code": heir.code, "tenant": tenant.schema_name}
        if org.microsite_host_id and org.microsite_page_id:
            host, page_id = org.microsite_host, org.microsite_page_id
            Organization.objects.filter(pk=org.pk).update(
                microsite_host=None, microsite_page_id=None
            )
            heir.microsite_host, heir.microsite_page_id = host, page_id
            heir.save(update_fields=["microsite_host", "microsite_page_id", "updated_at"])
            with schema_context(host.schema_name):
                drop_microsite_groups(org)
                ensure_microsite_groups(heir)
            return {"code": heir.code, "host": host.schema_name, "page_id": page_id}
        return None

    def summary(self):
        return f"Chia tách {self.org.name} thành " + ", ".join(p.name for p in self.parts)
