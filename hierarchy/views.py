"""Wagtail admin screens (in Vietnamese) to browse the organisation tree and restructure it.

The admin runs on a tenant's host, so every screen is limited to the current tenant's
organisation subtree *and* the subtrees where the signed-in account holds a role; the
actions themselves check permissions again (``hierarchy.actions``).
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import connection
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from accounts.roles import Role
from hierarchy import picker
from hierarchy.actions import (
    CreateMicrosite,
    DissolveOrganization,
    FoldTenant,
    GrantRole,
    MergeOrganizations,
    MoveOrganization,
    PromoteMicrosite,
    ProvisionTenant,
    RenameOrganization,
    RevokeRole,
    SplitOrganization,
)
from hierarchy.actions.base import OrgAction
from hierarchy.actions.split import SplitPart
from hierarchy.models import Level, Organization, OrgRole, Status, search_key
from hierarchy.picker import OrgChoiceField
from hierarchy.roles import (
    effective_role,
    is_admin_of,
)


def tenant_organization() -> Organization | None:
    tenant = getattr(connection, "tenant", None)
    if tenant is None or not getattr(tenant, "pk", None):
        return None
    return Organization.objects.filter(tenant_id=tenant.pk).first()


def visible_organizations(user):
    """Organisations this account may see here: its role subtrees within this tenant's.

    A tenant role (``tenants.TenantRole``, e.g. the demo editors) counts as a role on the
    tenant's own organisation, as in sharing: ``hierarchy.roles.organizations_for`` reads
    org roles only, so the national tenant's editor used to see 0 units."""
    home = tenant_organization()
    if home is None:
        return Organization.objects.none()
    return picker.organizations_in_roles(user).filter(path__startswith=home.path)


def org_picker(request):
    """JSON for the organisation picker of the restructuring forms: active organisations
    this account may see here."""
    return picker.json_results(
        request, visible_organizations(request.user).filter(status=Status.ACTIVE)
    )


def _get_visible(request, pk) -> Organization:
    org = (
        visible_organizations(request.user)
        .select_related("tenant", "microsite_host", "successor")
        .filter(pk=pk)
        .first()
    )
    if org is None:
        raise Http404("Không tìm thấy đơn vị trong phạm vi của bạn.")
    return org


class SearchForm(forms.Form):
    q = forms.CharField(label="Tìm theo tên hoặc mã", required=False)
    level = forms.TypedChoiceField(
        label="Cấp", choices=[("", "Mọi cấp"), *Level.choices], coerce=int, required=False
    )
    status = forms.ChoiceField(
        label="Trạng thái", choices=[("", "Mọi trạng thái"), *Status.choices], required=False
    )


def org_index(request):
    form = SearchForm(request.GET or None)
    qs = visible_organizations(request.user)
    if form.is_valid():
        if form.cleaned_data["q"]:
            qs = qs.filter(search_text__contains=search_key(form.cleaned_data["q"]))
        if form.cleaned_data["level"]:
            qs = qs.filter(level=form.cleaned_data["level"])
        if form.cleaned_data["status"]:
            qs = qs.filter(status=form.cleaned_data["status"])
    page = Paginator(qs.order_by("path"), 50).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    return render(
        request,
        "hierarchy/index.html",
        {
            "form": form,
            "page": page,
            "home": tenant_organization(),
            "total": page.paginator.count,
            "query": query.urlencode(),
        },
    )


def org_detail(request, pk):
    org = _get_visible(request, pk)
    visible = visible_organizations(request.user)
    ancestors = org.ancestors_and_self().exclude(pk=org.pk)
    my_role = effective_role(request.user, org)
    return render(
        request,
        "hierarchy/detail.html",
        {
            "org": org,
            "ancestors": ancestors,
            "visible_ancestor_ids": set(
                visible.filter(pk__in=ancestors).values_list("pk", flat=True)
            ),
            "children": org.get_children().order_by("sort_order", "path")[:100],
            "subtree_count": org.subtree().count() - 1,
            "host": org.hosting_tenant(),
            "roles": OrgRole.objects.filter(organization=org).select_related("user"),
            "events": org.events.select_related("actor")[:50],
            "my_role": my_role,
            "my_role_label": Role(my_role).label if my_role else "",
            "can_act": is_admin_of(request.user, org),
        },
    )


class ActionForm(forms.Form):
    effective_date = forms.DateField(
        label="Ngày hiệu lực", initial=timezone.localdate, widget=forms.DateInput({"type": "date"})
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        url = reverse("hierarchy_org_picker")
        for field in self.fields.values():
            if isinstance(field, OrgChoiceField):
                field.set_source(
                    url,
                    lambda: visible_organizations(user).filter(status=Status.ACTIVE),
                )


class MoveForm(ActionForm):
    new_parent = OrgChoiceField(
        label="Đơn vị cấp trên mới", help_text="Gõ tên hoặc mã đơn vị rồi chọn trong danh sách."
    )


class RenameForm(ActionForm):
    name = forms.CharField(label="Tên đầy đủ mới", max_length=255)
    short_name = forms.CharField(label="Tên viết tắt mới", max_length=128, required=False)


class DissolveForm(ActionForm):
    reparent_to = OrgChoiceField(
        label="Đơn vị tiếp nhận các đơn vị trực thuộc",
        required=False,
        help_text="Để trống nếu đơn vị không còn đơn vị trực thuộc nào.",
    )


class MergeForm(ActionForm):
    others = OrgChoiceField(
        label="Các đơn vị hợp nhất cùng",
        multiple=True,
        help_text="Gõ tên hoặc mã rồi chọn; có thể chọn nhiều đơn vị.",
    )
    code = forms.CharField(label="Mã đơn vị sau hợp nhất", max_length=32)
    name = forms.CharField(label="Tên đơn vị sau hợp nhất", max_length=255)
    short_name = forms.CharField(label="Tên viết tắt", max_length=128, required=False)


class SplitForm(ActionForm):
    parts = forms.CharField(
        label="Các đơn vị mới",
        widget=forms.Textarea({"rows": 5}),
        help_text="Mỗi dòng một đơn vị: mã | tên | các đơn vị trực thuộc nhận về (mã hoặc tên "
        "đầy đủ), cách nhau bởi dấu phẩy.",
    )

    def clean_parts(self):
        parts = []
        for number, line in enumerate(self.cleaned_data["parts"].splitlines(), start=1):
            if not line.strip():
                continue
            fields = [x.strip() for x in line.split("|")]
            if len(fields) < 2:
                raise ValidationError(f"Dòng {number}: cần ít nhất mã và tên.")
            children = [c.strip() for c in (fields[2] if len(fields) > 2 else "").split(",")]
            parts.append(SplitPart(fields[0], fields[1], children=[c for c in children if c]))
        return parts


class TenantForm(ActionForm):
    schema_name = forms.CharField(label="Tên schema (a-z, số, _)", max_length=63)
    domain = forms.CharField(label="Tên miền", max_length=253)


class RoleForm(ActionForm):
    email = forms.EmailField(label="Email tài khoản")
    role = forms.ChoiceField(label="Vai trò", choices=Role.choices)


ACTIONS = {
    "move": ("Chuyển đơn vị cấp trên", MoveForm),
    "rename": ("Đổi tên", RenameForm),
    "dissolve": ("Giải thể", DissolveForm),
    "merge": ("Hợp nhất", MergeForm),
    "split": ("Chia tách", SplitForm),
    "microsite": ("Tạo trang con tại đơn vị cấp trên", ActionForm),
    "provision": ("Tạo trang riêng", TenantForm),
    "promote": ("Nâng trang con thành trang riêng", TenantForm),
    "fold": ("Gộp trang riêng vào đơn vị cấp trên", ActionForm),
    "grant-role": ("Cấp vai trò", RoleForm),
    "revoke-role": ("Thu hồi vai trò", RoleForm),
}


def _children_by_code(org, parts) -> list[SplitPart]:
    """Split lines may name a sub-organisation by code or by its exact name (accents and
    case ignored); the action itself works with codes."""
    by_key = {}
    for code, child_name in org.get_children().values_list("code", "name"):
        by_key[search_key(code)] = code
        by_key.setdefault(search_key(child_name), code)
    for part in parts:
        part.children = [by_key.get(search_key(c), c) for c in part.children]
    return parts


def _build_other(request, org, name, data, common):
    if name == "split":
        data["parts"] = _children_by_code(org, data["parts"])
        return SplitOrganization(org, data["parts"], **common), [
            f"Chia tách {org.name} ({org.code}) thành: "
            + "; ".join(
                f"{p.name} ({p.code}) nhận {', '.join(p.children) or 'không'}"
                for p in data["parts"]
            )
        ]
    if name == "microsite":
        return CreateMicrosite(org, **common), [
            f"Tạo trang con cho {org.name} tại {org.hosting_tenant() or 'đơn vị cấp trên'}; "
            "biên tập viên của đơn vị chỉ sửa được các trang của trang con này."
        ]
    if name in ("provision", "promote"):
        cls = ProvisionTenant if name == "provision" else PromoteMicrosite
        action = cls(org, schema_name=data["schema_name"], domain=data["domain"], **common)
        return action, [
            f"Tạo trang riêng {data['schema_name']} ({data['domain']}) cho {org.name}."
            + (
                " Trang, ảnh, tài liệu của trang con được chuyển sang; địa chỉ cũ chuyển hướng."
                if name == "promote"
                else ""
            )
        ]
    if name == "fold":
        return FoldTenant(org, **common), [
            f"Gộp trang riêng của {org.name} vào đơn vị cấp trên; tên miền cũ tiếp tục hoạt "
            "động và trỏ vào trang con mới; trang riêng cũ ngừng hoạt động."
        ]
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(email__iexact=data["email"]).first()
    if user is None:
        raise ValidationError(f"Không có tài khoản {data['email']}.")
    action_class = GrantRole if name == "grant-role" else RevokeRole
    runner = action_class(user, org, data["role"], actor=request.user)
    return runner, [f"{runner.summary()} tại {org.name} (bao gồm các đơn vị trực thuộc)."]


def _build_action(request, org, name, data):
    common = {"actor": request.user, "effective_date": data["effective_date"]}
    if name not in ("move", "rename", "dissolve", "merge"):
        return _build_other(request, org, name, data, common)
    if name == "move":
        target = data["new_parent"]
        return MoveOrganization(org, target, **common), [
            f"Chuyển {org.name} ({org.code}) cùng {org.subtree().count() - 1} đơn vị trực thuộc "
            f"về {target.name} ({target.code})."
        ]
    if name == "rename":
        return RenameOrganization(org, data["name"], data["short_name"], **common), [
            f"Đổi tên {org.name} thành {data['name']}."
        ]
    if name == "dissolve":
        target = data["reparent_to"]
        lines = [f"Giải thể {org.name} ({org.code}); vai trò tại đơn vị này chấm dứt."]
        if target:
            lines.append(f"Các đơn vị trực thuộc chuyển về {target.name} ({target.code}).")
        return DissolveOrganization(org, reparent_to=target, **common), lines
    sources = [org, *[o for o in data["others"] if o.pk != org.pk]]
    action = MergeOrganizations(
        sources,
        code=data["code"],
        name=data["name"],
        short_name=data["short_name"],
        **common,
    )
    return action, [
        "Hợp nhất " + ", ".join(f"{s.name} ({s.code})" for s in sources),
        f"thành {data['name']} ({data['code']}); đoàn viên, đơn vị trực thuộc, vai trò và "
        "trang của các đơn vị cũ chuyển sang đơn vị mới.",
    ]


FIELD_OF_ACTION = {"move": "new_parent", "dissolve": "reparent_to"}


def precheck(runner) -> None:
    """Run the action's own checks (validity: cycles, level order, codes taken...; then
    permission) without writing, so errors show on the form, before the confirmation
    screen. ``execute`` runs them again under the tree lock."""
    if not isinstance(runner, OrgAction):
        return
    if runner.effective_date > timezone.localdate():
        raise ValidationError(
            f"Ngày hiệu lực {runner.effective_date:%d/%m/%Y} ở tương lai: thao tác được áp dụng "
            "ngay khi thực hiện, hãy thực hiện vào ngày hiệu lực."
        )
    runner.refresh()
    runner.validate()
    runner.check_permission()


def org_action(request, pk, action):
    if action not in ACTIONS:
        raise Http404
    org = _get_visible(request, pk)
    title, form_class = ACTIONS[action]
    form = form_class(request.POST or None, user=request.user)
    confirm_lines = None
    if request.method == "POST" and form.is_valid():
        try:
            runner, confirm_lines = _build_action(request, org, action, form.cleaned_data)
            precheck(runner)
            if "back" in request.POST:
                confirm_lines = None
            elif request.POST.get("confirm") == "1":
                result = runner.execute()
                messages.success(request, f"Đã thực hiện: {runner.summary()}.")
                if isinstance(result, list | tuple) and result:
                    result = result[0]
                target = result if isinstance(result, Organization) else org
                return redirect(reverse("hierarchy_org_detail", args=[target.pk]))
        except (ValidationError, PermissionDenied) as exc:
            confirm_lines = None
            # Cycles and level order concern the chosen target: show them next to it.
            where = FIELD_OF_ACTION.get(action) if isinstance(exc, ValidationError) else None
            for message in getattr(exc, "messages", None) or [str(exc)]:
                form.add_error(where, message)
    return render(
        request,
        "hierarchy/action.html",
        {"org": org, "form": form, "title": title, "action": action, "confirm": confirm_lines},
    )
