"""Wagtail admin: the routing rules and days off of an organisation ("Quy tắc tiếp nhận").

Shows the rules the organisation inherits from its ancestors (read-only, with the ones that
lock), its own rules and days off, and forms to set or remove them through
``SetRoutingRule`` and ``SetHoliday``. The organisation is this tenant's own, or another
one given by ``?org=<id>`` on which the account is an admin."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from hierarchy.models import Organization
from hierarchy.roles import is_admin_of
from voice.actions.set_holiday import SetHoliday
from voice.actions.set_routing_rule import MAX_HOURS, SetRoutingRule
from voice.models import Holiday, Kind, RoutingRule, Topic
from voice.routing import default_hours, prefixes


class RuleForm(forms.Form):
    kind = forms.ChoiceField(
        label="Loại vụ việc", choices=[("", "Mọi loại"), *Kind.choices], required=False
    )
    topic = forms.ChoiceField(
        label="Lĩnh vực", choices=[("", "Mọi lĩnh vực"), *Topic.choices], required=False
    )
    response_hours = forms.IntegerField(
        label="Thời hạn phản hồi (giờ)", min_value=1, max_value=MAX_HOURS, required=False
    )
    working_days_only = forms.BooleanField(label="Chỉ tính ngày làm việc", required=False)
    route_to = forms.CharField(
        label="Chuyển đến đơn vị (mã đơn vị, để trống nếu xử lý tại chỗ)", required=False
    )
    overridable = forms.BooleanField(label="Cấp dưới được thay đổi", required=False, initial=True)

    def clean_route_to(self):
        code = self.cleaned_data["route_to"].strip()
        if not code:
            return None
        org = Organization.objects.filter(code=code).first()
        if org is None:
            raise ValidationError("Không tìm thấy đơn vị có mã này.")
        return org


class HolidayForm(forms.Form):
    date = forms.DateField(label="Ngày nghỉ (dd/mm/yyyy)", input_formats=["%d/%m/%Y"])
    name = forms.CharField(label="Tên ngày nghỉ", max_length=128, required=False)


def _home() -> Organization | None:
    tenant = getattr(connection, "tenant", None)
    if tenant is None or not getattr(tenant, "pk", None):
        return None
    return Organization.objects.filter(tenant_id=tenant.pk).first()


def _organization(request) -> Organization:
    pk = request.GET.get("org") or request.POST.get("org")
    org = None
    if pk and str(pk).isdigit():
        org = Organization.objects.filter(pk=int(pk)).first()
    elif not pk:
        org = _home()
    if org is None or not is_admin_of(request.user, org):
        raise Http404("Không tìm thấy đơn vị trong phạm vi quản trị của bạn.")
    return org


def _run(request, action, done: str) -> None:
    try:
        action.execute()
    except ValidationError as exc:
        for msg in exc.messages:
            messages.error(request, msg)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, done)


def rules_view(request):
    org = _organization(request)
    rule_form, holiday_form = RuleForm(), HolidayForm()
    if request.method == "POST":
        op = request.POST.get("op")
        if op == "rule":
            rule_form = RuleForm(request.POST)
            if rule_form.is_valid():
                _run(
                    request,
                    SetRoutingRule(org, actor=request.user, **rule_form.cleaned_data),
                    "Đã lưu quy tắc tiếp nhận.",
                )
                return redirect(f"{reverse('voice_rules')}?org={org.pk}")
        elif op == "delete_rule":
            rule = RoutingRule.objects.filter(organization=org, pk=request.POST.get("rule")).first()
            if rule is not None:
                _run(
                    request,
                    SetRoutingRule(
                        org, kind=rule.kind, topic=rule.topic, remove=True, actor=request.user
                    ),
                    "Đã xoá quy tắc.",
                )
            return redirect(f"{reverse('voice_rules')}?org={org.pk}")
        elif op in ("holiday", "delete_holiday"):
            holiday_form = HolidayForm(request.POST)
            if holiday_form.is_valid():
                _run(
                    request,
                    SetHoliday(
                        org,
                        holiday_form.cleaned_data["date"],
                        name=holiday_form.cleaned_data["name"],
                        remove=op == "delete_holiday",
                        actor=request.user,
                    ),
                    "Đã cập nhật lịch ngày nghỉ.",
                )
                return redirect(f"{reverse('voice_rules')}?org={org.pk}")
    paths = prefixes(org.path)
    rules = (
        RoutingRule.objects.filter(organization__path__in=paths)
        .select_related("organization", "route_to")
        .order_by("organization__path", "kind", "topic")
    )
    holidays = (
        Holiday.objects.filter(organization__path__in=paths)
        .select_related("organization")
        .order_by("-date")[:200]
    )
    return render(
        request,
        "voice/rules/rules.html",
        {
            "org": org,
            "own_rules": [r for r in rules if r.organization_id == org.pk],
            "inherited_rules": [r for r in rules if r.organization_id != org.pk],
            "holidays": holidays,
            "rule_form": rule_form,
            "holiday_form": holiday_form,
            "default_hours": default_hours(),
        },
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("vu-viec/quy-tac/", rules_view, name="voice_rules")]


class RulesMenuItem(MenuItem):
    def is_shown(self, request):
        home = _home()
        return home is not None and is_admin_of(request.user, home)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return RulesMenuItem("Quy tắc tiếp nhận", reverse("voice_rules"), icon_name="cogs", order=960)
