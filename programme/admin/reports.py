"""Chương trình truyền thông → Báo cáo định kỳ: an organisation's quarterly and yearly
reports, and the reports its units sent up to it (the inbox).

Everything is limited to the active tenant's branch of the tree (the reports of
organisations in it, and the reports sent to organisations in it) and to the account's roles
(``programme.reports``): a report outside that is answered "Không tìm thấy báo cáo" (404)
whatever its state. Every change goes through an action of ``programme/actions``; a refusal
is shown as a Vietnamese message and changes nothing.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import connection
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts.roles import ADMIN, EDITOR
from hierarchy.models import Organization
from hierarchy.roles import effective_rank, role_paths
from programme import exports, reports
from programme.actions.approve_report import ApproveReport
from programme.actions.edit_report import EditReport
from programme.actions.forward_report import ForwardReport
from programme.actions.generate_report import GenerateReport
from programme.actions.report_base import ReportNotFound
from programme.actions.return_report import ReturnReport
from programme.actions.submit_report import SubmitReport
from programme.metrics import FIRST_YEAR, LAST_YEAR
from programme.models import Report, ReportStatus
from programme.models.reports import QUARTER_CHOICES, SECTIONS

MENU_HOOK = "register_programme_admin_menu_item"
INBOX_LIMIT = 100


class NewReportForm(forms.Form):
    year = forms.TypedChoiceField(
        label="Năm",
        coerce=int,
        choices=[(y, str(y)) for y in range(FIRST_YEAR, LAST_YEAR + 1)],
    )
    quarter = forms.TypedChoiceField(label="Kỳ báo cáo", coerce=int, choices=QUARTER_CHOICES)


class CommentaryForm(forms.Form):
    results = forms.CharField(
        label="Kết quả", required=False, widget=forms.Textarea(attrs={"rows": 8})
    )
    shortcomings = forms.CharField(
        label="Tồn tại, hạn chế", required=False, widget=forms.Textarea(attrs={"rows": 6})
    )
    proposals = forms.CharField(
        label="Đề xuất, kiến nghị", required=False, widget=forms.Textarea(attrs={"rows": 6})
    )


# --- scope ----------------------------------------------------------------------------------


def tenant_organization() -> Organization | None:
    tenant = getattr(connection, "tenant", None)
    if tenant is None or not getattr(tenant, "pk", None):
        return None
    return Organization.objects.filter(tenant_id=tenant.pk).first()


def _in_branch(report: Report, branch: Organization | None) -> bool:
    if branch is None:
        return True
    if report.organization.path.startswith(branch.path):
        return True
    return report.recipient_id is not None and report.recipient.path.startswith(branch.path)


def _report_or_none(request, pk) -> Report | None:
    report = (
        Report.objects.select_related(
            "organization", "recipient", "created_by", "submitted_by", "decided_by"
        )
        .filter(pk=pk)
        .first()
    )
    if report is None or not reports.can_view(request.user, report):
        return None
    if not _in_branch(report, tenant_organization()):
        return None
    return report


def not_found(request):
    return TemplateResponse(
        request,
        "programme/reports/not_found.html",
        {"title": "Không tìm thấy báo cáo"},
        status=404,
    )


def _writable_orgs(user, branch: Organization | None) -> list[Organization]:
    """The organisations the account holds an editor role (or above) on, in the branch."""
    if user.is_superuser:
        return [branch] if branch is not None else []
    paths = [p for p, rank in role_paths(user) if rank >= EDITOR]
    orgs = Organization.objects.filter(path__in=paths).order_by("path")
    if branch is not None:
        orgs = [o for o in orgs if o.path.startswith(branch.path) or branch.path.startswith(o.path)]
        # A role above the branch's organisation acts here for the branch's organisation.
        orgs = [branch if branch.path.startswith(o.path) else o for o in orgs]
    return list(dict.fromkeys(orgs))


def _chosen_org(request, branch, choices) -> Organization | None:
    pk = request.GET.get("org") or request.POST.get("org")
    if pk:
        if not str(pk).isdigit():
            return None
        org = Organization.objects.filter(pk=int(pk)).first()
        if org is None or (branch is not None and not org.path.startswith(branch.path)):
            return None
        return org if reports.can_write(request.user, org) else None
    return choices[0] if choices else None


# --- views ----------------------------------------------------------------------------------


def index(request):
    branch = tenant_organization()
    choices = _writable_orgs(request.user, branch)
    org = _chosen_org(request, branch, choices)
    if org is None and request.GET.get("org"):
        return not_found(request)
    own = list(Report.objects.filter(organization=org).order_by("-year", "-quarter")) if org else []
    received = list(reports.inbox(request.user, within=branch)[:INBOX_LIMIT])
    if org is not None and org not in choices:
        choices = [org, *choices]
    today = timezone.localdate()
    form = NewReportForm(initial={"year": today.year, "quarter": (today.month - 1) // 3 + 1})
    return TemplateResponse(
        request,
        "programme/reports/index.html",
        {
            "title": "Báo cáo định kỳ",
            "org": org,
            "choices": choices,
            "own": own,
            "received": received,
            "waiting": sum(1 for r in received if r.status == ReportStatus.SUBMITTED),
            "form": form,
            "INBOX_LIMIT": INBOX_LIMIT,
        },
    )


@require_POST
def create(request):
    branch = tenant_organization()
    org = _chosen_org(request, branch, _writable_orgs(request.user, branch))
    if org is None:
        return not_found(request)
    form = NewReportForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(f"{reverse('programme_reports')}?org={org.pk}")
    data = form.cleaned_data
    action = GenerateReport(org, data["year"], data["quarter"], actor=request.user)
    try:
        report = action.execute()
    except (ValidationError, PermissionDenied) as exc:
        for text in getattr(exc, "messages", None) or [str(exc)]:
            messages.error(request, text)
        return redirect(f"{reverse('programme_reports')}?org={org.pk}")
    done = "Đã lập lại số liệu cho" if action.action == "regenerated" else "Đã lập"
    messages.success(request, f"{done} {report.title.lower()}.")
    return redirect("programme_report", report.pk)


def detail(request, pk: int):
    report = _report_or_none(request, pk)
    if report is None:
        return not_found(request)
    return render_detail(request, report)


def render_detail(request, report, *, form=None, status=200):
    user = request.user
    rank = effective_rank(user, report.organization)
    can_write = rank >= EDITOR and report.is_editable
    if form is None and can_write:
        form = CommentaryForm(initial={name: getattr(report, name) for name, _ in SECTIONS})
    events = list(report.events.select_related("actor", "organization"))
    return TemplateResponse(
        request,
        "programme/reports/detail.html",
        {
            "title": report.title,
            "report": report,
            "rows": report.snapshot,
            "form": form,
            "can_write": can_write,
            "can_submit": rank >= ADMIN and report.is_editable,
            "can_decide": report.status == ReportStatus.SUBMITTED
            and reports.can_decide(user, report),
            "events": events,
        },
        status=status,
    )


OPERATIONS = {
    "sua": "Đã lưu nội dung báo cáo.",
    "lap-lai": "Đã lập lại số liệu từ số liệu hiện có.",
    "gui": "Đã gửi báo cáo lên cấp trên.",
    "duyet": "Đã duyệt báo cáo.",
    "tra-lai": "Đã trả lại báo cáo cho đơn vị.",
    "chuyen-tiep": "Đã chuyển tiếp báo cáo lên cấp trên.",
}


@require_POST
def operation(request, pk: int, op: str):
    if op not in OPERATIONS:
        return not_found(request)
    report = _report_or_none(request, pk)
    if report is None:
        return not_found(request)
    user, post = request.user, request.POST
    form = None
    if op == "sua":
        form = CommentaryForm(post)
        form.is_valid()
        action = EditReport(report, actor=user, **{n: post.get(n, "") for n, _ in SECTIONS})
    elif op == "lap-lai":
        action = GenerateReport(report.organization, report.year, report.quarter, actor=user)
    elif op == "gui":
        # What is in the form is saved first, so "Gửi" sends what the editor sees.
        if any(n in post for n, _ in SECTIONS):
            form = CommentaryForm(post)
            form.is_valid()
            try:
                EditReport(
                    report, actor=user, **{n: post.get(n, "") for n, _ in SECTIONS}
                ).execute()
            except (ValidationError, PermissionDenied) as exc:
                return _refused(request, report, exc, form)
            except ObjectDoesNotExist:
                return not_found(request)
        action = SubmitReport(report, actor=user)
    elif op == "duyet":
        action = ApproveReport(report, actor=user, note=post.get("note", ""))
    elif op == "tra-lai":
        action = ReturnReport(report, actor=user, reason=post.get("reason", ""))
    else:
        action = ForwardReport(report, actor=user, note=post.get("note", ""))
    try:
        action.execute()
    except ReportNotFound:
        return not_found(request)
    except (ValidationError, PermissionDenied) as exc:
        return _refused(request, report, exc, form)
    messages.success(request, OPERATIONS[op])
    return redirect("programme_report", report.pk)


def _refused(request, report, exc, form):
    for text in getattr(exc, "messages", None) or [str(exc)]:
        messages.error(request, text)
    fresh = _report_or_none(request, report.pk)
    if fresh is None:
        return not_found(request)
    if not fresh.is_editable:
        form = None
    return render_detail(request, fresh, form=form, status=409)


def download(request, pk: int, fmt: str):
    report = _report_or_none(request, pk)
    if report is None:
        return not_found(request)
    if fmt == "xlsx":
        content = exports.to_xlsx(report)
        mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        try:
            content = exports.to_pdf(report)
        except exports.FontMissing as exc:
            messages.error(request, str(exc))
            return redirect("programme_report", report.pk)
        mime = "application/pdf"
    response = HttpResponse(content, content_type=mime)
    response["Content-Disposition"] = f'attachment; filename="{exports.filename(report, fmt)}"'
    return response


# --- Wagtail registration ---------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("chuong-trinh/bao-cao/", index, name="programme_reports"),
        path("chuong-trinh/bao-cao/tao/", create, name="programme_report_create"),
        path("chuong-trinh/bao-cao/<int:pk>/", detail, name="programme_report"),
        path(
            "chuong-trinh/bao-cao/<int:pk>/tai/<str:fmt>/",
            _download_dispatch,
            name="programme_report_download",
        ),
        path(
            "chuong-trinh/bao-cao/<int:pk>/<slug:op>/",
            operation,
            name="programme_report_operation",
        ),
    ]


def _download_dispatch(request, pk: int, fmt: str):
    if fmt not in ("xlsx", "pdf"):
        return not_found(request)
    return download(request, pk, fmt)


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        if not user.is_authenticated:
            return False
        if user.is_superuser:
            return True
        if not hasattr(request, "_programme_report_rank"):
            ranks = [rank for _, rank in role_paths(user)]
            request._programme_report_rank = max(ranks, default=0)
        return request._programme_report_rank >= EDITOR


@hooks.register(MENU_HOOK)
def register_reports_item():
    return ReportsMenuItem(
        "Báo cáo định kỳ", reverse("programme_reports"), icon_name="doc-full", order=500
    )
