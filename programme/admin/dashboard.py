"""Chương trình truyền thông → Bảng theo dõi: the roll-up dashboard in the Wagtail admin.

One organisation's subtree (default: the highest organisation the account holds a role on)
over a year, quarter or month, filtered by level, kind of organisation and branch, all as GET
parameters so a URL can be shared. The account sees the subtrees of the organisations it
holds a role on (org roles and the tenant roles of tenants in the tree), within the subtree
of the tenant whose admin it is in; platform operators see every organisation. Any other
organisation is answered "Không tìm thấy đơn vị" (404), whether it exists or not. Bad
parameters are reported in Vietnamese above the dashboard (400), which then shows the
defaults for them, never a 500.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import connection
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from hierarchy import picker
from hierarchy.models import Kind, Level, Organization, Status
from hierarchy.roles import role_paths
from programme import charts
from programme.dashboard import (
    GROUPS,
    STATUS_LABELS,
    STATUS_SYMBOLS,
    Dashboard,
    fmt,
    kinds_for,
)
from programme.figures import Period
from programme.metrics import FIRST_YEAR, INDICATORS, LAST_YEAR
from programme.wagtail_hooks import MENU_HOOK

PER_PAGE = 25
URL_NAME = "programme_dashboard"


# --- who sees what ----------------------------------------------------------------------------


def tenant_organization() -> Organization | None:
    tenant = getattr(connection, "tenant", None)
    if tenant is None or not getattr(tenant, "pk", None):
        return None
    return Organization.objects.filter(tenant_id=tenant.pk).first()


class Scope:
    """The subtrees an account may see on the dashboard, as tree paths (``roots``).

    An account sees the subtrees of the organisations it holds a role on, clipped to the
    subtree of the tenant whose admin it is in (a role above the tenant's organisation
    covers that organisation's subtree only); a platform operator sees every organisation.
    Two statements: the tenant's organisation and the account's roles."""

    def __init__(self, user, home: Organization | None):
        self.user = user
        self.home = home
        self.superuser = bool(user.is_superuser)
        if self.superuser:
            self.roots = [""]
            return
        held = {p for p, _rank in role_paths(user)}
        if home is not None:
            clipped = set()
            for p in held:
                if home.path.startswith(p):
                    clipped.add(home.path)
                elif p.startswith(home.path):
                    clipped.add(p)
            held = clipped
        self.roots = [p for p in sorted(held) if not any(p != q and p.startswith(q) for q in held)]

    def __bool__(self) -> bool:
        return bool(self.roots)

    def contains(self, org: Organization) -> bool:
        return any(org.path.startswith(root) for root in self.roots)

    def organizations(self):
        if self.superuser:
            return Organization.objects.all()
        return Organization.objects.filter(picker.under_q(self.roots))

    def root_organizations(self) -> list[Organization]:
        """The highest organisations of the scope (the ones the picker offers first)."""
        if not hasattr(self, "_roots"):
            self._roots = self._root_organizations()
        return self._roots

    def _root_organizations(self) -> list[Organization]:
        if self.superuser:
            qs = Organization.objects.filter(pk=self.home.pk) if self.home else None
            if qs is None:
                qs = Organization.objects.filter(depth=1)
        else:
            qs = Organization.objects.filter(path__in=self.roots)
        return list(qs.order_by("depth", "path"))

    def default(self) -> Organization | None:
        """The highest organisation of the scope (the tenant's own for operators)."""
        roots = self.root_organizations()
        return roots[0] if roots else None


def scope_for(request) -> Scope:
    if not hasattr(request, "_programme_scope"):
        request._programme_scope = Scope(request.user, tenant_organization())
    return request._programme_scope


# --- parameters -------------------------------------------------------------------------------

PERIODS = [("year", "Năm"), ("quarter", "Quý"), ("month", "Tháng")]


def _this_year() -> int:
    return min(max(timezone.localdate().year, FIRST_YEAR), LAST_YEAR)


class DashboardForm(forms.Form):
    """The dashboard's GET parameters; every error is in Vietnamese."""

    org = forms.CharField(label="Đơn vị", required=False, max_length=64)
    period = forms.ChoiceField(
        label="Kỳ",
        choices=PERIODS,
        required=False,
        error_messages={"invalid_choice": "Kỳ “%(value)s” không hợp lệ: chọn năm, quý hoặc tháng."},
    )
    year = forms.TypedChoiceField(
        label="Năm",
        coerce=int,
        required=False,
        choices=[(y, str(y)) for y in range(FIRST_YEAR, LAST_YEAR + 1)],
        error_messages={
            "invalid_choice": f"Năm “%(value)s” không hợp lệ: chương trình tính từ năm "
            f"{FIRST_YEAR} đến năm {LAST_YEAR}."
        },
    )
    quarter = forms.TypedChoiceField(
        label="Quý",
        coerce=int,
        required=False,
        choices=[("", "–"), *[(q, f"Quý {q}") for q in range(1, 5)]],
        error_messages={"invalid_choice": "Quý “%(value)s” không hợp lệ: chọn quý 1 đến quý 4."},
    )
    month = forms.TypedChoiceField(
        label="Tháng",
        coerce=int,
        required=False,
        choices=[("", "–"), *[(m, f"Tháng {m}") for m in range(1, 13)]],
        error_messages={
            "invalid_choice": "Tháng “%(value)s” không hợp lệ: chọn tháng 1 đến tháng 12."
        },
    )
    level = forms.TypedChoiceField(
        label="Cấp",
        coerce=int,
        required=False,
        choices=[("", "Mọi cấp"), *Level.choices],
        error_messages={"invalid_choice": "Cấp “%(value)s” không hợp lệ: chọn cấp 1 đến cấp 5."},
    )
    kind = forms.ChoiceField(
        label="Loại đơn vị",
        required=False,
        choices=[("", "Mọi loại"), *Kind.choices],
        error_messages={"invalid_choice": "Loại đơn vị “%(value)s” không có trong danh mục."},
    )
    branch = forms.ChoiceField(
        label="Nhánh (đơn vị trực thuộc)",
        required=False,
        choices=[("", "Toàn bộ đơn vị")],
        error_messages={
            "invalid_choice": "Nhánh “%(value)s” không phải đơn vị trực thuộc đơn vị đang xem."
        },
    )
    indicator = forms.ChoiceField(
        label="Chỉ tiêu xem chi tiết",
        required=False,
        choices=[(k, i.label) for k, i in INDICATORS.items()],
        error_messages={"invalid_choice": "Chỉ tiêu “%(value)s” không có trong danh mục."},
    )

    def __init__(self, data, *, children: list[Organization]):
        super().__init__(data)
        self.fields["branch"].choices = [
            ("", "Toàn bộ đơn vị"),
            *[(c.code, c.name) for c in children],
        ]
        self.fields["org"].widget = picker.OrgPickerWidget(url=reverse("programme_dashboard_orgs"))

    def clean(self):
        data = super().clean()
        level, kind = data.get("level"), data.get("kind")
        if level and kind and kinds_for(level, kind) == []:
            self.add_error(
                "kind",
                f"Loại đơn vị “{Kind(kind).label}” không thuộc cấp “{Level(level).label}”: "
                "bỏ một trong hai bộ lọc.",
            )
        return data

    def value(self, name, default=None):
        """The cleaned value of a valid field (``default`` when empty or invalid)."""
        if name in self.errors:
            return default
        value = self.cleaned_data.get(name)
        return default if value in (None, "") else value


def period_from(form: DashboardForm) -> Period:
    today = timezone.localdate()
    year = form.value("year", _this_year())
    kind = form.value("period", "year")
    if kind == "quarter":
        default = (
            (today.month - 1) // 3 + 1 if year == today.year else (4 if year < today.year else 1)
        )
        return Period.quarter(year, form.value("quarter", default))
    if kind == "month":
        default = today.month if year == today.year else (12 if year < today.year else 1)
        return Period.month(year, form.value("month", default))
    return Period.year(year)


# --- the views --------------------------------------------------------------------------------


NO_ROLE = "Bạn chưa có vai trò tại đơn vị nào nên không xem được bảng theo dõi chương trình."


def refusal(request, title: str, message: str, status: int):
    """A Vietnamese page, not Wagtail's redirect to the admin home with a generic message."""
    return TemplateResponse(
        request,
        "programme/admin/not_found.html",
        {"title": title, "message": message},
        status=status,
    )


def not_found(request, message: str):
    return refusal(request, "Không tìm thấy đơn vị", message, 404)


def _query(params, **changes) -> str:
    query = params.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    return query.urlencode()


def dashboard(request):
    scope = scope_for(request)
    if not scope:
        return refusal(request, "Không có quyền xem", NO_ROLE, 403)
    code = (request.GET.get("org") or "").strip()
    if code:
        valid = len(code) <= 64 and "\x00" not in code
        org = Organization.objects.filter(code=code).first() if valid else None
        if org is None or not scope.contains(org):
            return not_found(
                request,
                f"Không tìm thấy đơn vị “{code}” trong phạm vi của bạn: đơn vị không tồn tại "
                "hoặc bạn không có vai trò tại đơn vị đó hay đơn vị cấp trên của nó.",
            )
    else:
        org = scope.default()
        if org is None:
            return not_found(request, "Không tìm thấy đơn vị nào trong phạm vi của bạn.")

    children = list(
        Organization.objects.filter(
            path__startswith=org.path, depth=org.depth + 1, status=Status.ACTIVE
        ).order_by("sort_order", "name")
    )
    params = request.GET.copy()
    params.setdefault("org", org.code)
    form = DashboardForm(params, children=children)
    form.is_valid()
    period = period_from(form)
    level, kind = form.value("level"), form.value("kind")
    kinds = kinds_for(level, kind) if "kind" not in form.errors else kinds_for(level, None)
    branch_code = form.value("branch")
    branch = next((c for c in children if c.code == branch_code), None)
    root = branch or org
    board = Dashboard(root, period, kinds, children=None if branch else children)
    indicator = INDICATORS[form.value("indicator", next(iter(INDICATORS)))]

    groups = board.groups()
    laggards = board.laggards(indicator)
    page = Paginator(laggards, PER_PAGE).get_page(request.GET.get("p"))
    page.object_list = Dashboard.named(page.object_list)
    # Ancestors inside the scope, for the breadcrumb (one statement).
    trail = [
        a for a in root.ancestors_and_self().only("pk", "code", "name", "path") if scope.contains(a)
    ]
    ctx = {
        "title": "Bảng theo dõi chương trình truyền thông",
        "form": form,
        "org": org,
        "root": root,
        "branch": branch,
        "trail": trail,
        "period": period,
        "filter_text": ", ".join(
            t
            for t in [
                f"cấp {Level(level).label}" if level else "",
                f"loại {Kind(kind).label}" if kind and "kind" not in form.errors else "",
            ]
            if t
        ),
        "groups": groups,
        "indicator": indicator,
        "indicators": list(INDICATORS.values()),
        "laggards_page": page,
        "laggards_total": len(laggards),
        "scope_roots": scope.root_organizations(),
        "status_labels": STATUS_LABELS,
        "status_symbols": STATUS_SYMBOLS,
        "query": _query(request.GET, p=None),
        "query_no_indicator": _query(request.GET, p=None, indicator=None),
        "url": reverse(URL_NAME),
    }
    ctx.update(_charts(board, indicator, period))
    ctx["drill_query"] = _query(request.GET, p=None, branch=None, org=None)
    return TemplateResponse(
        request,
        "programme/admin/dashboard.html",
        ctx,
        status=400 if form.errors else 200,
    )


def _charts(board: Dashboard, indicator, period: Period) -> dict:
    months, trend = board.trend()
    labels = [f"{m.month:02d}/{m.year}" for m in months]
    trend_charts = []
    for group in GROUPS:
        members = [i for i in INDICATORS.values() if i.group == group]
        percent = members[0].is_rate
        series = [(i.label, trend[i.key]) for i in members]
        target = None
        if len(members) == 1 and percent:
            in_force = board.targets.get(members[0].key)
            if in_force is not None:
                target = (f"Chỉ tiêu {fmt(in_force.value, members[0])}", in_force.value)
        desc = "; ".join(
            f"{i.label}: "
            + ", ".join(f"{lab} {fmt(v, i)}" for lab, v in zip(labels, trend[i.key], strict=True))
            for i in members
        )
        title = f"{group}: diễn biến theo tháng năm {board.year}"
        trend_charts.append(
            {
                "group": group,
                "title": title,
                "svg": charts.line_chart(
                    title, desc, labels, series, percent=percent, target=target
                ),
                "indicators": members,
                "rows": [
                    (lab, [fmt(trend[i.key][n], i) for i in members])
                    for n, lab in enumerate(labels)
                ],
            }
        )

    def bars(kind: str, shares, caption: str):
        title = f"{indicator.label} {caption}, {period.label}"
        desc = (
            "; ".join(f"{s.label}: {fmt(s.value, indicator)}" for s in shares) or "Chưa có số liệu"
        )
        return {
            "key": kind,
            "title": title,
            "shares": shares,
            "svg": charts.bar_chart(
                title,
                desc,
                [(s.label, s.value) for s in shares],
                name=indicator.label,
                percent=indicator.is_rate,
            )
            if shares
            else None,
        }

    return {
        "trend_charts": trend_charts,
        "branch_chart": bars("branch", board.by_branch(indicator), "theo đơn vị trực thuộc"),
        "kind_chart": bars("kind", board.by_kind(indicator), "theo loại đơn vị"),
        "level_chart": bars("level", board.by_level(indicator), "theo cấp"),
    }


def dashboard_orgs(request):
    """JSON for the dashboard's organisation picker: active organisations in the scope."""
    scope = scope_for(request)
    if not scope:
        raise PermissionDenied(NO_ROLE)
    if "\x00" in request.GET.get("q", ""):
        return JsonResponse({"q": "", "results": []})
    return picker.json_results(request, scope.organizations().filter(status=Status.ACTIVE))


# --- hooks ------------------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("chuong-trinh/bang-theo-doi/", dashboard, name=URL_NAME),
        path("chuong-trinh/bang-theo-doi/don-vi/", dashboard_orgs, name="programme_dashboard_orgs"),
    ]


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(scope_for(request))


@hooks.register(MENU_HOOK)
def register_dashboard_item():
    return DashboardMenuItem("Bảng theo dõi", reverse(URL_NAME), icon_name="table", order=100)


class HeadlinePanel(Component):
    """Admin home: this year's rates of the account's highest organisation against its
    targets (four statements: its targets and its subtree's totals), with a link to the
    dashboard. Per-unit counts are left to the dashboard (they read every unit)."""

    name = "programme_headline"
    order = 120
    template_name = "programme/admin/headline_panel.html"

    def __init__(self, org: Organization, rows):
        self.org, self.rows = org, rows

    def get_context_data(self, parent_context):
        return {"org": self.org, "rows": [r for _, r in self.rows], "year": self.rows[0][0].year}


@hooks.register("construct_homepage_panels")
def add_headline_panel(request, panels):
    scope = scope_for(request)
    if not scope:
        return
    org = scope.default()
    if org is None:
        return
    board = Dashboard(org, Period.year(_this_year()))
    rows = [(board, board.row(i)) for i in INDICATORS.values() if not i.per_unit]
    rows = [(b, r) for b, r in rows if r.target is not None]
    if rows:
        panels.append(HeadlinePanel(org, rows))
