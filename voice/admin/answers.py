"""Ý kiến người lao động → Câu trả lời mẫu (the saved answers library: list, add, edit as a
new version, versions) and → Cán bộ xử lý (an organisation's admins appoint handlers)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts.roles import ADMIN
from hierarchy.models import Organization
from hierarchy.roles import role_paths
from voice.actions.appoint_handler import AppointHandler
from voice.actions.remove_handler import RemoveHandler
from voice.actions.save_answer import SaveAnswer, available_answers, may_edit_library
from voice.admin.queue import MENU_HOOK, HandlerMenuItem, require_handler, tenant_organization
from voice.models import Handler, SavedAnswer, Topic

# --- saved answers ---------------------------------------------------------------------------


class SavedAnswerForm(forms.Form):
    organization = forms.ModelChoiceField(
        label="Đơn vị sở hữu", queryset=Organization.objects.none(), required=True
    )
    title = forms.CharField(label="Tiêu đề", max_length=255)
    topic = forms.ChoiceField(
        label="Lĩnh vực", required=False, choices=[("", "Không phân loại"), *Topic.choices]
    )
    body = forms.CharField(label="Nội dung", widget=forms.Textarea(attrs={"rows": 8}))
    citations = forms.CharField(
        label="Căn cứ pháp lý",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Ví dụ: Điều 98 Bộ luật Lao động 2019; Nghị định 145/2020/NĐ-CP.",
    )

    def __init__(self, *args, user, edit=False, **kwargs):
        super().__init__(*args, **kwargs)
        if user.is_superuser:
            orgs = Organization.objects.all()
        else:
            orgs = Organization.objects.filter(
                pk__in=Handler.objects.filter(user=user).values("organization_id")
            )
        self.fields["organization"].queryset = orgs.order_by("path")
        if edit:
            del self.fields["organization"]


def answer_list(request):
    require_handler(request)
    answers = (
        available_answers(request.user)
        .filter(is_current=True)
        .select_related("organization", "author")
        .order_by("organization__path", "title")
    )
    page = Paginator(answers, 50).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "voice/admin/answers.html",
        {"title": "Câu trả lời mẫu", "page": page},
    )


def _answer_error(form, exc):
    for message in exc.messages if isinstance(exc, ValidationError) else [str(exc)]:
        form.add_error(None, message)


def answer_add(request):
    require_handler(request)
    form = SavedAnswerForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            answer = SaveAnswer(
                organization=data["organization"],
                title=data["title"],
                body=data["body"],
                citations=data["citations"],
                topic=data["topic"],
                actor=request.user,
            ).execute()
        except (ValidationError, PermissionDenied) as exc:
            _answer_error(form, exc)
        else:
            messages.success(request, f"Đã lưu câu trả lời mẫu “{answer.title}”.")
            return redirect("voice_answers")
    return TemplateResponse(
        request,
        "voice/admin/answer_form.html",
        {"title": "Thêm câu trả lời mẫu", "form": form},
    )


def _answer_or_none(request, pk):
    return available_answers(request.user).select_related("organization").filter(pk=pk).first()


def answer_edit(request, pk):
    require_handler(request)
    answer = _answer_or_none(request, pk)
    if answer is None or not answer.is_current:
        if answer is not None:
            current = SavedAnswer.objects.filter(
                organization=answer.organization, key=answer.key, is_current=True
            ).first()
            if current is not None:
                return redirect("voice_answer_edit", current.pk)
        messages.error(request, "Không tìm thấy câu trả lời mẫu.")
        return redirect("voice_answers")
    initial = {k: getattr(answer, k) for k in ("title", "topic", "body", "citations")}
    form = SavedAnswerForm(request.POST or None, user=request.user, edit=True, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            new = SaveAnswer(
                previous=answer,
                title=data["title"],
                body=data["body"],
                citations=data["citations"],
                topic=data["topic"],
                actor=request.user,
            ).execute()
        except (ValidationError, PermissionDenied) as exc:
            _answer_error(form, exc)
        else:
            messages.success(
                request,
                f"Đã lưu phiên bản {new.version} của “{new.title}”; các vụ việc đã dùng bản cũ "
                "vẫn giữ nguyên nội dung đã gửi.",
            )
            return redirect("voice_answers")
    return TemplateResponse(
        request,
        "voice/admin/answer_form.html",
        {
            "title": f"Sửa câu trả lời mẫu (tạo phiên bản {answer.version + 1})",
            "form": form,
            "answer": answer,
            "can_edit": may_edit_library(request.user, answer.organization),
        },
    )


def answer_history(request, pk):
    require_handler(request)
    answer = _answer_or_none(request, pk)
    if answer is None:
        messages.error(request, "Không tìm thấy câu trả lời mẫu.")
        return redirect("voice_answers")
    versions = (
        SavedAnswer.objects.filter(organization=answer.organization, key=answer.key)
        .select_related("author")
        .order_by("-version")
    )
    return TemplateResponse(
        request,
        "voice/admin/answer_history.html",
        {"title": f"Các phiên bản: {answer.title}", "answer": answer, "versions": versions},
    )


# --- handlers ----------------------------------------------------------------------------------


def admin_scope_paths(user) -> list[str] | None:
    """Paths of the organisations ``user`` administers (None: every one, an operator)."""
    if user.is_superuser:
        return None
    return [p for p, rank in role_paths(user) if rank >= ADMIN]


def is_org_admin(request) -> bool:
    user = request.user
    if not user.is_authenticated:
        return False
    if not hasattr(request, "_voice_org_admin"):
        request._voice_org_admin = user.is_superuser or bool(admin_scope_paths(user))
    return request._voice_org_admin


class AppointForm(forms.Form):
    email = forms.EmailField(label="Email của tài khoản")
    org = forms.CharField(label="Mã đơn vị", max_length=64)
    role = forms.ChoiceField(label="Vai trò", choices=Handler.Role.choices)


def handler_list(request):
    if not is_org_admin(request):
        raise PermissionDenied("Chỉ quản trị viên của đơn vị được phân công cán bộ xử lý.")
    form = AppointForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        user = get_user_model().objects.filter(email__iexact=data["email"].strip()).first()
        org = Organization.objects.filter(code__iexact=data["org"].strip()).first()
        if user is None:
            form.add_error("email", "Không có tài khoản nào với email này.")
        elif org is None:
            form.add_error("org", "Không có đơn vị nào với mã này.")
        else:
            try:
                AppointHandler(
                    user=user, organization=org, role=data["role"], actor=request.user
                ).execute()
            except (ValidationError, PermissionDenied) as exc:
                _answer_error(form, exc)
            else:
                messages.success(request, f"Đã phân công {user} xử lý ý kiến tại {org.name}.")
                return redirect("voice_handlers")
    rows = Handler.objects.select_related("user", "organization", "granted_by")
    paths = admin_scope_paths(request.user)
    tenant_org = tenant_organization()
    if paths is not None:
        from functools import reduce
        from operator import or_

        from django.db.models import Q

        rows = rows.filter(reduce(or_, (Q(organization__path__startswith=p) for p in paths)))
    if tenant_org is not None:
        rows = rows.filter(organization__path__startswith=tenant_org.path)
    page = Paginator(rows.order_by("organization__path", "user__email"), 50).get_page(
        request.GET.get("p")
    )
    return TemplateResponse(
        request,
        "voice/admin/handlers.html",
        {"title": "Cán bộ xử lý ý kiến người lao động", "form": form, "page": page},
    )


@require_POST
def handler_remove(request, pk):
    if not is_org_admin(request):
        raise PermissionDenied("Chỉ quản trị viên của đơn vị được phân công cán bộ xử lý.")
    handler = Handler.objects.select_related("user", "organization").filter(pk=pk).first()
    if handler is None:
        messages.error(request, "Không tìm thấy cán bộ xử lý.")
        return redirect("voice_handlers")
    try:
        RemoveHandler(handler, actor=request.user).execute()
    except PermissionDenied as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, f"{handler.user} thôi xử lý ý kiến tại {handler.organization.name}."
        )
    return redirect("voice_handlers")


# --- registration --------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("y-kien/cau-tra-loi-mau/", answer_list, name="voice_answers"),
        path("y-kien/cau-tra-loi-mau/them/", answer_add, name="voice_answer_add"),
        path("y-kien/cau-tra-loi-mau/<int:pk>/sua/", answer_edit, name="voice_answer_edit"),
        path(
            "y-kien/cau-tra-loi-mau/<int:pk>/phien-ban/",
            answer_history,
            name="voice_answer_history",
        ),
        path("y-kien/can-bo-xu-ly/", handler_list, name="voice_handlers"),
        path("y-kien/can-bo-xu-ly/<int:pk>/thoi/", handler_remove, name="voice_handler_remove"),
    ]


class OrgAdminMenuItem(MenuItem):
    def is_shown(self, request):
        return is_org_admin(request)


@hooks.register(MENU_HOOK)
def register_answers_item():
    return HandlerMenuItem(
        "Câu trả lời mẫu", reverse("voice_answers"), icon_name="doc-full", order=200
    )


@hooks.register(MENU_HOOK)
def register_handlers_item():
    return OrgAdminMenuItem("Cán bộ xử lý", reverse("voice_handlers"), icon_name="group", order=300)
