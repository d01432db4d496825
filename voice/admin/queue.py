"""Ý kiến người lao động → Hàng đợi vụ việc: the handlers' queue and the case screen.

Every tenant's admin shows the cases the account may handle (``voice.access``) that sit in
the tenant's organisation subtree. A case outside that scope is answered with a 404 page
"Không tìm thấy vụ việc" whatever its state. Every display of a case writes a ``CaseAccess``
row (``view``), every attachment download one of ``download``. Every change goes through an
action of ``voice/actions`` (row lock, scope, state machine, audit trail); a refusal is shown
as a Vietnamese message and changes nothing.
"""

from __future__ import annotations

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import F, Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from hierarchy.models import Organization
from voice import access
from voice.actions.add_note import AddNote
from voice.actions.answer_case import AnswerCase
from voice.actions.assign import AssignCase
from voice.actions.base import CaseNotFound
from voice.actions.close_case import CloseCase
from voice.actions.confirm_topic import ConfirmTopic
from voice.actions.merge_cases import MergeCases
from voice.actions.reopen_case import ReopenCase
from voice.actions.reveal_identity import RevealIdentity
from voice.actions.save_answer import available_answers
from voice.classify import similar_cases
from voice.models import (
    OPEN_STATUSES,
    Attachment,
    Case,
    CaseAccess,
    Handler,
    IdentityMode,
    Kind,
    MessageKind,
    Status,
    Topic,
)

PER_PAGE = 50
DUE_SOON = datetime.timedelta(hours=6)
MENU_HOOK = "register_voice_admin_menu_item"

ACTION_LABELS = {
    "submitted": "Tiếp nhận",
    "classified": "Xác nhận lĩnh vực",
    "assigned": "Phân công",
    "noted": "Ghi chú",
    "answered": "Trả lời",
    "closed": "Đóng vụ việc",
    "reopened": "Mở lại",
    "escalated": "Chuyển lên cấp trên",
    "warned": "Cảnh báo sắp quá hạn",
    "merged": "Gộp vụ việc",
    "withdrawn": "Người gửi rút",
    "identity_revealed": "Mở danh tính khẩn cấp",
    "corrected": "Chỉnh sửa dữ liệu",
    "erased": "Xoá dữ liệu",
}


# --- who sees what ------------------------------------------------------------------------


def is_handler(request) -> bool:
    """Holds a handler role (or is a platform operator); remembered for the request."""
    user = request.user
    if not user.is_authenticated:
        return False
    if not hasattr(request, "_voice_handler"):
        request._voice_handler = user.is_superuser or Handler.objects.filter(user=user).exists()
    return request._voice_handler


def tenant_organization() -> Organization | None:
    tenant = getattr(connection, "tenant", None)
    if tenant is None or not getattr(tenant, "pk", None):
        return None
    return Organization.objects.filter(tenant_id=tenant.pk).first()


def queue_cases(user):
    """The cases ``user`` handles that belong to the active tenant's organisation subtree."""
    cases = access.visible_cases(user)
    org = tenant_organization()
    if org is not None:
        cases = cases.filter(org_path__startswith=org.path)
    return cases


def require_handler(request) -> None:
    if not is_handler(request):
        raise PermissionDenied("Chỉ cán bộ xử lý ý kiến người lao động được vào mục này.")


def not_found(request):
    return TemplateResponse(
        request,
        "voice/admin/not_found.html",
        {"title": "Không tìm thấy vụ việc"},
        status=404,
    )


# --- the queue ------------------------------------------------------------------------------


class QueueFilter(forms.Form):
    status = forms.ChoiceField(
        label="Trạng thái",
        required=False,
        choices=[("", "Đang mở (mới, đang xử lý)"), ("all", "Tất cả"), *Status.choices],
    )
    kind = forms.ChoiceField(
        label="Loại", required=False, choices=[("", "Mọi loại"), *Kind.choices]
    )
    topic = forms.ChoiceField(
        label="Lĩnh vực",
        required=False,
        choices=[("", "Mọi lĩnh vực"), ("none", "Chưa phân loại"), *Topic.choices],
    )
    org = forms.CharField(label="Đơn vị (mã)", required=False, max_length=64)
    due = forms.ChoiceField(
        label="Thời hạn",
        required=False,
        choices=[("", "Mọi thời hạn"), ("overdue", "Quá hạn"), ("soon", "Sắp đến hạn (6 giờ)")],
    )
    mine = forms.ChoiceField(
        label="Người xử lý",
        required=False,
        choices=[("", "Mọi người"), ("me", "Giao cho tôi"), ("none", "Chưa phân công")],
    )
    q = forms.CharField(label="Mã vụ việc", required=False, max_length=32)


def filter_queue(request, form: QueueFilter):
    cases = queue_cases(request.user)
    data = form.cleaned_data if form.is_valid() else {}
    status = data.get("status") or ""
    if status == "":
        cases = cases.filter(status__in=OPEN_STATUSES)
    elif status != "all":
        cases = cases.filter(status=status)
    if data.get("kind"):
        cases = cases.filter(kind=data["kind"])
    if data.get("topic") == "none":
        cases = cases.filter(topic="")
    elif data.get("topic"):
        cases = cases.filter(topic=data["topic"])
    if data.get("org"):
        org = Organization.objects.filter(code__iexact=data["org"].strip()).first()
        cases = cases.filter(org_path__startswith=org.path) if org else cases.none()
    now = timezone.now()
    open_q = Q(status__in=OPEN_STATUSES)
    if data.get("due") == "overdue":
        cases = cases.filter(open_q, first_response_due__lt=now)
    elif data.get("due") == "soon":
        cases = cases.filter(
            open_q, first_response_due__gte=now, first_response_due__lt=now + DUE_SOON
        )
    if data.get("mine") == "me":
        cases = cases.filter(assignee=request.user)
    elif data.get("mine") == "none":
        cases = cases.filter(assignee__isnull=True)
    if data.get("q"):
        from voice.codes import normalise

        cases = cases.filter(code=normalise(data["q"]))
    return cases


def queue(request):
    require_handler(request)
    form = QueueFilter(request.GET or None)
    cases = (
        filter_queue(request, form)
        .select_related("organization", "assignee")
        .defer("body", "contact_name", "contact_phone", "contact_email", "workplace", "link")
        .order_by(F("first_response_due").asc(nulls_last=True), "received_at", "pk")
    )
    page = Paginator(cases, PER_PAGE).get_page(request.GET.get("p"))
    now = timezone.now()
    for case in page:
        case.overdue = case.is_open and case.first_response_due and case.first_response_due < now
        case.due_soon = (
            case.is_open
            and not case.overdue
            and case.first_response_due
            and case.first_response_due < now + DUE_SOON
        )
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "voice/admin/queue.html",
        {
            "title": "Hàng đợi vụ việc",
            "form": form,
            "page": page,
            "total": page.paginator.count,
            "query": query.urlencode(),
        },
    )


# --- one case --------------------------------------------------------------------------------


def _ancestor_paths(path: str) -> list[str]:
    step = Organization.steplen
    return [path[:i] for i in range(step, len(path) + 1, step)]


def timeline(case: Case) -> list[dict]:
    """What changed, when, by whom: the audit trail (django-pghistory) and escalations."""
    from django.contrib.auth import get_user_model

    events = list(case.events.select_related("pgh_context").order_by("pgh_id"))
    escalations = list(case.escalations.select_related("from_organization", "to_organization"))
    org_ids = {e.organization_id for e in events}
    user_ids = {e.assignee_id for e in events if e.assignee_id}
    user_ids |= {
        (e.pgh_context.metadata or {}).get("actor") for e in events if e.pgh_context_id
    } - {None}
    orgs = dict(Organization.objects.filter(pk__in=org_ids).values_list("pk", "name"))
    users = {u.pk: str(u) for u in get_user_model().objects.filter(pk__in=user_ids)}
    rows, previous = [], None
    for event in events:
        meta = (event.pgh_context.metadata if event.pgh_context_id else None) or {}
        changes = []
        if previous is None or event.status != previous.status:
            changes.append(f"Trạng thái: {Status(event.status).label}")
        if previous is not None and event.organization_id != previous.organization_id:
            changes.append(f"Đơn vị xử lý: {orgs.get(event.organization_id, '?')}")
        if previous is not None and event.assignee_id != previous.assignee_id:
            changes.append(
                f"Người xử lý: {users.get(event.assignee_id, 'chưa phân công')}"
                if event.assignee_id
                else "Người xử lý: chưa phân công"
            )
        if previous is not None and event.topic != previous.topic and event.topic:
            changes.append(f"Lĩnh vực: {Topic(event.topic).label}")
        if previous is not None and event.first_response_due != previous.first_response_due:
            due = event.first_response_due
            changes.append(
                f"Hạn phản hồi: {timezone.localtime(due):%H:%M %d/%m/%Y}" if due else "Bỏ hạn"
            )
        if event.merged_into_id and (previous is None or not previous.merged_into_id):
            changes.append("Gộp vào vụ việc khác")
        if meta.get("reason"):
            changes.append(f"Lý do: {meta['reason']}")
        previous = event
        if not changes:
            continue
        label = ACTION_LABELS.get(meta.get("action", ""), "")
        if event.pgh_label == "insert":
            label = label or "Tiếp nhận"
        rows.append(
            {
                "at": event.pgh_created_at,
                "label": label or "Cập nhật",
                "actor": users.get(meta.get("actor"), "" if meta.get("actor") else "Hệ thống"),
                "changes": changes,
            }
        )
    for esc in escalations:
        rows.append(
            {
                "at": esc.at,
                "label": f"Chuyển cấp lần {esc.level} ({esc.get_reason_display()})",
                "actor": "",
                "changes": [f"Từ {esc.from_organization.name} lên {esc.to_organization.name}"],
            }
        )
    rows.sort(key=lambda r: r["at"])
    return rows


def render_case(request, case: Case, *, answer_body: str = "", status: int = 200):
    user = request.user
    access.log_access(case, user, CaseAccess.Action.VIEW)
    msgs = list(
        case.messages.select_related("author", "saved_answer").prefetch_related("attachments")
    )
    attachments = list(case.attachments.defer("data").order_by("pk"))
    supervisor = access.can_handle(user, case, supervisor=True)
    handlers = []
    if supervisor and case.is_open:
        seen = set()
        for row in (
            Handler.objects.filter(organization__path__in=_ancestor_paths(case.org_path))
            .select_related("user", "organization")
            .order_by("-organization__path", "user__email")
        ):
            if row.user_id not in seen and row.user.is_active:
                seen.add(row.user_id)
                handlers.append(row)
    answers = []
    if case.is_open:
        answers = list(
            available_answers(user)
            .filter(is_current=True)
            .select_related("organization")
            .order_by("title")[:300]
        )
        answers.sort(key=lambda a: (a.topic != (case.topic or case.topic_suggested), a.title))
    similar = []
    if case.is_open:
        found = [c for c in similar_cases(case, limit=5) if c.pk != case.pk]
        visible = set(
            queue_cases(user).filter(pk__in=[c.pk for c in found]).values_list("pk", flat=True)
        )
        similar = [c for c in found if c.pk in visible]
    accesses = list(case.accesses.select_related("user").order_by("-at")[:20])
    now = timezone.now()
    return TemplateResponse(
        request,
        "voice/admin/case.html",
        {
            "title": f"Vụ việc {case.code}",
            "case": case,
            "messages_": msgs,
            "attachments": attachments,
            "identity": access.identity_visible(user, case),
            "pseudonymous": case.identity_mode == IdentityMode.PSEUDONYMOUS,
            "anonymous": case.identity_mode == IdentityMode.ANONYMOUS,
            "supervisor": supervisor,
            "handlers": handlers,
            "answers": answers,
            "similar": similar,
            "timeline": timeline(case),
            "accesses": accesses,
            "topics": Topic.choices,
            "overdue": case.is_open
            and case.first_response_due is not None
            and case.first_response_due < now,
            "answer_body": answer_body,
            "can_close": case.status == Status.ANSWERED,
            "can_reopen": case.status in (Status.ANSWERED, Status.CLOSED),
            "note_kind": MessageKind.NOTE,
        },
        status=status,
    )


def _case_or_none(request, pk) -> Case | None:
    return (
        queue_cases(request.user)
        .select_related("organization", "origin_organization", "assignee", "topic_confirmed_by")
        .filter(pk=pk)
        .first()
    )


def case_detail(request, pk):
    require_handler(request)
    case = _case_or_none(request, pk)
    if case is None:
        return not_found(request)
    return render_case(request, case)


def download(request, pk, attachment_pk):
    require_handler(request)
    case = _case_or_none(request, pk)
    attachment = Attachment.objects.filter(case=case, pk=attachment_pk).first() if case else None
    if attachment is None:
        return not_found(request)
    access.log_access(case, request.user, CaseAccess.Action.DOWNLOAD, f"Tệp #{attachment.pk}")
    response = HttpResponse(bytes(attachment.data), content_type=attachment.content_type)
    name = (attachment.name or f"tep-{attachment.pk}").replace('"', "")
    from urllib.parse import quote

    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}"
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def _seen_level(request):
    value = request.POST.get("seen_level", "").strip()
    return int(value) if value.isdigit() and len(value) < 6 else None


def _number(value) -> int:
    """A form's id value, 0 when it is not a number (nothing has id 0)."""
    value = (value or "").strip()
    return int(value) if value.isdigit() and len(value) < 19 else 0


def _user(pk):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(pk=_number(pk), is_active=True).first()


def _saved_answer_text(answer) -> str:
    if answer.citations:
        return f"{answer.body}\n\nCăn cứ pháp lý: {answer.citations}"
    return answer.body


def _answer(request, case, seen):
    body = request.POST.get("body", "")
    saved = None
    if request.POST.get("saved_answer"):
        pk = _number(request.POST["saved_answer"])
        saved = available_answers(request.user).filter(pk=pk).first()
        if saved is None:
            raise ValidationError("Không tìm thấy câu trả lời mẫu đã chọn.")
        if not body.strip():  # without JavaScript: the saved answer as it is
            body = _saved_answer_text(saved)
    AnswerCase(case, body=body, saved_answer=saved, actor=request.user, seen_level=seen).execute()
    return "Đã gửi câu trả lời cho người lao động."


def _merge(request, case, seen):
    target = queue_cases(request.user).filter(pk=_number(request.POST.get("into"))).first()
    if target is None:
        raise ValidationError("Không tìm thấy vụ việc cần gộp vào.")
    MergeCases(case, into=target, actor=request.user, seen_level=seen).execute()
    return f"Đã gộp vụ việc vào vụ việc {target.code}; người gửi đã được thông báo."


OPERATIONS = {
    "nhan": lambda r, c, s: (
        AssignCase(c, actor=r.user, seen_level=s).execute() and "Bạn đã nhận xử lý vụ việc."
    ),
    "phan-cong": lambda r, c, s: (
        AssignCase(
            c,
            assignee=_user(r.POST.get("assignee")) or _missing("Hãy chọn cán bộ được phân công."),
            actor=r.user,
            seen_level=s,
        ).execute()
        and "Đã phân công vụ việc."
    ),
    "ghi-chu": lambda r, c, s: (
        AddNote(c, body=r.POST.get("body", ""), actor=r.user, seen_level=s).execute()
        and "Đã lưu ghi chú nội bộ."
    ),
    "tra-loi": _answer,
    "dong": lambda r, c, s: (
        CloseCase(c, actor=r.user, seen_level=s).execute() and "Đã đóng vụ việc."
    ),
    "mo-lai": lambda r, c, s: (
        ReopenCase(c, reason=r.POST.get("reason", ""), actor=r.user, seen_level=s).execute()
        and "Đã mở lại vụ việc."
    ),
    "linh-vuc": lambda r, c, s: (
        ConfirmTopic(c, topic=r.POST.get("topic", ""), actor=r.user, seen_level=s).execute()
        and "Đã xác nhận lĩnh vực."
    ),
    "gop": _merge,
    "mo-danh-tinh": lambda r, c, s: (
        RevealIdentity(c, reason=r.POST.get("reason", ""), actor=r.user, seen_level=s).execute()
        and "Đã mở danh tính khẩn cấp; việc này đã được ghi lại cùng lý do."
    ),
}


def _missing(message):
    raise ValidationError(message)


@require_POST
def case_operation(request, pk, operation):
    require_handler(request)
    if operation not in OPERATIONS:
        return not_found(request)
    case = _case_or_none(request, pk)
    seen = _seen_level(request)
    if case is None and (seen is None or access.visible_cases(request.user).filter(pk=pk).exists()):
        # Not seen here, or handled by this account but in another tenant's subtree.
        return not_found(request)
    try:
        # A case no longer in the queue goes to the action by id: it says whether it was
        # escalated away since the page was loaded, or is simply not found.
        done = OPERATIONS[operation](request, case if case is not None else pk, seen)
    except (CaseNotFound, ObjectDoesNotExist):
        return not_found(request)
    except (ValidationError, PermissionDenied) as exc:
        text = " ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
        messages.error(request, text)
        fresh = _case_or_none(request, pk)
        if fresh is None:
            return redirect("voice_queue")
        body = request.POST.get("body", "") if operation == "tra-loi" else ""
        return render_case(request, fresh, answer_body=body, status=409)
    messages.success(request, done)
    return redirect("voice_case", pk)


# --- Wagtail registration ---------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("y-kien/", queue, name="voice_queue"),
        path("y-kien/<int:pk>/", case_detail, name="voice_case"),
        path("y-kien/<int:pk>/tep/<int:attachment_pk>/", download, name="voice_download"),
        path("y-kien/<int:pk>/<slug:operation>/", case_operation, name="voice_case_operation"),
    ]


class HandlerMenuItem(MenuItem):
    def is_shown(self, request):
        return is_handler(request)


class VoiceMenuItem(SubmenuMenuItem):
    """The "Ý kiến người lao động" menu: shown when one of its items is."""

    def is_shown(self, request):
        return bool(self.menu.menu_items_for_request(request))


voice_menu = Menu(register_hook_name=MENU_HOOK)


@hooks.register("register_admin_menu_item")
def register_menu():
    return VoiceMenuItem("Ý kiến người lao động", voice_menu, icon_name="mail", order=250)


@hooks.register(MENU_HOOK)
def register_queue_item():
    return HandlerMenuItem(
        "Hàng đợi vụ việc", reverse("voice_queue"), icon_name="list-ul", order=100
    )
