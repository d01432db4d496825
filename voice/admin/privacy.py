"""The personal-data screen of the Wagtail admin ("Dữ liệu cá nhân", /admin/du-lieu-ca-nhan/):
data-subject requests with their clocks (overdue in red) and the breach register, with the
actions on them. Only the data protection officer sees it: a superuser or a supervisor
handler on a root organisation (``voice.privacy.is_dpo``)."""

from __future__ import annotations

import importlib.util

from django import forms
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from voice import privacy
from voice.actions.dsr_acknowledge import AcknowledgeDataRequest
from voice.actions.dsr_complete import CORRECTABLE, CompleteDataRequest
from voice.actions.dsr_extend import ExtendDataRequest
from voice.actions.dsr_receive import ReceiveDataRequest
from voice.actions.dsr_refuse import RefuseDataRequest
from voice.actions.notify_breach import NotifyBreach
from voice.actions.record_breach import RecordBreach
from voice.models import Breach, DataSubjectRequest, Purpose

DSR = DataSubjectRequest


def _dpo(request):
    if not privacy.is_dpo(request.user):
        raise PermissionDenied("Chỉ người phụ trách bảo vệ dữ liệu cá nhân được xem mục này.")


class ReceiveForm(forms.Form):
    kind = forms.ChoiceField(label="Loại yêu cầu", choices=DSR.Kind.choices)
    contact = forms.CharField(
        label="Điện thoại hoặc email người yêu cầu đã dùng", required=False, max_length=254
    )
    case_code = forms.CharField(label="hoặc mã vụ việc", required=False, max_length=20)
    secret = forms.CharField(label="và mã bí mật", required=False, max_length=40)
    details = forms.CharField(label="Nội dung yêu cầu", required=False, widget=forms.Textarea)
    purposes = forms.MultipleChoiceField(
        label="Sự đồng ý muốn rút (yêu cầu rút lại)",
        choices=Purpose.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class BreachForm(forms.Form):
    description = forms.CharField(label="Mô tả sự cố", widget=forms.Textarea)
    discovered_at = forms.DateTimeField(
        label="Phát hiện lúc (dd/mm/yyyy hh:mm)",
        input_formats=["%d/%m/%Y %H:%M"],
        required=False,
    )
    data_categories = forms.CharField(label="Loại dữ liệu bị ảnh hưởng", required=False)
    affected_count = forms.IntegerField(label="Số người bị ảnh hưởng", min_value=0, initial=0)
    measures = forms.CharField(label="Biện pháp khắc phục", required=False, widget=forms.Textarea)


def _errors(request, exc: ValidationError):
    for message in exc.messages:
        messages.error(request, message)


def privacy_index(request):
    _dpo(request)
    requests = [
        (dsr, privacy.dsr_clock(dsr))
        for dsr in DSR.objects.order_by("completed_at", "due").prefetch_related("cases")[:200]
    ]
    breaches = [(b, privacy.breach_clock(b)) for b in Breach.objects.all()[:100]]
    return render(
        request,
        "voice/privacy/index.html",
        {
            "requests": requests,
            "breaches": breaches,
            "receive_form": ReceiveForm(),
            "breach_form": BreachForm(),
        },
    )


def _get(pk):
    try:
        return DSR.objects.prefetch_related("cases").get(pk=pk)
    except DSR.DoesNotExist:
        raise Http404("Không tìm thấy yêu cầu.") from None


def dsr_detail(request, pk):
    _dpo(request)
    dsr = _get(pk)
    return render(
        request,
        "voice/privacy/detail.html",
        {
            "dsr": dsr,
            "clock": privacy.dsr_clock(dsr),
            "open": dsr.state in privacy.OPEN_STATES,
            "correctable": CORRECTABLE.items(),
            "purposes": Purpose.choices,
        },
    )


@require_POST
def dsr_receive(request):
    _dpo(request)
    form = ReceiveForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Thông tin yêu cầu không hợp lệ.")
        return redirect("voice_privacy")
    data = form.cleaned_data
    try:
        got = ReceiveDataRequest(
            kind=data["kind"],
            contact=data["contact"],
            case_code=data["case_code"],
            secret=data["secret"],
            details=data["details"],
            purposes=data["purposes"],
            actor=request.user,
        ).execute()
    except ValidationError as exc:
        _errors(request, exc)
        return redirect("voice_privacy")
    messages.success(request, f"Đã tiếp nhận yêu cầu {got.request.reference}.")
    return redirect("voice_privacy_dsr", pk=got.request.pk)


@require_POST
def dsr_step(request, pk, step):
    _dpo(request)
    dsr = _get(pk)
    post = request.POST
    actions = {
        "acknowledge": lambda: AcknowledgeDataRequest(dsr, actor=request.user),
        "extend": lambda: ExtendDataRequest(dsr, reason=post.get("reason", ""), actor=request.user),
        "refuse": lambda: RefuseDataRequest(dsr, reason=post.get("reason", ""), actor=request.user),
        "complete": lambda: CompleteDataRequest(
            dsr,
            outcome=post.get("outcome", ""),
            corrections={k: post.get(k, "") for k in CORRECTABLE if post.get(k)},
            purposes=post.getlist("purposes"),
            actor=request.user,
        ),
    }
    if step not in actions:
        raise Http404
    try:
        actions[step]().execute()
    except ValidationError as exc:
        _errors(request, exc)
    else:
        messages.success(request, f"Đã cập nhật yêu cầu {dsr.reference}.")
    return redirect("voice_privacy_dsr", pk=dsr.pk)


@require_POST
def dsr_export(request, pk, fmt):
    """The subject's data as a file (each case logged as an export)."""
    _dpo(request)
    dsr = _get(pk)
    if dsr.kind != DSR.Kind.ACCESS or fmt not in ("json", "html"):
        raise Http404
    export = privacy.export_subject(dsr, request.user)
    if fmt == "json":
        body, ctype = export.json_bytes, "application/json; charset=utf-8"
    else:
        body, ctype = export.html.encode(), "text/html; charset=utf-8"
    response = HttpResponse(body, content_type=ctype)
    response["Content-Disposition"] = f'attachment; filename="{dsr.reference}.{fmt}"'
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def breach_record(request):
    _dpo(request)
    form = BreachForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for message in errors:
                messages.error(request, message)
        return redirect("voice_privacy")
    try:
        breach = RecordBreach(**form.cleaned_data, actor=request.user).execute()
    except ValidationError as exc:
        _errors(request, exc)
    else:
        messages.success(request, f"Đã ghi nhận sự cố #{breach.pk}; hạn thông báo 72 giờ.")
    return redirect("voice_privacy")


@require_POST
def breach_step(request, pk, step):
    _dpo(request)
    if step not in ("notify", "close"):
        raise Http404
    try:
        NotifyBreach(
            pk, measures=request.POST.get("measures", ""), close=step == "close", actor=request.user
        ).execute()
    except ValidationError as exc:
        _errors(request, exc)
    except ObjectDoesNotExist:
        raise Http404("Không tìm thấy sự cố.") from None
    else:
        messages.success(request, "Đã cập nhật sự cố.")
    return redirect("voice_privacy")


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("du-lieu-ca-nhan/", privacy_index, name="voice_privacy"),
        path("du-lieu-ca-nhan/yeu-cau/", dsr_receive, name="voice_privacy_receive"),
        path("du-lieu-ca-nhan/yeu-cau/<int:pk>/", dsr_detail, name="voice_privacy_dsr"),
        path("du-lieu-ca-nhan/yeu-cau/<int:pk>/<slug:step>/", dsr_step, name="voice_privacy_step"),
        path(
            "du-lieu-ca-nhan/yeu-cau/<int:pk>/xuat.<slug:fmt>",
            dsr_export,
            name="voice_privacy_export",
        ),
        path("du-lieu-ca-nhan/su-co/", breach_record, name="voice_privacy_breach"),
        path(
            "du-lieu-ca-nhan/su-co/<int:pk>/<slug:step>/",
            breach_step,
            name="voice_privacy_breach_step",
        ),
    ]


class OfficerMenuItem(MenuItem):
    def is_shown(self, request):
        return privacy.is_dpo(request.user)


def _menu_item():
    return OfficerMenuItem(
        "Dữ liệu cá nhân", reverse("voice_privacy"), icon_name="lock", order=1150
    )


# Inside the voice submenu ("Ý kiến người lao động", voice/admin/queue.py) when it exists,
# else in the main menu.
hooks.register("register_voice_admin_menu_item", _menu_item)
if importlib.util.find_spec("voice.admin.queue") is None:
    hooks.register("register_admin_menu_item", _menu_item)
