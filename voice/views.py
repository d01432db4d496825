"""Public pages of the workers' voice, on every tenant host (server-rendered, no JavaScript
needed, nothing loaded from elsewhere).

- ``/y-kien/``: send an opinion to the tenant's own organisation;
- ``/y-kien/<code>/``: to any active organisation of the tree (grassroots units and hosted
  microsites link here with their code);
- ``/y-kien/da-gui/<token>/``: the case code and secret, shown once after submitting;
- ``/y-kien/theo-doi/``: follow a case with its code and secret: status, answers and notices
  (never internal notes), and one button per consent to withdraw it (withdrawing the
  consent to handling withdraws the case);
- ``/y-kien/goi-y/?q=``: published answers that may already answer a question (JSON).

Every page is ``Cache-Control: no-store`` (they carry codes, secrets and personal data).
"""

from __future__ import annotations

import secrets
import time

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import Http404, HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods, require_safe

from congdoan.text import normalise_code, normalise_text
from congdoan.throttle import client_ip
from hierarchy.models import Organization
from voice import abuse, intake
from voice.actions.submit_case import SubmitCase
from voice.forms import IDENTITY_HELP, KIND_HELP, FollowForm, IntakeForm
from voice.models import Channel, DataSubjectRequest, MessageKind, Purpose, Status

SHOWN_ONCE_SECONDS = 15 * 60
GENERIC_ERROR = "Ý kiến chưa được gửi. Vui lòng xem các lỗi bên dưới."


def _home_org() -> Organization | None:
    tenant = getattr(connection, "tenant", None)
    if tenant is None or not getattr(tenant, "pk", None):
        return None
    return Organization.objects.filter(tenant_id=tenant.pk).first()


def _org_for(code: str | None) -> Organization:
    if code is None:
        org = _home_org()
    else:
        org = Organization.objects.filter(code=normalise_code(code)).first()
    if org is None or not org.is_active:
        raise Http404("Không tìm thấy đơn vị công đoàn nhận ý kiến.")
    return org


# The blank form of an organisation is rendered once per process and notice versions (the
# widgets are most of a GET's time); the CSRF token and the challenge are put in per request.
_BLANK: dict = {}
_BLANK_SECONDS = 300
_CSRF, _TOKEN, _QUESTION = "__VOICE_CSRF__", "__VOICE_CHALLENGE__", "__VOICE_QUESTION__"


def _blank_form(request, org):
    form = IntakeForm(initial={"challenge_token": _TOKEN})
    versions = tuple(sorted((p, n.version, n.sha256) for p, n in form.notices.items()))
    key = (connection.schema_name, org.pk, org.name, versions)
    cached = _BLANK.get(key)
    if cached is None or cached[0] < time.monotonic():
        html = render_to_string(
            "voice/public/form.html",
            {
                "org": org,
                "form": form,
                "challenge": abuse.Challenge(token=_TOKEN, question=_QUESTION),
                "csrf_token": _CSRF,
                "kind_help": KIND_HELP,
                "identity_help": IDENTITY_HELP,
                "max_files": intake.max_files(),
                "max_mb": intake.max_bytes() // (1024 * 1024),
            },
        )
        if len(_BLANK) > 512:
            _BLANK.clear()
        cached = _BLANK[key] = (time.monotonic() + _BLANK_SECONDS, html)
    challenge = abuse.issue_challenge()
    html = (
        cached[1]
        .replace(_CSRF, escape(get_token(request)))
        .replace(_TOKEN, escape(challenge.token))
        .replace(_QUESTION, escape(challenge.question))
    )
    return HttpResponse(html)


def _render_form(request, org, form, *, status=200, error="", retry_after=None):
    if not form.is_bound and not error:
        return _blank_form(request, org)
    challenge = abuse.issue_challenge()
    data = form.data.copy() if form.is_bound else None
    if data is not None:
        # A fresh question each time the form is shown (a token is good for one attempt).
        data["challenge_token"] = challenge.token
        data["challenge_answer"] = ""
        for purpose in Purpose.values:
            data.pop(f"notice_version_{purpose}", None)
        errors = form.errors
        form = IntakeForm(data)
        form._errors = errors
        for purpose, notice in form.notices.items():
            form.data[f"notice_version_{purpose}"] = notice.version
    else:
        form = IntakeForm(initial={"challenge_token": challenge.token})
    response = render(
        request,
        "voice/public/form.html",
        {
            "org": org,
            "form": form,
            "challenge": challenge,
            "error": error,
            "kind_help": KIND_HELP,
            "identity_help": IDENTITY_HELP,
            "max_files": intake.max_files(),
            "max_mb": intake.max_bytes() // (1024 * 1024),
            "suggestions": _suggestions(form),
        },
        status=status,
    )
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return response


def _suggestions(form) -> list[dict]:
    text = form.data.get("body", "") if form.is_bound else ""
    return intake.suggest_answers(text) if text else []


@never_cache
@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def submit(request, code: str | None = None):
    org = _org_for(code)
    if request.method != "POST":
        return _render_form(request, org, IntakeForm())
    form = IntakeForm(request.POST)
    form.is_valid()  # fields are lenient; SubmitCase checks everything
    data = form.cleaned_data
    if data.get("website"):
        form.add_error(None, "Không gửi được biểu mẫu. Vui lòng tải lại trang.")
        return _render_form(request, org, form, status=400, error=GENERIC_ERROR)
    try:
        abuse.verify_challenge(data.get("challenge_token", ""), data.get("challenge_answer", ""))
    except ValidationError as exc:
        form.add_error("challenge_answer", exc.messages)
    files = request.FILES.getlist("attachments")
    attachments = []
    if len(files) > intake.max_files():
        form.add_error(
            "attachments" if "attachments" in form.fields else None,
            f"Chỉ được gửi tối đa {intake.max_files()} tệp đính kèm (bạn chọn {len(files)} tệp).",
        )
    else:
        for upload in files:
            if upload.size > intake.max_bytes():  # refused before being read
                size = f"{upload.size / 1048576:.1f}".replace(".", ",")
                form.add_error(
                    None,
                    f"Tệp “{upload.name}” nặng {size} MB, mỗi tệp tối đa "
                    f"{intake.max_bytes() / 1048576:g} MB.".replace(".0 MB", " MB"),
                )
                break
            attachments.append((upload.name, upload.read(), upload.content_type))
    if form.errors:
        return _render_form(request, org, form, status=400, error=GENERIC_ERROR)

    user = request.user if request.user.is_authenticated else None
    action = SubmitCase(
        **form.case_inputs(),
        organization=org,
        attachments=attachments,
        channel=Channel.WEB_FORM,
        member=user,
        client_ip=client_ip(request),
    )
    try:
        result = action.execute()
    except ValidationError as exc:
        for field, messages in exc.message_dict.items():
            if field in ("attachments", "consents") or field not in form.fields:
                form.add_error(None, messages)
            else:
                form.add_error(field, messages)
        return _render_form(request, org, form, status=400, error=GENERIC_ERROR)
    except abuse.SubmissionLimited as exc:
        return _render_form(
            request, org, form, status=429, error=exc.message, retry_after=exc.retry_after
        )
    token = secrets.token_urlsafe(18)
    cache.set(
        f"voice:shown-once:{token}",
        {"code": result.case.code, "secret": result.secret, "org": org.name},
        timeout=SHOWN_ONCE_SECONDS,
    )
    return redirect(reverse("voice-submitted", args=[token]))


@never_cache
@require_safe
def submitted(request, token: str):
    key = f"voice:shown-once:{token}"
    shown = cache.get(key)
    if shown is not None:
        cache.delete(key)
    return render(
        request,
        "voice/public/submitted.html",
        {"shown": shown, "follow_url": reverse("voice-follow")},
        status=200 if shown else 410,
    )


def _follow_context(case, *, form, done: str = ""):
    messages = [
        m for m in case.messages.select_related("organization") if m.kind != MessageKind.NOTE
    ]
    consents = list(case.consents.order_by("given_at", "pk"))
    try:
        from voice.deadlines import status_for_worker
    except ImportError:
        status_for_worker = None
    if status_for_worker is not None:
        status = status_for_worker(case)
    else:
        status = f"{case.get_status_display()} tại {case.organization.name}."
        if case.is_open and case.first_response_due:
            due = timezone.localtime(case.first_response_due)
            status = status[:-1] + f"; hạn phản hồi {due:%H:%M %d/%m/%Y}."
    return {
        "case": case,
        "form": form,
        "status_text": status,
        "messages_for_worker": messages,
        "consents": consents,
        "done": done,
        "withdrawable": case.status in (Status.NEW, Status.IN_PROGRESS, Status.ANSWERED),
        "attachment_count": case.attachments.count(),
        "request_kinds": [(k, DataSubjectRequest.Kind(k).label) for k in WORKER_REQUEST_KINDS],
    }


@never_cache
@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def follow(request):
    if request.method != "POST":
        return render(request, "voice/public/follow.html", {"form": FollowForm()})
    form = FollowForm(request.POST)
    case = None
    if form.is_valid():
        case = intake.find_case(form.cleaned_data["code"], form.cleaned_data["secret"])
    if case is None:
        try:
            abuse.hit_follow_failure(client_ip(request))
        except abuse.SubmissionLimited as exc:
            response = render(
                request,
                "voice/public/follow.html",
                {"form": form, "error": exc.message},
                status=429,
            )
            response["Retry-After"] = str(exc.retry_after)
            return response
        return render(
            request,
            "voice/public/follow.html",
            {"form": form, "error": intake.BAD_SECRET},
            status=404,
        )
    done = ""
    purpose = request.POST.get("withdraw", "")
    if purpose:
        done = _withdraw(case, purpose)
        case.refresh_from_db()
    elif request.POST.get("data_request"):
        done = _data_request(case, form, request.POST)
    return render(request, "voice/public/case.html", _follow_context(case, form=form, done=done))


#: What a worker may ask about their data from the follow page (withdrawal has its buttons).
WORKER_REQUEST_KINDS = ("access", "correction", "erasure", "restriction")


def _data_request(case, form, data) -> str:
    """A data-subject request by the worker who holds the case's code and secret: recorded
    with its legal clocks for the data protection officer; the answer names the deadlines."""
    from voice.actions.dsr_receive import ReceiveDataRequest

    kind = data.get("request_kind", "")
    if kind not in WORKER_REQUEST_KINDS:
        return "Vui lòng chọn loại yêu cầu về dữ liệu cá nhân."
    try:
        dsr = (
            ReceiveDataRequest(
                kind=kind,
                case_code=form.cleaned_data["code"],
                secret=form.cleaned_data["secret"],
                details=normalise_text(data.get("request_details", ""))[:2000],
            )
            .execute()
            .request
        )
    except ValidationError as exc:
        return " ".join(exc.messages)
    ack = timezone.localtime(dsr.acknowledge_due)
    due = timezone.localtime(dsr.due)
    return (
        f"Đã nhận yêu cầu {dsr.reference} ({dsr.get_kind_display().lower()}). Công đoàn sẽ "
        f"xác nhận trước {ack:%d/%m/%Y} và trả lời trước {due:%d/%m/%Y}. Hãy ghi lại mã yêu "
        "cầu; kết quả được gửi trong mục trả lời và thông báo của vụ việc này."
    )


def _withdraw(case, purpose: str) -> str:
    """Withdraw the member's consent for ``purpose`` (``handle``: the case) at once."""
    from voice.actions.withdraw_consent import WithdrawConsent

    try:
        WithdrawConsent(case, purpose=purpose, actor=None).execute()
    except ValidationError as exc:
        return " ".join(exc.messages)
    now = timezone.localtime()
    if purpose == Purpose.HANDLE:
        return f"Bạn đã rút vụ việc lúc {now:%H:%M %d/%m/%Y}. Công đoàn ngừng xử lý ngay."
    label = Purpose(purpose).label if purpose in Purpose.values else purpose
    return f"Đã rút sự đồng ý “{label}” lúc {now:%H:%M %d/%m/%Y}."


@never_cache
@require_safe
def suggestions(request):
    """Published answers similar to ``q`` (for the form's "already answered?" list)."""
    results = intake.suggest_answers(request.GET.get("q", "")[:5000])
    return JsonResponse({"results": results}, json_dumps_params={"ensure_ascii": False})
