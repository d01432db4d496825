"""Wagtail admin: an organisation's plan for a year ("Kế hoạch và chỉ tiêu").

For the chosen organisation (one the account administers) and year, every indicator with
the programme's default for its level, the target inherited from above (who set it, whether
it may be overridden), the organisation's own targets (general and per level below it) and
the target in force for the organisation itself; saving goes through ``SavePlanTargets``,
activating through ``ActivatePlan``/``DeactivatePlan``, the portal's public indicators
through ``SetPublicIndicators``. Refusals are shown as the actions word them.
"""

from __future__ import annotations

from decimal import Decimal

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts.roles import ADMIN
from hierarchy.models import KIND_LEVEL, Kind, Level, Organization
from hierarchy.roles import role_paths
from programme.actions.activate_plan import ActivatePlan
from programme.actions.deactivate_plan import DeactivatePlan
from programme.actions.save_plan_targets import SavePlanTargets
from programme.actions.set_public_indicators import SetPublicIndicators
from programme.metrics import FIRST_YEAR, INDICATORS, LAST_YEAR
from programme.models import Plan, PlanEvent, PlanStatus, PublicIndicators
from programme.plans import TargetSpec, fmt, indicator_rows, scope_label
from programme.wagtail_hooks import MENU_HOOK

MAX_CHILDREN = 200


def _admin_paths(request) -> list[str]:
    if not hasattr(request, "_programme_admin_paths"):
        user = request.user
        request._programme_admin_paths = (
            [path for path, rank in role_paths(user) if rank >= ADMIN]
            if user.is_authenticated and not user.is_superuser
            else []
        )
    return request._programme_admin_paths


def _is_admin(request, org: Organization) -> bool:
    """``hierarchy.roles.is_admin_of`` from the account's roles read once per request: an
    admin role on the organisation or an ancestor (platform operators everywhere)."""
    user = request.user
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return any(org.path.startswith(path) for path in _admin_paths(request))


def _home() -> Organization | None:
    tenant = getattr(connection, "tenant", None)
    if tenant is None or not getattr(tenant, "pk", None):
        return None
    return Organization.objects.filter(tenant_id=tenant.pk).first()


def _organization(request) -> Organization:
    """``?org=<id>`` or ``?code=<code>``; else this tenant's organisation, else the first
    one the account administers."""
    pk = (request.POST.get("org") or request.GET.get("org") or "").strip()
    code = (request.GET.get("code") or "").strip()
    org = None
    if pk.isdigit():
        org = Organization.objects.filter(pk=int(pk)).first()
    elif code:
        org = Organization.objects.filter(code=code).first()
    else:
        org = _home()
        if org is None or not _is_admin(request, org):
            paths = _admin_paths(request)
            org = Organization.objects.filter(path__in=paths).order_by("path").first()
    if org is None or not _is_admin(request, org):
        raise Http404("Không tìm thấy đơn vị trong phạm vi quản trị của bạn.")
    return org


def _year(request) -> int:
    raw = (request.POST.get("year") or request.GET.get("year") or "").strip()
    if not raw:
        return min(max(timezone.localdate().year, FIRST_YEAR), LAST_YEAR)
    if raw.isdigit() and FIRST_YEAR <= int(raw) <= LAST_YEAR:
        return int(raw)
    raise Http404(f"Năm kế hoạch phải từ {FIRST_YEAR} đến {LAST_YEAR}.")


def _levels_below(org: Organization) -> list[tuple[int, str]]:
    return [(n, label) for n, label in Level.choices if n > org.level]


def _grid_keys(org: Organization) -> set[tuple]:
    """(levels, kinds) of the targets the table edits: general and one per level below."""
    return {((), ())} | {((n,), ()) for n, _label in _levels_below(org)}


def _extra(org: Organization, row) -> list:
    """The row's own targets the table does not edit (limited to kinds or several levels)."""
    grid = _grid_keys(org)
    return [t for key, t in row.own.items() if key not in grid]


def _kinds_below(org: Organization) -> list[tuple[str, str]]:
    return [(str(k), Kind(k).label) for k, level in KIND_LEVEL.items() if level > org.level]


def _specs_from_post(request, org: Organization, rows) -> list[TargetSpec]:
    """The targets the form describes: per indicator a general value and one per level
    below, sharing the row's "overridable" box; the other own targets kept unless ticked for
    removal; one new target for a kind of organisation below."""
    specs = []
    dropped = set(request.POST.getlist("drop_extra"))
    for row in rows:
        overridable = request.POST.get(f"{row.key}__open") == "on"
        value = request.POST.get(f"{row.key}__all", "").strip()
        if value:
            specs.append(TargetSpec(row.key, value, (), (), overridable))
        for level, _label in _levels_below(org):
            value = request.POST.get(f"{row.key}__l{level}", "").strip()
            if value:
                specs.append(TargetSpec(row.key, value, (level,), (), overridable))
        for target in _extra(org, row):
            if str(target.pk) in dropped:
                continue
            specs.append(
                TargetSpec(
                    row.key,
                    target.value,
                    tuple(target.levels),
                    tuple(target.kinds),
                    target.overridable,
                )
            )
    indicator = request.POST.get("extra_indicator", "").strip()
    kind = request.POST.get("extra_kind", "").strip()
    value = request.POST.get("extra_value", "").strip()
    if indicator or value:
        specs.append(
            TargetSpec(
                indicator,
                value,
                (),
                (kind,) if kind else (),
                request.POST.get("extra_open") == "on",
            )
        )
    return specs


def _shown(value) -> str:
    """An input's value: a stored Decimal in Vietnamese form, or the text as typed."""
    if value is None:
        return ""
    return fmt(value) if isinstance(value, Decimal) else str(value)


def _run(request, action, done: str) -> bool:
    try:
        action.execute()
    except (ValidationError, PermissionDenied) as exc:
        for msg in getattr(exc, "messages", None) or [str(exc)]:
            messages.error(request, msg)
        return False
    messages.success(request, done)
    return True


def plan_view(request):
    org = _organization(request)
    year = _year(request)
    here = f"{reverse('programme_plan')}?org={org.pk}&year={year}"
    plan = Plan.objects.filter(organization=org, year=year).first()
    public_row = PublicIndicators.objects.filter(organization=org).first()
    public = list(public_row.indicators) if public_row else []
    rows = indicator_rows(org, year, plan, public)
    submitted = None
    errors: list[str] = []
    if request.method == "POST":
        op = request.POST.get("op")
        if op == "save":
            action = SavePlanTargets(
                org,
                year,
                _specs_from_post(request, org, rows),
                note=request.POST.get("note", ""),
                actor=request.user,
            )
            try:
                action.execute()
            except (ValidationError, PermissionDenied) as exc:
                # Shown above the form, which keeps what was typed.
                errors = getattr(exc, "messages", None) or [str(exc)]
                submitted = request.POST
            else:
                messages.success(request, f"Đã lưu chỉ tiêu năm {year} của {org.name}.")
                return redirect(here)
        elif op in ("activate", "deactivate"):
            cls, done = (
                (ActivatePlan, f"Kế hoạch năm {year} đã được áp dụng.")
                if op == "activate"
                else (DeactivatePlan, f"Kế hoạch năm {year} đã ngừng áp dụng.")
            )
            _run(request, cls(org, year, actor=request.user), done)
            return redirect(here)
        elif op == "public":
            chosen = [k for k in request.POST.getlist("public") if k in INDICATORS]
            _run(
                request,
                SetPublicIndicators(org, chosen, actor=request.user),
                "Đã cập nhật các chỉ tiêu công khai trên cổng thông tin.",
            )
            return redirect(here)
    levels = _levels_below(org)
    grid = _grid_keys(org)
    table = []
    for row in rows:
        cells = []
        for level, label in levels:
            name = f"{row.key}__l{level}"
            value = submitted.get(name, "") if submitted else row.own_value((level,))
            cells.append({"name": name, "label": label, "level": level, "value": _shown(value)})
        general = submitted.get(f"{row.key}__all", "") if submitted else row.own_value()
        table.append(
            {
                "row": row,
                "general": _shown(general),
                "cells": cells,
                "open": (submitted.get(f"{row.key}__open") == "on")
                if submitted
                else all(t.overridable for key, t in row.own.items() if key in grid),
                "extra": [
                    {
                        "pk": t.pk,
                        "text": f"{fmt(t.value)} ({scope_label(t.levels, t.kinds)})"
                        + ("" if t.overridable else ", không cho cấp dưới điều chỉnh"),
                    }
                    for t in _extra(org, row)
                ],
            }
        )
    groups: list[tuple[str, list]] = []
    for item in table:
        if not groups or groups[-1][0] != item["row"].group:
            groups.append((item["row"].group, []))
        groups[-1][1].append(item)
    mine = (
        Organization.objects.filter(path__in=_admin_paths(request)).order_by("path")[:50]
        if not request.user.is_superuser
        else Organization.objects.filter(depth=1).order_by("path")[:50]
    )
    children = list(
        Organization.objects.filter(path__startswith=org.path, depth=org.depth + 1)
        .order_by("sort_order", "path")
        .only("pk", "name", "code")[: MAX_CHILDREN + 1]
    )
    parent = (
        Organization.objects.filter(path=org.parent_path).only("pk", "name").first()
        if org.depth > 1
        else None
    )
    history = PlanEvent.objects.filter(organization=org).select_related("actor")[:10]
    return render(
        request,
        "programme/plans/plan.html",
        {
            "org": org,
            "year": year,
            "years": list(range(FIRST_YEAR, LAST_YEAR + 1)),
            "plan": plan,
            "active": plan is not None and plan.status == PlanStatus.ACTIVE,
            "groups": groups,
            "levels": levels,
            "note": submitted.get("note", "") if submitted else (plan.note if plan else ""),
            "mine": mine,
            "parent": parent if parent is not None and _is_admin(request, parent) else None,
            "children": children[:MAX_CHILDREN],
            "more_children": len(children) > MAX_CHILDREN,
            "history": history,
            "errors": errors,
            "kinds_below": _kinds_below(org),
            "indicators": [(k, i.label) for k, i in INDICATORS.items()],
            "extra_form": {
                "indicator": submitted.get("extra_indicator", "") if submitted else "",
                "kind": submitted.get("extra_kind", "") if submitted else "",
                "value": submitted.get("extra_value", "") if submitted else "",
            },
        },
        status=400 if errors else 200,
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("chuong-trinh/chi-tieu/", plan_view, name="programme_plan")]


class PlanMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return user.is_authenticated and (user.is_superuser or bool(_admin_paths(request)))


@hooks.register(MENU_HOOK)
def register_plan_item():
    return PlanMenuItem(
        "Kế hoạch và chỉ tiêu", reverse("programme_plan"), icon_name="doc-full", order=200
    )
