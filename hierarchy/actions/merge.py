from __future__ import annotations

from django.core.exceptions import ValidationError
from django_tenants.utils import schema_context

from congdoan.text import nfc
from hierarchy import tree
from hierarchy.actions.base import (
    OrgAction,
    describe,
    require_active,
    require_level_order,
)
from hierarchy.models import (
    KIND_LEVEL,
    EventAction,
    Kind,
    Organization,
    OrgRole,
    Status,
    search_key,
)
from hierarchy.roles import require_admin, sync_all_mirrors
from sharing.restructure import carry_shares


class MergeOrganizations(OrgAction):
    """A and B (and more) become C, a new organisation at the same level.

    All children of the sources (with their subtrees) move under C with one UPDATE per
    depth; members are summed; roles on the sources move to C; the first source that is a
    tenant hands its tenant (pages, images, documents, domains) to C, and hosted microsites
    of the sources are gathered into one under C with redirects from their old URLs. The
    sources stay in the tree as ``merged`` rows pointing at C, so content published under
    their names keeps its attribution.
    """

    action = EventAction.MERGE

    def __init__(self, sources, *, code, name, short_name="", kind=None, parent=None, **kwargs):
        super().__init__(**kwargs)
        self.sources = list(sources)
        self.code = (code or "").strip()
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
        carry_shares(sources, merged, actor=self.actor)

        content = self._carry_content(merged)
        Organization.objects.filter(pk__in=[s.pk for s in sources]).update(
            status=Status.MERGED, successor=merged, valid_to=date
        )
        merged.refresh_from_db()
        sync_all_mirrors(merged)
        for source in sources:
            self._unmirror(source, roles)

        self.merged = merged
        self.touched = [merged, *sources] + ([self.parent] if self.parent else [])
        self.payload = {
            "before": before,
            "after": describe(merged, self.parent),
            "children_moved": len(moved),
            "organizations_moved": subtree_size,
            "roles_carried": len(roles),
            **content,
        }
        return merged

    def _unmirror(self, source, roles):
        from django.contrib.auth import get_user_model

        users = get_user_model().objects.filter(pk__in={r.user_id for r in roles})
        source.refresh_from_db()
        for user in users:
            from hierarchy.roles import sync_mirrors

            sync_mirrors(user, source)

    def _carry_content(self, merged: Organization) -> dict:
        """Hand tenants and microsites of the sources over to the merged organisation."""
        info: dict = {"tenant": None, "tenants_to_fold": [], "microsite_redirects": 0}
        with_tenant = [s for s in self.sources if s.tenant_id]
        if with_tenant:
            first = with_tenant[0]
            tenant = first.tenant
            Organization.objects.filter(pk=first.pk).update(tenant=None)
            merged.tenant = tenant
            merged.save(update_fields=["tenant"])
            tenant.name = merged.name
            tenant.short_name = merged.short_name[:64]
            tenant.save(update_fields=["name", "short_name"])
            info["tenant"] = tenant.schema_name
            # Other tenants keep serving under their old (merged) organisation until folded.
            info["tenants_to_fold"] = [s.tenant.schema_name for s in with_tenant[1:]]
            return info
        hosted = [s for s in self.sources if s.microsite_host_id and s.microsite_page_id]
        if not hosted:
            return info
        first = hosted[0]
        merged.microsite_host_id = first.microsite_host_id
        merged.microsite_page_id = first.microsite_page_id
        merged.save(update_fields=["microsite_host", "microsite_page_id"])
        info["microsite_redirects"] = self._gather_microsites(merged, hosted)
        info["microsites_elsewhere"] = [
            s.code for s in hosted[1:] if s.microsite_host_id != first.microsite_host_id
        ]
        return info

    def _gather_microsites(self, merged, hosted) -> int:
        from wagtail.contrib.redirects.models import Redirect
        from wagtail.models import Page, Site

        first = hosted[0]
        redirects = 0
        with schema_context(first.microsite_host.schema_name):
            site = Site.objects.get(is_default_site=True)
            root = Page.objects.get(pk=first.microsite_page_id).specific
            root.title = merged.name
            root.save_revision().publish()
            for other in hosted[1:]:
                if other.microsite_host_id != first.microsite_host_id:
                    continue
                old_root = Page.objects.get(pk=other.microsite_page_id)
                old_url = old_root.relative_url(site)
                for child in old_root.get_children():
                    # Wagtail records a redirect from each moved page's old URL.
                    child.move(root, pos="last-child")
                    redirects += 1
                Redirect.objects.get_or_create(
                    old_path=Redirect.normalise_path(old_url),
                    site=site,
                    defaults={"redirect_page": root},
                )
                redirects += 1
                old_root.specific.unpublish()
        return redirects

    def summary(self):
        names = ", ".join(s.name for s in self.sources)
        return f"Hợp nhất {names} thành {self.name} ({self.code})"
