"""Wagtail admin of the declared actuals (menu "Chương trình truyền thông"):

* "Kê khai sản phẩm" (``/admin/chuong-trinh/ke-khai/``): an organisation's monthly
  declarations of offline products and materials, and the form that makes or corrects one
  (``DeclareProducts``);
* "Kênh truyền thông" (``/admin/chuong-trinh/kenh/``): an organisation's channels with their
  last check, add/edit/remove, "check now" (websites) and "confirm active" (other platforms),
  and the upper-grassroots unions of its subtree with or without an active channel.

The organisation is ``?org=<code>`` (or its id), else the first the account may act on in
this tenant's branch; every screen needs an editor role or above on it (``hierarchy.roles``)
and every action checks again.
"""

from __future__ import annotations

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts.roles import EDITOR
from hierarchy.models import Level, Organization
from hierarchy.roles import effective_rank, role_paths
from programme.actions.check_channel import CheckChannel
from programme.actions.declare_products import PRODUCT_FIELDS, DeclareProducts
from programme.actions.remove_channel import RemoveChannel
from programme.actions.save_channel import SaveChannel
from programme.channels import fresh_days
from programme.models import Channel, ChannelState, Platform, ProductDeclaration
from programme.wagtail_hooks import MENU_HOOK

PLATFORM_ERROR = "Loại kênh không hợp lệ: hãy chọn một loại trong danh sách."


# --- which organisation -------------------------------------------------------------------


def _home() -> Organization | None:
    tenant = getattr(connection, "tenant", None)
    if tenant is None or not getattr(tenant, "pk", None):
        return None
    return Organization.objects.filter(tenant_id=tenant.pk).first()


def _may_edit(user, org: Organization) -> bool:
    return effective_rank(user, org) >= EDITOR


def default_organization(user) -> Organization | None:
    """This tenant's organisation when the account is an editor there, else the highest
    organisation of this tenant's branch where it holds an editor role (a microsite)."""
    home = _home()
    if home is None:
        return None
    if _may_edit(user, home):
        return home
    paths = sorted(
        (p for p, rank in role_paths(user) if rank >= EDITOR and p.startswith(home.path)),
        key=len,
    )
    return Organization.objects.filter(path=paths[0]).first() if paths else None


def _organization(request) -> Organization:
    ref = (request.GET.get("org") or request.POST.get("org") or "").strip()
    if not ref:
        org = default_organization(request.user)
    elif ref.isdigit():
        org = Organization.objects.filter(pk=int(ref)).first()
    else:
        org = Organization.objects.filter(code=ref).first()
    if org is None or not _may_edit(request.user, org):
        raise Http404("Không tìm thấy đơn vị trong phạm vi bạn được biên tập.")
    return org


def _form_errors(form: forms.Form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


# --- declarations -------------------------------------------------------------------------


class DeclarationForm(forms.Form):
    month = forms.CharField(
        label="Tháng kê khai (mm/yyyy)",
        max_length=7,
        widget=forms.TextInput(attrs={"placeholder": "mm/yyyy"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        model = ProductDeclaration._meta
        for field in (*PRODUCT_FIELDS, "materials_total", "materials_digitised"):
            self.fields[field] = forms.CharField(
                label=str(model.get_field(field).verbose_name).capitalize(),
                required=False,
                widget=forms.TextInput(attrs={"inputmode": "numeric", "size": 8}),
            )
        self.fields["note"] = forms.CharField(
            label="Ghi chú", required=False, widget=forms.Textarea(attrs={"rows": 2})
        )

    def clean_month(self) -> datetime.date:
        text = self.cleaned_data["month"].strip()
        try:
            return datetime.datetime.strptime(text, "%m/%Y").date()
        except ValueError:
            raise ValidationError(
                "Tháng không hợp lệ: nhập theo dạng mm/yyyy, ví dụ 03/2026."
            ) from None


def declarations_view(request):
    org = _organization(request)
    initial = {"month": timezone.localdate().strftime("%m/%Y")}
    edit = request.GET.get("thang") or initial["month"]  # this month's, when declared
    if edit:
        found = ProductDeclaration.objects.filter(
            organization=org, month=_parse_month(edit)
        ).first()
        if found is not None:
            initial = {
                "month": found.month.strftime("%m/%Y"),
                "note": found.note,
                **{
                    f: getattr(found, f)
                    for f in (*PRODUCT_FIELDS, "materials_total", "materials_digitised")
                },
            }
    form = DeclarationForm(initial=initial)
    if request.method == "POST":
        form = DeclarationForm(request.POST)
        if form.is_valid():
            data = dict(form.cleaned_data)
            month, note = data.pop("month"), data.pop("note")
            try:
                declaration = DeclareProducts(
                    org, month, data, note=note, actor=request.user
                ).execute()
            except ValidationError as exc:
                _form_errors(form, exc)
            except PermissionDenied as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(
                    request,
                    f"Đã lưu kê khai tháng {declaration.month:%m/%Y} của {org.name} "
                    f"(lần {declaration.revision}).",
                )
                return redirect(f"{reverse('programme_declarations')}?org={org.code}")
    declarations = (
        ProductDeclaration.objects.filter(organization=org)
        .select_related("declared_by")
        .order_by("-month")[:36]
    )
    return render(
        request,
        "programme/actuals/declarations.html",
        {"org": org, "form": form, "declarations": declarations},
    )


def _parse_month(text: str) -> datetime.date | None:
    try:
        return datetime.datetime.strptime(text, "%m/%Y").date()
    except (TypeError, ValueError):
        return None


# --- channels -----------------------------------------------------------------------------


class ChannelForm(forms.Form):
    platform = forms.ChoiceField(
        label="Loại kênh",
        choices=[("", "— Chọn loại kênh —"), *Platform.choices],
        error_messages={"invalid_choice": PLATFORM_ERROR, "required": PLATFORM_ERROR},
    )
    url = forms.CharField(
        label="Địa chỉ (https://...)",
        max_length=600,
        error_messages={"required": "Vui lòng nhập địa chỉ của kênh."},
    )
    name = forms.CharField(label="Tên kênh", max_length=300, required=False)


def _channel_for(request, pk) -> Channel:
    channel = Channel.objects.select_related("organization").filter(pk=pk, active=True).first()
    if channel is None or not _may_edit(request.user, channel.organization):
        raise Http404("Không tìm thấy kênh.")
    return channel


def _channels_url(org) -> str:
    return f"{reverse('programme_channels')}?org={org.code}"


def channels_view(request):
    org = _organization(request)
    form = ChannelForm()
    if request.method == "POST":
        form = ChannelForm(request.POST)
        if form.is_valid():
            try:
                SaveChannel(org, actor=request.user, **form.cleaned_data).execute()
            except ValidationError as exc:
                _form_errors(form, exc)
            except PermissionDenied as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, "Đã thêm kênh truyền thông.")
                return redirect(_channels_url(org))
    own = list(
        Channel.objects.filter(organization=org, active=True)
        .select_related("last_checked_by")
        .order_by("platform", "pk")
    )
    fresh_since = timezone.now() - datetime.timedelta(days=fresh_days())
    for channel in own:
        checked = channel.last_checked_at
        channel.is_fresh = bool(channel.last_check_ok and checked and checked >= fresh_since)
    units = (
        Organization.objects.filter(
            path__startswith=org.path, level=Level.UPPER_GRASSROOTS, status="active"
        )
        .exclude(pk=org.pk)
        .annotate(
            channel_count=Count("programme_channels", filter=Q(programme_channels__active=True))
        )
        .order_by("path")
    )
    page = Paginator(units, 50).get_page(request.GET.get("p"))
    present = set(
        ChannelState.objects.filter(
            organization_id__in=[u.pk for u in page], present=True
        ).values_list("organization_id", flat=True)
    )
    for unit in page:
        unit.has_channel = unit.pk in present
    state = ChannelState.objects.filter(organization=org).first()
    return render(
        request,
        "programme/actuals/channels.html",
        {
            "org": org,
            "form": form,
            "channels": own,
            "units": page,
            "state": state,
            "required": org.level == Level.UPPER_GRASSROOTS,
            "fresh_days": fresh_days(),
        },
    )


def channel_edit(request, pk):
    channel = _channel_for(request, pk)
    org = channel.organization
    form = ChannelForm(
        initial={"platform": channel.platform, "url": channel.url, "name": channel.name}
    )
    if request.method == "POST":
        form = ChannelForm(request.POST)
        if form.is_valid():
            try:
                SaveChannel(channel=channel, actor=request.user, **form.cleaned_data).execute()
            except ValidationError as exc:
                _form_errors(form, exc)
            except PermissionDenied as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, "Đã lưu thay đổi của kênh.")
                return redirect(_channels_url(org))
    checks = channel.checks.select_related("by")[:20]
    return render(
        request,
        "programme/actuals/channel_edit.html",
        {"org": org, "channel": channel, "form": form, "checks": checks},
    )


def channel_operation(request, pk, operation):
    if request.method != "POST":
        raise Http404("Không tìm thấy trang.")
    channel = _channel_for(request, pk)
    org = channel.organization
    try:
        if operation == "kiem-tra":
            check = CheckChannel(channel, actor=request.user).execute()
            if check.ok:
                messages.success(request, f"Kênh đang hoạt động: {check.detail}")
            else:
                messages.warning(request, f"Kênh không hoạt động: {check.detail}")
        elif operation == "xac-nhan":
            confirmed = request.POST.get("active") != "0"
            CheckChannel(
                channel, confirmed=confirmed, note=request.POST.get("note", ""), actor=request.user
            ).execute()
            messages.success(
                request,
                "Đã ghi nhận kênh đang hoạt động."
                if confirmed
                else "Đã ghi nhận kênh không còn hoạt động.",
            )
        elif operation == "go":
            RemoveChannel(channel, actor=request.user).execute()
            messages.success(request, "Đã gỡ kênh khỏi danh sách.")
        else:
            raise Http404("Không tìm thấy thao tác.")
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
    return redirect(_channels_url(org))


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("chuong-trinh/ke-khai/", declarations_view, name="programme_declarations"),
        path("chuong-trinh/kenh/", channels_view, name="programme_channels"),
        path("chuong-trinh/kenh/<int:pk>/", channel_edit, name="programme_channel_edit"),
        path(
            "chuong-trinh/kenh/<int:pk>/<slug:operation>/",
            channel_operation,
            name="programme_channel_operation",
        ),
    ]


class EditorMenuItem(MenuItem):
    def is_shown(self, request):
        if not hasattr(request, "_programme_editor_org"):  # both items: looked up once
            request._programme_editor_org = default_organization(request.user)
        return request._programme_editor_org is not None


@hooks.register(MENU_HOOK)
def register_declarations_item():
    return EditorMenuItem(
        "Kê khai sản phẩm", reverse("programme_declarations"), icon_name="doc-full", order=300
    )


@hooks.register(MENU_HOOK)
def register_channels_item():
    return EditorMenuItem(
        "Kênh truyền thông", reverse("programme_channels"), icon_name="site", order=310
    )
