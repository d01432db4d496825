from __future__ import annotations

from django.core.exceptions import ValidationError
from django_tenants.utils import schema_context

from congdoan.text import nfc, normalise_code
from hierarchy import tree
from hierarchy.actions.base import (
    OrgAction,
    describe,
    require_active,
    require_level_order,
)
from hierarchy.microsite import ensure_microsite_groups
from hierarchy.models import (
    KIND_LEVEL,
    EventAction,
    Kind,
    Organization,
    OrgRole,
    Status,
    search_key,
)
from hierarchy.relocation import (
    drop_microsite_groups,
    fold_tenant_into,
    gather_microsite,
    site_root_id,
)
from hierarchy.roles import require_admin, sync_all_mirrors


class MergeOrganizations(OrgAction):
    """A and B (and more) become C, a new organisation at the same level.

    All children of the sources (with their subtrees) move under C with one UPDATE per
    depth; members are summed; roles on the sources move to C; C becomes the owner of the
    sources' Wagtail content with their old URLs kept working (``_carry_content``). The
    sources stay in the tree as ``merged`` rows pointing at C, so content published under
    their names keeps its attribution. The statement count depends on the number of
    sources, roles and pages, never on the number of organisations moved.
    """

    action = EventAction.MERGE

    def __init__(self, sources, *, code, name, short_name="", kind=None, parent=None, **kwargs):
        super().__init__(**kwargs)
        self.sources = list(sources)
        self.code = normalise_code(code)
        self.name = nfc(name).strip()
        self.short_name = nfc(short_name).strip()
        self.kind = kind
        self.parent = parent

    def refresh(self):
        self.sources = [self.reload(s) for s in self.sources]
        if self.parent is None and self.sources and self.sources[0].depth > 1:
            self.parent = Organization.objects.get(path=self.sources[0].parent_path)
        elif self.parent is not None:
            self.parent = self.reload(self.parent)
        self.source_parents = [
            Organization.objects.get(path=s.parent_path) if s.depth > 1 else None
            for s in self.sources
        ]

    def validate(self):
        sources = self.sources
        if len({s.pk for s in sources}) != len(sources) or len(sources) < 2:
            raise ValidationError("Cần ít nhất hai đơn vị khác nhau để hợp nhất.")
        if not self.code or not self.name:
            raise ValidationError("Mã và tên của đơn vị sau hợp nhất không được để trống.")
        if Organization.objects.filter(code=self.code).exists():
            raise ValidationError(f"Mã đơn vị {self.code} đã tồn tại.")
        require_active(*sources)
        levels = {s.level for s in sources}
        if len(levels) > 1:
            raise ValidationError(
                "Không thể hợp nhất các đơn vị khác cấp: "
                + ", ".join(f"{s.name} (cấp {s.level})" for s in sources)
                + "."
            )
        self.level = levels.pop()
        kinds = {s.kind for s in sources}
        if self.kind is None:
            if len(kinds) > 1:
                raise ValidationError(
                    "Các đơn vị khác loại; hãy chọn loại của đơn vị sau hợp nhất."
                )
            self.kind = kinds.pop()
        if self.kind not in Kind.values or KIND_LEVEL[self.kind] != self.level:
            raise ValidationError(
                f"Loại đơn vị {self.kind!r} không thuộc cấp {self.level} của các đơn vị hợp nhất."
            )
        for s in sources:
            for other in sources:
                if s.pk != other.pk and other.path.startswith(s.path):
                    raise ValidationError(
                        f"{other.name} trực thuộc {s.name}: không thể hợp nhất đơn vị với "
                        "đơn vị cấp dưới của nó."
                    )
            if self.parent is not None and self.parent.path.startswith(s.path):
                raise ValidationError(f"Đơn vị cấp trên mới nằm trong {s.name}.")
        if self.parent is not None:
            require_active(self.parent)
        require_level_order(self.level, self.parent, self.name)

    def check_permission(self):
        for parent in self.source_parents:
            require_admin(self.actor, parent, "hợp nhất đơn vị trực thuộc")
        require_admin(self.actor, self.parent, "nhận đơn vị sau hợp nhất")

    def perform(self):
        sources, date = self.sources, self.effective_date
        before = [describe(s, p) for s, p in zip(sources, self.source_parents, strict=True)]
        (path,) = tree.new_child_paths(self.parent, 1)
        members = sum(s.member_count for s in sources)
        merged = Organization.objects.create(
            path=path,
            depth=len(path) // tree.STEP,
            numchild=0,
            code=self.code,
            name=self.name,
            short_name=self.short_name,
            level=self.level,
            kind=self.kind,
            member_count=members,
            sort_order=tree.next_sort_order(self.parent),
            valid_from=date,
            search_text=search_key(self.name, self.short_name, self.code),
        )
        if self.parent is not None:
            tree.refresh_numchild([self.parent.path])
            self.parent.refresh_from_db()

        children = []
        for source in sources:
            children += list(
                Organization.objects.filter(
                    path__startswith=source.path, depth=source.depth + 1
                ).order_by("sort_order", "path")
            )
        moved = tree.move_subtrees(children, merged) if children else {}
        subtree_size = merged.subtree().count() - 1

        # Roles carried over (the same account's same role once).
        roles = list(OrgRole.objects.filter(organization__in=sources))
        OrgRole.objects.bulk_create(
            [OrgRole(user_id=r.user_id, organization=merged, role=r.role) for r in roles],
            ignore_conflicts=True,
        )
        OrgRole.objects.filter(organization__in=sources).delete()

        content = self._carry_content(merged)
        Organization.objects.filter(pk__in=[s.pk for s in sources]).update(
            status=Status.MERGED, successor=merged, valid_to=date
        )
        merged.refresh_from_db()
        sync_all_mirrors(merged)

        self.merged = merged
        self.touched = [merged, *sources] + ([self.parent] if self.parent else [])
        self.successors = {s.pk: [merged.pk] for s in sources}
        self.payload = {
            "before": before,
            "after": describe(merged, self.parent),
            "children_moved": len(moved),
            "organizations_moved": subtree_size,
            "roles_carried": len(roles),
            **content,
        }
        return merged

    def _carry_content(self, merged: Organization) -> dict:
        """Make the merged organisation the owner of every source's Wagtail content.

        The first source that is a tenant hands its tenant over (same schema, domains and
        URLs); every other source tenant is folded into it (its site copied under a page of
        that tenant, its domains served from there, so old URLs keep resolving). Without a
        tenant, the first hosted microsite becomes the merged one's. Pages of the other
        microsites join the merged content, with redirects from their old URLs. Afterwards no
        source has a tenant or a microsite: their roles and groups ended with them."""
        info: dict = {
            "tenant": None,
            "microsite": None,
            "tenants_folded": [],
            "microsites_gathered": [],
            "redirects": 0,
        }
        sources = self.sources
        with_tenant = [s for s in sources if s.tenant_id]
        hosted = [s for s in sources if s.microsite_host_id and s.microsite_page_id]
        if with_tenant:
            keeper = with_tenant[0]
            host = keeper.tenant
            Organization.objects.filter(pk=keeper.pk).update(tenant=None)
            merged.tenant = host
            merged.save(update_fields=["tenant"])
            host.name = merged.name
            host.short_name = merged.short_name[:64]
            host.save(update_fields=["name", "short_name"])
            target_root = site_root_id(host.schema_name)
            info["tenant"] = host.schema_name
            for other in with_tenant[1:]:
                old_schema = other.tenant.schema_name
                folded = fold_tenant_into(other, host, as_microsite=False)
                info["tenants_folded"].append(
                    {
                        "schema_name": old_schema,
                        "page_id": folded.page_id,
                        "domains": folded.domains,
                    }
                )
        elif hosted:
            keeper = hosted.pop(0)
            host = keeper.microsite_host
            target_root = keeper.microsite_page_id
            Organization.objects.filter(pk=keeper.pk).update(
                microsite_host=None, microsite_page_id=None
            )
            merged.microsite_host = host
            merged.microsite_page_id = target_root
            merged.save(update_fields=["microsite_host", "microsite_page_id"])
            with schema_context(host.schema_name):
                from wagtail.models import Page

                root = Page.objects.get(pk=target_root).specific
                root.title = merged.name
                root.save_revision().publish()
                drop_microsite_groups(keeper)
                ensure_microsite_groups(merged)
            info["microsite"] = {"host": host.schema_name, "page_id": target_root}
        else:
            return info
        for other in hosted:
            info["redirects"] += gather_microsite(other, host, target_root)
            info["microsites_gathered"].append(other.code)
            Organization.objects.filter(pk=other.pk).update(
                microsite_host=None, microsite_page_id=None
            )
        return info

    def summary(self):
        names = ", ".join(s.name for s in self.sources)
        return f"Hợp nhất {names} thành {self.name} ({self.code})"
