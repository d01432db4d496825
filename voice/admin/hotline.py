"""Ý kiến người lao động → Nhập ý kiến qua điện thoại: a handler types in a call.

The same ``SubmitCase`` action as the public form and the API, on the ``hotline`` channel:
the handler reads each consent notice aloud and ticks only what the caller agreed to (the
evidence records who read it); the caller is told the case code and secret to follow the
case on the web. Only handlers of the organisation (or a parent) may enter calls for it."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from wagtail import hooks

from hierarchy.models import Organization
from voice.actions.submit_case import SubmitCase
from voice.admin.queue import MENU_HOOK, HandlerMenuItem, require_handler, tenant_organization
from voice.forms import CONSENT_PURPOSES, IntakeForm
from voice.models import Case, Channel

SESSION_KEY = "voice_hotline_secret"


class HotlineForm(IntakeForm):
    """The public form without the visitor checks (challenge, honeypot) and with the
    organisation to send to, by code."""

    org = forms.CharField(
        label="Đơn vị tiếp nhận (mã)",
        max_length=64,
        required=False,
        help_text="Để trống: đơn vị của trang quản trị này.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("challenge_token", "challenge_answer", "website"):
            self.fields.pop(name)
        for purpose in CONSENT_PURPOSES:
            self.fields[f"consent_{purpose}"].label += " (người gọi đã nghe và đồng ý)"


def hotline(request):
    require_handler(request)
    form = HotlineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        org = tenant_organization()
        if data.get("org"):
            org = Organization.objects.filter(code__iexact=data["org"].strip()).first()
            if org is None:
                form.add_error("org", f"Không có đơn vị mã “{data['org'].strip()}”.")
        if org is None and not form.errors:
            form.add_error("org", "Hãy nhập mã đơn vị tiếp nhận.")
        if not form.errors:
            action = SubmitCase(
                **form.case_inputs(),
                organization=org,
                channel=Channel.HOTLINE,
                actor=request.user,
            )
            try:
                result = action.execute()
            except PermissionDenied as exc:
                form.add_error("org", str(exc))
            except ValidationError as exc:
                for field, messages in exc.message_dict.items():
                    form.add_error(field if field in form.fields else None, messages)
            else:
                # Shown once on the next page, then forgotten.
                request.session[SESSION_KEY] = [result.case.pk, result.secret]
                return redirect("voice_hotline_done", pk=result.case.pk)
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request,
        "voice/admin/hotline.html",
        {"title": "Nhập ý kiến qua điện thoại", "form": form},
        status=status,
    )


def hotline_done(request, pk: int):
    require_handler(request)
    stored = request.session.pop(SESSION_KEY, None)
    if not stored or stored[0] != pk:
        return redirect("voice_case", pk=pk)
    case = Case.objects.only("code", "status", "first_response_due").get(pk=pk)
    return TemplateResponse(
        request,
        "voice/admin/hotline_done.html",
        {
            "title": "Đã tiếp nhận cuộc gọi",
            "case": case,
            "secret": stored[1],
            "follow_url": request.build_absolute_uri("/y-kien/theo-doi/"),
        },
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("y-kien-dien-thoai/", hotline, name="voice_hotline"),
        path("y-kien-dien-thoai/<int:pk>/", hotline_done, name="voice_hotline_done"),
    ]


@hooks.register(MENU_HOOK)
def register_hotline_item():
    return HandlerMenuItem(
        "Nhập ý kiến qua điện thoại", reverse("voice_hotline"), icon_name="plus", order=150
    )
